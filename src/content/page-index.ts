// The dataset the engine matches with on this page: the index the background sent (the bundled one, or the
// reader's imported one). Built when the engine starts and again only when the dataset in use changes.
import type { IndexInUse } from '../dataset/active-index';
import type { MatcherIndex } from '../dataset/matcher-index';
import { type NameTable, nameTable } from '../first-stage/strong-count';
import { createPageMatcher, type PageMatcher } from '../matcher/page-matcher';

export class PageIndex {
  readonly index: MatcherIndex;
  readonly matcher: PageMatcher;
  private readonly firstWords: string;
  private parsed: NameTable | undefined;
  /** Building the matcher, ms. */
  readonly setupMs: number;

  /** `bundledFirstWords`: the bundled strong names, for an index that brings none of its own. */
  constructor(inUse: IndexInUse, bundledFirstWords: string) {
    const start = performance.now();
    this.index = inUse.index;
    this.matcher = createPageMatcher(inUse.index);
    this.firstWords = inUse.firstWords ?? bundledFirstWords;
    this.setupMs = performance.now() - start;
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
