// Numbered migrations of the stored settings (Yomitan's pattern): migration N turns version N-1 into N.
// They only add or rename fields; parseSettings still checks every field after them.

type Stored = Record<string, unknown> | null | undefined;

export const SETTINGS_VERSION = 3;

export const migrations: Record<number, (old: Stored) => Stored> = {
  /** v2: density, hover delay and per-site disabling arrive with their defaults. */
  2: (old) => (old && typeof old === 'object' ? { density: 'first', hoverDelayMs: 150, disabledSites: [], ...old } : old),
  /** v3: the toolbar count can be turned off; it stays on for everyone who had it. */
  3: (old) => (old && typeof old === 'object' ? { badge: true, ...old } : old),
};
