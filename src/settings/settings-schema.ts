// The persisted settings format. zod/mini: this ships in the content script on every page.
import * as z from 'zod/mini';

export const DENSITIES = ['first', 'every', 'none'] as const;
export type Density = (typeof DENSITIES)[number];

export const settingsSchema = z.object({
  enabled: z.boolean(),
  /** Which mentions are painted: the first of each entry, every one, or none (hover still works). */
  density: z.enum(DENSITIES),
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: z.number().check(z.int(), z.gte(0), z.lte(3000)),
  /** Host names where the extension does nothing. */
  disabledSites: z.array(z.string().check(z.minLength(1), z.maxLength(253))),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { enabled: true, density: 'first', hoverDelayMs: 150, disabledSites: [] };

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

/** The site key for per-site disabling. */
export const siteOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};
