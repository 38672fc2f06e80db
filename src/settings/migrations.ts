// Numbered migrations of the stored settings (Yomitan's pattern): migration N turns version N-1 into N.
// They only add or rename fields; parseSettings still checks every field after them.

type Stored = Record<string, unknown> | null | undefined;

export const SETTINGS_VERSION = 2;

export const migrations: Record<number, (old: Stored) => Stored> = {
  /** v2: density, hover delay and per-site disabling arrive with their defaults. */
  2: (old) => (old && typeof old === 'object' ? { density: 'first', hoverDelayMs: 150, disabledSites: [], ...old } : old),
};
