// One run of the engine on a page: from the settings switching it on here until they switch it off (or the
// extension goes away). A run owns its painter, the reader's ways to a card, the watchers for changes and
// scrolling, and the first full pass; stopping it removes them all at once, with one signal.
import type { FindingBrowser } from '../overlay/finding-browser';
import type { HoverTracker } from '../overlay/hover-tracker';
import { keepPaint } from '../overlay/paint-keeper';
import { Painter } from '../overlay/painter';
import type { FarRegions } from '../scan/far-regions';
import { watchMutations } from '../scan/mutation-watcher';
import { watchNearRegions } from './near-regions';
import { type InteractionDeps, startInteraction } from './page-interaction';
import type { ScanPasses } from './scan-passes';
import type { ScanQueue } from './scan-queue';

export interface EngineRunDeps {
  win: Window;
  root: Element;
  far: FarRegions;
  queue: ScanQueue;
  /** The passes of the index in use (a dataset change swaps them while a run goes on). */
  passes: () => ScanPasses;
  interaction: InteractionDeps;
  /** The extension's context: its end ends the run too. */
  context: { signal: AbortSignal; isValid: boolean };
  /** Called once the first full pass has run, failed or been stopped. */
  onFirstPass: () => void;
}

export class EngineRun {
  private readonly controller = new AbortController();
  /** Aborts when the run stops or the extension's context ends: one signal for everything the run started. */
  readonly signal: AbortSignal;
  readonly painter: Painter;
  /** Keyboard browsing, which the browse command starts. */
  readonly browsing: FindingBrowser;
  readonly hover: HoverTracker;

  constructor(deps: EngineRunDeps) {
    const { win, root, far, queue, passes, context } = deps;
    const signal = AbortSignal.any([this.controller.signal, context.signal]);
    this.signal = signal;
    const painter = new Painter(win, signal);
    this.painter = painter;
    // The page may wipe our highlights (a framework re-rendering): they are put back while the run lasts.
    keepPaint({ isValid: () => context.isValid, restore: () => painter.restore(), signal });
    const interaction = startInteraction(deps.interaction, signal);
    this.browsing = interaction.browsing;
    this.hover = interaction.hover;
    watchMutations(root, (batch) => queue.enqueue(() => passes().partial(batch, signal), signal), { signal });
    const checkNear = watchNearRegions(win, far, (near) => queue.enqueue(() => passes().regions(near, signal), signal), signal);
    queue.enqueue(async () => {
      try {
        await passes().full(signal);
        // The reader may have scrolled while the first scan ran.
        checkNear();
      } finally {
        deps.onFirstPass();
      }
    }, signal);
  }

  stop(): void {
    this.controller.abort();
  }
}
