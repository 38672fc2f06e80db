// Reading a settings file for import: every setting it names is applied, a value that cannot be used gives way
// to its default (a list keeps its valid items), and each such problem is said in the page's language.
import { t } from '../i18n/t';
import { DEFAULT_SETTINGS } from '../settings/settings-defaults';
import { parseSettings, type Settings, settingsSchema } from '../settings/settings-schema';
import { shownKey, shownValue } from '../settings/shown-value';

export interface SettingsFile {
  /** What the file names, parsed: settings it does not name are left as they are. */
  patch: Partial<Settings>;
  problems: string[];
}

export const SETTINGS_FILE_NAME = 'gaza-talks-context-settings.json';

const isSetting = (key: string): key is keyof Settings => Object.hasOwn(DEFAULT_SETTINGS, key);

/** The file's text as settings, or undefined when it is not a JSON object. */
export function readSettingsFile(text: string): SettingsFile | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const { settings } = parseSettings(record);
  const patch: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (!isSetting(key)) {
      problems.push(t('optionsImportUnknown', shownKey(key)));
      continue;
    }
    patch[key] = settings[key];
    if (!settingsSchema.shape[key].safeParse(value).success) {
      problems.push(t('optionsImportInvalid', [key, shownValue(value), shownValue(settings[key])]));
    }
  }
  return { patch: patch as Partial<Settings>, problems };
}
