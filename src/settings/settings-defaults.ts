// The settings' defaults and the helpers the engine needs, with no zod: the engine runs on every page about
// the talks, and zod was most of its size. The schema (settings-schema.ts) is checked against these types.
import type { Settings } from './settings-schema';

export const DENSITIES = ['first', 'every', 'none'] as const;
export type Density = (typeof DENSITIES)[number];

export const DEFAULT_SETTINGS: Settings = { enabled: true, density: 'first', hoverDelayMs: 150, disabledSites: [], badge: true };

/** The site key for per-site disabling. */
export const siteOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};
