// The dataset the engine matches with on this page: the index the background sent (the bundled one, or the
// reader's imported one), often its entries only. Taken when the engine starts and again only when the
// dataset in use changes; its matcher is built when the page first matches something itself
// (matcher/lazy-page-matcher.ts).
import type { IndexForPage } from '../dataset/active-index';
import { readIndexInUse } from '../dataset/active-index-reader';
import type { EntriesIndex } from '../dataset/entries-index';
import type { MatcherIndex } from '../dataset/matcher-index';
import { type NameTable, nameTable } from '../first-stage/strong-count';
import { type LazyPageMatcher, lazyPageMatcher } from '../matcher/lazy-page-matcher';

const indexInUse = async (): Promise<MatcherIndex> => (await readIndexInUse()).index;

export class PageIndex {
  readonly index: EntriesIndex;
  readonly matcher: LazyPageMatcher;
  private readonly firstWords: string;
  private parsed: NameTable | undefined;

  /**
   * `bundledFirstWords`: the bundled strong names, for an index that brings none of its own; `fetchIndex`:
   * the whole index in use, asked of the background when `inUse` holds only its entries.
   */
  constructor(inUse: IndexForPage, bundledFirstWords: string, fetchIndex: () => Promise<MatcherIndex> = indexInUse) {
    this.index = inUse.index;
    this.matcher = lazyPageMatcher(inUse.index, fetchIndex);
    this.firstWords = inUse.firstWords ?? bundledFirstWords;
  }

  /**
   * The strong names, for counting what the whole page says (relevance). Parsed at first use: a short page is
   * scanned without counting, and never needs it.
   */
  get table(): NameTable {
    this.parsed ??= nameTable(this.firstWords);
    return this.parsed;
  }

  get version(): string {
    return this.index.version;
  }
}
