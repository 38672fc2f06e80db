// The dataset the engine matches with on this page: the bundled index, or the reader's imported one. Built
// once when the engine starts and again only when the dataset in use changes.
import type { ActiveIndex } from '../dataset/active-index';
import type { MatcherIndex } from '../dataset/matcher-index';
import { type NameTable, nameTable } from '../first-stage/strong-count';
import { createPageMatcher, type PageMatcher } from '../matcher/page-matcher';

export class PageIndex {
  index: MatcherIndex;
  matcher: PageMatcher;
  /** The strong names, for counting what the whole page says (relevance). */
  table: NameTable;

  constructor(
    private readonly bundled: MatcherIndex,
    private readonly bundledFirstWords: string,
  ) {
    this.index = bundled;
    this.matcher = createPageMatcher(bundled);
    this.table = nameTable(bundledFirstWords);
  }

  /** Another dataset (imported, or the bundled one again, for null). */
  use(active: ActiveIndex | null): void {
    this.index = active?.index ?? this.bundled;
    this.matcher = createPageMatcher(this.index);
    this.table = nameTable(active?.firstWords ?? this.bundledFirstWords);
  }

  get version(): string {
    return this.index.version;
  }
}
