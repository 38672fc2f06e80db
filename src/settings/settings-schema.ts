// The persisted settings format (zod/mini). The background and the extension's pages parse with it; the engine
// receives settings the background has parsed (settings-reader.ts) and imports only settings-defaults.ts.
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, DENSITIES } from './settings-defaults';

export { DEFAULT_SETTINGS, DENSITIES, type Density, siteOf } from './settings-defaults';

export const settingsSchema = z.object({
  enabled: z.boolean(),
  /** Which mentions are painted: the first of each entry, every one, or none (hover still works). */
  density: z.enum(DENSITIES),
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: z.number().check(z.int(), z.gte(0), z.lte(3000)),
  /** Host names where the extension does nothing. */
  disabledSites: z.array(z.string().check(z.minLength(1), z.maxLength(253))),
  /** The count of entries found on the tab, on the toolbar button. */
  badge: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

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
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const field = settingsSchema.shape[key].safeParse(record[key]);
    if (field.success) settings[key] = field.data;
    else problems.push(`settings.${key}: unreadable value ${JSON.stringify(record[key])}; using ${JSON.stringify(DEFAULT_SETTINGS[key])}`);
  }
  return { settings: settings as Settings, problems };
}
