// Where a change's blocks are matched. The background matches a pass's blocks (scan/remote-scan.ts): an
// article is spared fetching the index and building a matcher, but each pass waits for a round trip. A page
// that keeps changing (a live blog, a feed) would wait for one on every change: once the background has
// matched LIVE_PAGE_PASSES of its changes, the page fetches the index and builds its own matcher, in a task of
// its own, and from then on matches a small change itself. A large one (a page rewriting many paragraphs at
// once) still goes to the background: there the round trip costs the page less than matching it would.
import type { LazyPageMatcher } from '../matcher/lazy-page-matcher';
import type { RemoteMatch } from '../scan/remote-scan';

export const LIVE_PAGE_PASSES = 20;
/** A change with up to this many characters of text is matched on the page once its matcher is built. */
export const LOCAL_MAX_CHARS = 4_000;

export class ChangeMatching {
  private matchedThere = 0;

  constructor(
    private readonly matcher: Pick<LazyPageMatcher, 'built' | 'prepare'>,
    private readonly livePagePasses = LIVE_PAGE_PASSES,
  ) {}

  /**
   * `remote`, for a change: it answers null (the page matches itself) for a small change once the page's
   * matcher is built, and counts the changes the background matched.
   */
  remoteFor(remote: RemoteMatch): RemoteMatch {
    return async (texts) => {
      if (this.matcher.built && texts.reduce((sum, text) => sum + text.length, 0) <= LOCAL_MAX_CHARS) return null;
      const answer = await remote(texts);
      if (answer && ++this.matchedThere === this.livePagePasses) this.matcher.prepare();
      return answer;
    };
  }
}
