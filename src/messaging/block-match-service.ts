// The background matches the blocks of the engine's passes (an article's first scan, a change to the page, a
// long page's region scrolled near), with the matcher it keeps warm (warm-matcher.ts): on the page that
// matching ran cold, once, after decoding the tries, which cost the page about as much main-thread time as
// scanning and painting did. The page reads the blocks, sends their text and turns what comes back into
// ranges; it matches itself when the background cannot (scan/remote-scan.ts).
import type { MatchBlocksRequest, MatchBlocksResponse } from './messages';
import type { MatcherFor } from './warm-matcher';

export type BlockMatchService = (request: MatchBlocksRequest) => Promise<MatchBlocksResponse>;

export function blockMatchService(matcherFor: MatcherFor): BlockMatchService {
  return async (request) => {
    // An index this background does not hold (a dataset imported meanwhile): the page matches itself.
    const matcher = await matcherFor(request.version);
    if (!matcher) return null;
    const started = performance.now();
    // One reading for the blocks, in the page's order, as the page's own scan reads them.
    const reading = matcher.reading();
    const blocks = request.texts.map((text) => reading.find(text));
    return { matchMs: performance.now() - started, blocks };
  };
}
