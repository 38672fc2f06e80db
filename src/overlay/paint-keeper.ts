// Keeps our paint while the page lives. A page may clear `CSS.highlights` (its own reset, a framework, a
// hostile script): a slow timer puts the paint back, backing off while the page keeps clearing it, so we
// never fight the page in a loop, and restoring it within a few seconds once the page stops. Each tick also
// asks whether the extension is still there (`isValid` reads `runtime.id`): after a reload or an update the
// old engine notices and removes its paint and listeners even where no new script arrives to tell it.
export const KEEP_BASE_MS = 1000;
export const KEEP_MAX_MS = 4000;

export interface PaintKeeperDeps {
  /** False once the extension's context is gone (WXT's `ctx.isValid`, which then aborts the context). */
  isValid(): boolean;
  /** Puts back whatever of our paint the page removed; true when something was missing. */
  restore(): boolean;
  signal: AbortSignal;
  setTimer?: (run: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
}

export function keepPaint(deps: PaintKeeperDeps): void {
  const setTimer = deps.setTimer ?? ((run, ms) => window.setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((id) => window.clearTimeout(id));
  let delay = KEEP_BASE_MS;
  let timer = 0;
  const tick = () => {
    timer = 0;
    if (deps.signal.aborted || !deps.isValid()) return;
    // Cleared again since the last look: wait longer before the next, up to KEEP_MAX_MS.
    delay = deps.restore() ? Math.min(delay * 2, KEEP_MAX_MS) : KEEP_BASE_MS;
    timer = setTimer(tick, delay);
  };
  if (deps.signal.aborted) return;
  timer = setTimer(tick, delay);
  deps.signal.addEventListener('abort', () => {
    if (timer) clearTimer(timer);
  });
}
