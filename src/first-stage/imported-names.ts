// An imported dataset brings its own strong names. The background registers a tiny content script
// (entrypoints/imported-names.content.ts) only while an import is active; it asks for the names at
// document start and leaves the answer here for the first stage. Without an import nothing of this runs.
import type { FirstStageApi } from './ext-api';

const SLOT = Symbol.for('gaza-talks-context.imported-names');

/** The imported dataset's strong-name table (packed, as built), or null when the bundled one is in use. */
export async function askImportedNames(api: FirstStageApi): Promise<string | null> {
  try {
    const words = await api.runtime.sendMessage({ type: 'get-strong-names' });
    return typeof words === 'string' ? words : null;
  } catch {
    return null;
  }
}

export function putImportedNames(pending: Promise<string | null>): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = pending;
}

/** The pending answer, when the registered script ran in this frame; undefined otherwise (no import). */
export function takeImportedNames(): Promise<string | null> | undefined {
  const g = globalThis as Record<symbol, unknown>;
  const pending = g[SLOT] as Promise<string | null> | undefined;
  delete g[SLOT];
  return pending;
}
