// The background matches the text of a long page's far regions for the popup's whole read (the engine's
// region-tally.ts sends it), as 10ten Japanese Reader looks words up in its background: the matcher there is
// built once and stays warm from one read to the next, and the page's main thread, which the reader is
// scrolling, only reads the text and counts what comes back. On the 2 MB page matching was about two thirds of
// the whole read.
import type { Reading } from '../matcher/page-matcher';
import { matchRegionText } from '../scan/line-matches';
import type { TallyTextRequest, TallyTextResponse } from './messages';
import type { MatcherFor } from './warm-matcher';

/** Reads left unfinished (a page that went away mid-read) are dropped beyond this many. */
const MAX_OPEN_READS = 8;

export type TallyService = (request: TallyTextRequest, sender: { tabId?: number; frameId?: number }) => Promise<TallyTextResponse>;

export function tallyService(matcherFor: MatcherFor): TallyService {
  // One reading a whole read, so a bare name means what it does in the page's order; the batches of one read
  // are matched one after another, in the order they came.
  const reads = new Map<string, { reading?: Reading; done: Promise<unknown> }>();
  return (request, sender) => {
    const key = `${sender.tabId ?? -1}:${sender.frameId ?? 0}:${request.read}`;
    let read = reads.get(key);
    if (!read) {
      if (reads.size >= MAX_OPEN_READS) reads.delete(reads.keys().next().value ?? '');
      read = { done: Promise.resolve() };
      reads.set(key, read);
    }
    const state = read;
    const answer = state.done.then(async (): Promise<TallyTextResponse> => {
      // The page matches itself with an index this background does not hold (a dataset imported meanwhile).
      const matcher = await matcherFor(request.version);
      if (!matcher) return null;
      const reading = state.reading ?? matcher.reading();
      state.reading = reading;
      const started = performance.now();
      const regions = request.texts.map((text) => matchRegionText(reading, text));
      return { matchMs: performance.now() - started, regions };
    });
    state.done = answer.catch(() => undefined);
    // Forgotten when its last batch comes (that batch still reads with it): the same number again is a new read.
    if (request.last) reads.delete(key);
    return answer;
  };
}
