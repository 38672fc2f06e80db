// The persisted settings format (zod/mini). The background and the extension's pages parse with it; the engine
// receives settings the background has parsed (settings-reader.ts) and imports only settings-defaults.ts.
import * as z from 'zod/mini';
import { KINDS } from '../dataset/kinds';
import {
  DEFAULT_SETTINGS,
  DENSITIES,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  LANGUAGES,
  MODIFIER_KEYS,
  SITE_MODES,
  STALE_DAYS_RANGE,
  TEXT_SIZES,
  THEMES,
  TRIGGERS,
} from './settings-defaults';
import { shownValue } from './shown-value';
import { isSitePattern } from './site-patterns';

export { DEFAULT_SETTINGS, DENSITIES, type Density, siteOf } from './settings-defaults';

const sitePattern = z.string().check(z.refine(isSitePattern, 'expected a host name or *.host pattern'));
const siteList = z.array(sitePattern).check(z.maxLength(1000));

export const settingsSchema = z.object({
  enabled: z.boolean(),
  trigger: z.enum(TRIGGERS),
  /** How long the pointer rests on a mention before its card opens (trigger `hover` or `modifier`). */
  hoverDelayMs: z.number().check(z.int(), z.gte(HOVER_DELAY_RANGE.min), z.lte(HOVER_DELAY_RANGE.max)),
  /** The key held with trigger `modifier`. */
  modifierKey: z.enum(MODIFIER_KEYS),
  /** Which mentions are painted: the first of each entry, every one, or none (hover still works). */
  density: z.enum(DENSITIES),
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
  /** The kinds of entry painted and opened; the others are left alone. */
  kinds: z.array(z.enum(KINDS)).check(z.refine((kinds) => new Set(kinds).size === kinds.length, 'a kind is listed twice')),
  /** Figures: the page's number placed on the chart of reported values. */
  figureComparison: z.boolean(),
  /** The count of entries found on the tab, on the toolbar button. */
  badge: z.boolean(),
  /** Days after its as-of date that an entry's card says it may be out of date. */
  staleAfterDays: z.number().check(z.int(), z.gte(STALE_DAYS_RANGE.min), z.lte(STALE_DAYS_RANGE.max)),
  /** `all`: every site but the paused ones; `only`: just the sites in `onlySites` (and never a paused one). */
  siteMode: z.enum(SITE_MODES),
  pausedSites: siteList,
  onlySites: siteList,
  theme: z.enum(THEMES),
  /** The card's text size. */
  textSize: z.enum(TEXT_SIZES),
  language: z.enum(LANGUAGES),
});

export type Settings = z.infer<typeof settingsSchema>;

export interface ParsedSettings {
  settings: Settings;
  /** What was unreadable and replaced by its default. */
  problems: string[];
}

/** Field by field, so one corrupted value never costs the user the others. */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === null || raw === undefined) return { settings: cloneDefaults(), problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: cloneDefaults(), problems: ['settings: not an object; using defaults'] };
  }
  const record = raw as Record<string, unknown>;
  const settings: Record<string, unknown> = cloneDefaults();
  const problems: string[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const value = record[key];
    const field = settingsSchema.shape[key].safeParse(value);
    if (field.success) {
      settings[key] = field.data;
      continue;
    }
    // A list keeps its valid items: one mistyped site must not unpause the others.
    const items = Array.isArray(value) ? (value as unknown[]) : undefined;
    const kept = items ? keepValidItems(key, items) : undefined;
    if (kept) settings[key] = kept;
    problems.push(
      kept && items
        ? `settings.${key}: dropped ${items.length - kept.length} unreadable item(s)`
        : `settings.${key}: unreadable value ${shownValue(value)}; using ${shownValue(DEFAULT_SETTINGS[key])}`,
    );
  }
  return { settings: settings as Settings, problems };
}

function keepValidItems(key: keyof Settings, items: unknown[]): unknown[] | undefined {
  const schema = settingsSchema.shape[key];
  // A Set, not indexOf: a stored list of 100,000 sites took minutes to read that way.
  const kept = [...new Set(items)].filter((item) => schema.safeParse([item]).success);
  return schema.safeParse(kept).success ? kept : undefined;
}

export const cloneDefaults = (): Settings => structuredClone(DEFAULT_SETTINGS);
