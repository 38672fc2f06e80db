// The reader's choice of UI language (the `language` setting): `auto` leaves the strings to browser.i18n, which
// follows the browser's language; `en` and `ar` read our bundled messages, whatever the browser says.
// Only extension pages import this (it bundles both locales); t.ts stays small for the engine.
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Language } from '../settings/settings-defaults';
import { type BundledLanguage, type Direction, uiLocale, useLanguage } from './language-choice';
import type { MessageDict } from './t';

export { uiLocale } from './language-choice';

interface RawMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type RawMessages = Record<string, RawMessage>;

const BUNDLED: Record<BundledLanguage, RawMessages> = { en: en as RawMessages, ar: ar as RawMessages };

/** Named placeholders replaced by their contents, as browsers do when they load a locale (names ignore case). */
export function compileMessages(raw: RawMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, { message, placeholders }] of Object.entries(raw)) {
    const byName = new Map(Object.entries(placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    out[key] = message.replace(/\$([A-Za-z0-9@_]+)\$/g, (_m, name: string) => byName.get(name.toLowerCase()) ?? '');
  }
  return out;
}

const compiled = new Map<BundledLanguage, MessageDict>();

/** A bundled locale's messages, compiled; English under it, so a key not yet translated reads in English. */
export function dictionary(language: BundledLanguage): MessageDict {
  let dict = compiled.get(language);
  if (!dict) {
    dict = { ...compileMessages(BUNDLED.en), ...compileMessages(BUNDLED[language]) };
    compiled.set(language, dict);
  }
  return dict;
}

/** Makes t() speak `language`; returns the text direction for it. */
export function applyUiLanguage(language: Language): Direction {
  return useLanguage(language, language === 'auto' ? undefined : dictionary(language));
}

/** applyUiLanguage, and `lang` and `dir` set on the page's root element. */
export function applyLanguageToDocument(language: Language, root: HTMLElement = document.documentElement): Direction {
  const direction = applyUiLanguage(language);
  root.lang = uiLocale();
  root.dir = direction;
  return direction;
}
