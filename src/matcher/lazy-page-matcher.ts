// What the engine's passes match with: the index's entries at once, and a reading only once the page matches
// something itself. The background matches the page's blocks (scan/remote-scan.ts), so most pages never
// build a matcher, and the engine starts with the entries alone (dataset/entries-index.ts): the rest of the
// index is asked for, and the tries decoded, the first time the page needs them (the background could not
// answer, or a page with more text than it waits for), or ahead of need on a page that keeps changing
// (content/change-matching.ts).
import type { EntriesIndex } from '../dataset/entries-index';
import { isFullIndex } from '../dataset/entries-index';
import type { MatcherIndex } from '../dataset/matcher-index';
import { createPageMatcher, type PageMatcher, type Reading } from './page-matcher';

/** The index's entries, and a reading through the page's matcher (a promise while it is fetched or built). */
export interface MatchSource {
  readonly index: EntriesIndex;
  reading(): Reading | Promise<Reading>;
}

export interface LazyPageMatcher extends MatchSource {
  /** How long building the matcher took, ms, once it was built (fetching the index not included). */
  readonly builtMs: number | undefined;
  /** Whether a reading is ready without fetching or building anything. */
  readonly built: boolean;
  /**
   * Fetches the index and builds the matcher ahead of need, the build in a task of its own (`later`), so the
   * pass that first matches here does not wait for either. A failure is left for that pass to meet.
   */
  prepare(later?: (run: () => void) => void): void;
}

/** `fetchIndex`: the whole index in use, for an `index` of entries only. */
export function lazyPageMatcher(index: EntriesIndex, fetchIndex: () => Promise<MatcherIndex>): LazyPageMatcher {
  let built: PageMatcher | undefined;
  let fetching: Promise<PageMatcher> | undefined;
  let builtMs: number | undefined;
  const build = (full: MatcherIndex): PageMatcher => {
    const start = performance.now();
    built = createPageMatcher(full);
    builtMs = performance.now() - start;
    return built;
  };
  const fetchAndBuild = async (later?: (run: () => void) => void): Promise<PageMatcher> => {
    const full = await fetchIndex();
    if (later) await new Promise<void>((done) => later(done));
    // Positions in `entries` must mean the same: a dataset changed meanwhile is the next index's to match
    // (the engine hears of it and scans again), so this pass ends as an aborted one does, quietly.
    if (full.version !== index.version) throw new DOMException('the dataset in use changed', 'AbortError');
    return built ?? build(full);
  };
  return {
    index,
    get builtMs() {
      return builtMs;
    },
    get built() {
      return built !== undefined;
    },
    prepare(later = (run) => setTimeout(run, 0)) {
      if (built || fetching) return;
      if (isFullIndex(index)) later(() => built ?? build(index));
      else {
        fetching = fetchAndBuild(later).finally(() => (fetching = undefined));
        fetching.catch(() => undefined);
      }
    },
    reading() {
      if (built) return built.reading();
      if (isFullIndex(index)) return build(index).reading();
      fetching ??= fetchAndBuild().finally(() => (fetching = undefined));
      return fetching.then((matcher) => matcher.reading());
    },
  };
}
