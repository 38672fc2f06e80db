// The reader's choice of UI language (the `language` setting): `auto` leaves the strings to browser.i18n, which
// follows the browser's language; `en` and `ar` read our bundled messages, whatever the browser says.
// Only extension pages import this (it bundles both locales); t.ts stays small for the engine.
import { browser } from 'wxt/browser';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Language } from '../settings/settings-defaults';
import { type MessageDict, setMessages } from './t';

type Direction = 'ltr' | 'rtl';
type Bundled = Exclude<Language, 'auto'>;

interface RawMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type RawMessages = Record<string, RawMessage>;

const BUNDLED: Record<Bundled, RawMessages> = { en: en as RawMessages, ar: ar as RawMessages };
const DIRECTIONS: Record<Bundled, Direction> = { en: 'ltr', ar: 'rtl' };

/** Named placeholders replaced by their contents, as browsers do when they load a locale (names ignore case). */
export function compileMessages(raw: RawMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, { message, placeholders }] of Object.entries(raw)) {
    const byName = new Map(Object.entries(placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    out[key] = message.replace(/\$([A-Za-z0-9@_]+)\$/g, (_m, name: string) => byName.get(name.toLowerCase()) ?? '');
  }
  return out;
}

const compiled = new Map<Bundled, MessageDict>();
let current: Language = 'auto';

function dictionary(language: Bundled): MessageDict {
  let dict = compiled.get(language);
  if (!dict) {
    // English under the chosen locale: a key not yet translated reads in English rather than as its key.
    dict = { ...compileMessages(BUNDLED.en), ...compileMessages(BUNDLED[language]) };
    compiled.set(language, dict);
  }
  return dict;
}

/** Makes t() speak `language`; returns the text direction for it. */
export function applyUiLanguage(language: Language): Direction {
  current = language;
  if (language === 'auto') {
    setMessages(undefined);
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  }
  setMessages(dictionary(language));
  return DIRECTIONS[language];
}

/**
 * The BCP 47 tag of the language t() speaks, for `lang=` attributes and date formats. Under `auto` it is the
 * bundled locale the browser's language picks (a German browser reads our English, so `en`, not `de`).
 */
export function uiLocale(): string {
  if (current !== 'auto') return current;
  const browserLanguage = (browser.i18n.getUILanguage?.() ?? '').toLowerCase();
  const bundled = (Object.keys(BUNDLED) as Bundled[]).find((l) => browserLanguage === l || browserLanguage.startsWith(`${l}-`));
  return bundled ?? 'en';
}

/** applyUiLanguage, and `lang` and `dir` set on the page's root element. */
export function applyLanguageToDocument(language: Language, root: HTMLElement = document.documentElement): Direction {
  const direction = applyUiLanguage(language);
  root.lang = uiLocale();
  root.dir = direction;
  return direction;
}
