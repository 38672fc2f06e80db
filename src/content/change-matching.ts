// Where a change's blocks are matched. The background matches a pass's blocks (scan/remote-scan.ts): an
// article is spared fetching the index and building a matcher, but each pass waits for a round trip. A page
// that keeps changing (a live blog, a feed) would wait for one on every change: once the background has
// matched LIVE_PAGE_PASSES of its changes, the page fetches the index and builds its own matcher, in a task of
// its own, and matches its changes itself from then on.
import type { LazyPageMatcher } from '../matcher/lazy-page-matcher';

export const LIVE_PAGE_PASSES = 20;

export class ChangeMatching {
  private matchedThere = 0;

  constructor(
    private readonly matcher: Pick<LazyPageMatcher, 'built' | 'prepare'>,
    private readonly livePagePasses = LIVE_PAGE_PASSES,
  ) {}

  /** Whether the next change's blocks are sent to the background. */
  get viaBackground(): boolean {
    return !this.matcher.built;
  }

  /** Counts a change the background matched; the page prepares its own matcher at the LIVE_PAGE_PASSES-th. */
  background(): void {
    this.matchedThere += 1;
    if (this.matchedThere === this.livePagePasses) this.matcher.prepare();
  }
}
