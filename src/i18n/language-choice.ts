// Which language t() speaks, without any locale's JSON: the card (loaded into pages) uses this and gets its
// dictionary from the background (get-messages); extension pages use ui-language.ts, which bundles them.
import { browser } from 'wxt/browser';
import type { Language } from '../settings/settings-defaults';
import { type MessageDict, setMessages } from './t';

export type Direction = 'ltr' | 'rtl';
export type BundledLanguage = Exclude<Language, 'auto'>;

export const BUNDLED_LANGUAGES: readonly BundledLanguage[] = ['en', 'ar'];
const DIRECTIONS: Record<BundledLanguage, Direction> = { en: 'ltr', ar: 'rtl' };

let current: Language = 'auto';

/** Makes t() read `dict` for `language` (browser.i18n for `auto`); returns the text direction. */
export function useLanguage(language: Language, dict: MessageDict | undefined): Direction {
  current = language === 'auto' || !dict ? 'auto' : language;
  if (current === 'auto') {
    setMessages(undefined);
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  }
  setMessages(dict);
  return DIRECTIONS[language as BundledLanguage];
}

/**
 * The BCP 47 tag of the language t() speaks, for `lang=` attributes and date formats. Under `auto` it is the
 * bundled locale the browser's language picks (a German browser reads our English, so `en`, not `de`).
 */
export function uiLocale(): string {
  if (current !== 'auto') return current;
  const browserLanguage = (browser.i18n.getUILanguage?.() ?? '').toLowerCase();
  return BUNDLED_LANGUAGES.find((l) => browserLanguage === l || browserLanguage.startsWith(`${l}-`)) ?? 'en';
}
