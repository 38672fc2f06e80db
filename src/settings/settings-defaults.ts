// The settings' choices and defaults, with no zod: the engine runs on every page about the talks, and zod
// was most of its size. The schema (settings-schema.ts) is checked against these types.
import { KINDS } from '../dataset/kinds';
import type { Settings } from './settings-schema';

export const DENSITIES = ['first', 'every', 'none'] as const;
export type Density = (typeof DENSITIES)[number];
/** How a card opens: resting the pointer, resting it with a modifier key held, or a click. */
export const TRIGGERS = ['hover', 'modifier', 'click'] as const;
export type Trigger = (typeof TRIGGERS)[number];
export const MODIFIER_KEYS = ['Alt', 'Shift', 'Control'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const SITE_MODES = ['all', 'only'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** `auto` follows the browser's language; the others pick the UI's locale whatever the browser says. */
export const LANGUAGES = ['auto', 'en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const STALE_DAYS_RANGE = { min: 1, max: 3650 } as const;
export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  trigger: 'hover',
  hoverDelayMs: 150,
  modifierKey: 'Alt',
  density: 'first',
  highlightStyle: 'underline',
  kinds: [...KINDS],
  figureComparison: true,
  badge: true,
  staleAfterDays: 30,
  siteMode: 'all',
  pausedSites: [],
  onlySites: [],
  theme: 'auto',
  textSize: 'medium',
  language: 'auto',
};

/** The site key for "pause on this site". */
export const siteOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};
