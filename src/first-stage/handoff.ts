// What the first stage hands the engine when it loads it. Both run in the extension's isolated world, which
// the page cannot see, so a global slot is private to us.
import type { StrongCount } from './strong-count';

export interface Handoff {
  /** What the first stage counted over the whole page (or until the strong names alone were enough). */
  count: StrongCount;
  /** Why the engine was loaded. */
  reason: 'load' | 'mutation';
  /** The reader asked (from the popup) to see this off-topic page's names anyway. */
  showAnyway?: true;
}

const SLOT = Symbol.for('gaza-talks-context.handoff');

export function putHandoff(handoff: Handoff): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = handoff;
}

/** The handoff, once: a later full rescan counts for itself. */
export function takeHandoff(): Handoff | undefined {
  const g = globalThis as Record<symbol, unknown>;
  const handoff = g[SLOT] as Handoff | undefined;
  delete g[SLOT];
  return handoff;
}
