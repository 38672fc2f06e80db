// The background's matcher, built once from the index in use and kept warm from one page to the next: the
// whole read (tally-service.ts) and an article's first scan (block-match-service.ts) match with it.
import type { IndexInUse } from '../dataset/active-index';
import { createPageMatcher, type PageMatcher } from '../matcher/page-matcher';

/** The matcher for the index of `version`, or undefined when the index in use is another one. */
export type MatcherFor = (version: string) => Promise<PageMatcher | undefined>;

export function warmMatcher(indexInUse: () => Promise<IndexInUse>): MatcherFor {
  let built: PageMatcher | undefined;
  return async (version) => {
    if (built?.index.version !== version) {
      const { index } = await indexInUse();
      if (built?.index.version !== index.version) built = createPageMatcher(index);
    }
    return built.index.version === version ? built : undefined;
  };
}
