// The persisted settings format. zod/mini: this ships in the content script on every page.
import * as z from 'zod/mini';

export const settingsSchema = z.object({
  enabled: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { enabled: true };

export interface ParsedSettings {
  settings: Settings;
  /** What was unreadable and replaced by its default; the stored value is left as it was. */
  problems: string[];
}

/** Field by field, so one corrupted value never costs the user the others. */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === null || raw === undefined) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['settings: not an object; using defaults'] };
  }
  const record = raw as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const field = settingsSchema.shape[key].safeParse(record[key]);
    if (field.success) settings[key] = field.data;
    else problems.push(`settings.${key}: unreadable value ${JSON.stringify(record[key])}; using ${JSON.stringify(DEFAULT_SETTINGS[key])}`);
  }
  return { settings, problems };
}
