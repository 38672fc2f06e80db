// What the engine needs before its first scan, sent with the background's answer to the first stage's
// "load-script": the parsed settings and the index in use's entries (the imported dataset's, or the bundled
// one, which the engine script does not carry; the background matches the page's text for it). The
// background has just read both to decide whether the engine may run, so the engine asks for neither (two
// round trips and two storage reads fewer on every page about the talks), and its own script is small. The
// engine runs before that answer arrives, so it finds a promise here; in the same isolated world as the first
// stage, which the page cannot see.
import type { IndexForPage } from '../dataset/active-index';
import type { Settings } from '../settings/settings-schema';

export interface EngineBoot {
  settings: Settings;
  index: IndexForPage;
}

/** The background's answer when it ran the engine. */
export interface EngineLoaded extends EngineBoot {
  loaded: true;
}

const SLOT = Symbol.for('gaza-talks-context.engine-boot');

/**
 * Leaves a promise for the engine to take; returns what settles it with the background's answer as it came
 * (the engine reads it: bootOf), or undefined (the engine asks for itself). Kept small: it ships on every page.
 */
export function expectBoot(): (reply: unknown) => void {
  let settle: (reply: unknown) => void = () => {};
  (globalThis as Record<symbol, unknown>)[SLOT] = new Promise<unknown>((resolve) => (settle = resolve));
  return settle;
}

/** What the first stage left, once (undefined when the engine was run some other way). */
export async function takeBoot(): Promise<EngineBoot | undefined> {
  const g = globalThis as Record<symbol, unknown>;
  const reply = g[SLOT] as Promise<unknown> | undefined;
  delete g[SLOT];
  return bootOf(await reply);
}

/** The boot in the background's answer, when it is one. */
export function bootOf(reply: unknown): EngineBoot | undefined {
  if (reply === null || typeof reply !== 'object') return undefined;
  const { loaded, settings, index } = reply as Partial<EngineLoaded>;
  const usable = (value: unknown) => value !== null && typeof value === 'object';
  return loaded === true && usable(settings) && usable(index) && usable(index?.index) ? ({ settings, index } as EngineBoot) : undefined;
}
