// Numbered migrations of the stored settings (Yomitan's pattern): migration N turns a version N-1 value into
// version N. parseSettings still checks every field after them; a migration changes what parsing cannot
// know (a renamed field, a changed meaning). tests/unit/settings/migrations.test.ts runs each one from every
// older version with a full stored fixture.
import { KINDS } from '../dataset/kinds';
import { normaliseSitePattern } from './site-patterns';

type Stored = Record<string, unknown> | null | undefined;

export const SETTINGS_VERSION = 4;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export const migrations: Record<number, (old: Stored) => Stored> = {
  /** v2: density, hover delay and per-site disabling arrive with their defaults. */
  2: (old) => (isRecord(old) ? { density: 'first', hoverDelayMs: 150, disabledSites: [], ...old } : old),
  /** v3: the toolbar count can be turned off; it stays on for everyone who had it. */
  3: (old) => (isRecord(old) ? { badge: true, ...old } : old),
  /**
   * v4: `disabledSites` (host names) becomes `pausedSites` (host names or *.host patterns, lower case), beside
   * an "only on these sites" list; trigger, highlight style, kinds, figure comparison, staleness, theme, text
   * size and language arrive with the behaviour v3 had.
   */
  4: (old) => {
    if (!isRecord(old)) return old;
    const { disabledSites, ...rest } = old;
    // A value already in this form but stamped older (a lost or damaged stamp; v2 then added an empty
    // disabledSites) keeps the paused sites it has.
    const already: unknown[] = Array.isArray(rest.pausedSites) ? rest.pausedSites : [];
    const paused = Array.isArray(disabledSites)
      ? [...new Set([...already, ...disabledSites.map((site) => (typeof site === 'string' ? normaliseSitePattern(site) : site))])]
      : (disabledSites ?? rest.pausedSites);
    return {
      trigger: 'hover',
      modifierKey: 'Alt',
      highlightStyle: 'underline',
      kinds: [...KINDS],
      figureComparison: true,
      staleAfterDays: 30,
      siteMode: 'all',
      onlySites: [],
      theme: 'auto',
      textSize: 'medium',
      language: 'auto',
      ...rest,
      pausedSites: paused ?? [],
    };
  },
};
