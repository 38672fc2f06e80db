// Extension pages (popup, search, welcome) start in the reader's chosen UI language. Apart from ui-language.ts
// because it reads the settings store (zod and the storage API), which the card must not pull in.
import type { Language } from '../settings/settings-defaults';
import { loadSettings } from '../settings/settings-store';
import { applyLanguageToDocument } from './ui-language';

/** Reads the `language` setting and applies it to t() and to the page's `lang` and `dir`; resolves to it. */
export async function applyStoredLanguage(): Promise<Language> {
  const { settings } = await loadSettings();
  applyLanguageToDocument(settings.language);
  return settings.language;
}
