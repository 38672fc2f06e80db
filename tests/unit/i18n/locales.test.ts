// Every locale has every English key, with the same placeholders: a missing or broken translation fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const LOCALES_DIR = join(import.meta.dirname, '../../../public/_locales');
const read = (locale: string) => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, Message>;
const en = read('en');
const others = readdirSync(LOCALES_DIR).filter((l) => l !== 'en');

/** Placeholders named in the message, and the chrome-style %s the context menu fills. */
const slots = (m: Message) => [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$|%s/g)].map((x) => (x[1] ?? '%s').toLowerCase()).sort();
const contents = (m: Message) => Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([name, p]) => [name, p.content]));

// Named the same in every language: the extension's name, and languages named in themselves.
const SAME_IN_EVERY_LOCALE = new Set(['extName', 'actionTitle', 'optionsLanguageEnglish', 'optionsLanguageArabic']);

describe.each(others)('locale %s', (locale) => {
  const messages = read(locale);

  it('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every placeholder and its $n content', () => {
    for (const [key, english] of Object.entries(en)) {
      const translated = messages[key];
      if (!translated) continue;
      expect(slots(translated), key).toEqual(slots(english));
      expect(contents(translated), key).toEqual(contents(english));
    }
  });

  it('translates every message (none left in English)', () => {
    if (locale !== 'ar') return;
    const untranslated = Object.entries(messages)
      // A message of placeholders and punctuation alone ("$NAME$: $SUMMARY$") has nothing to translate.
      .filter(([key, m]) => !SAME_IN_EVERY_LOCALE.has(key) && /[A-Za-z]/.test(m.message.replace(/\$[A-Za-z0-9_@]+\$/g, '')))
      .filter(([, m]) => !/[\u0600-\u06FF]/.test(m.message))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
    expect(messages.optionsLanguageArabic?.message).toBe(en.optionsLanguageArabic?.message);
  });
});
