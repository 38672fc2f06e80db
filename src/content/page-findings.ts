// What the engine knows about the page: every finding, whether the page is about the talks, and what the
// reader is shown. On a long page relevance rests on the whole page's strong names, not only on the
// screens read so far.
import type { StrongCount } from '../first-stage/strong-count';
import type { Finding } from '../scan/finding';
import { FindingsByNode } from '../scan/findings-by-node';
import { FindingsStore } from '../scan/findings-store';
import { type Relevance, relevanceOf, shownFindings } from '../scan/relevance';

export class PageFindings {
  readonly store = new FindingsStore();
  private wholePage: StrongCount | undefined;
  private current: Relevance = relevanceOf([]);
  private visible: readonly Finding[] = [];
  // Built on the first hover after a change, not at every pass: on a 10 MB page it is 43,000 map entries.
  private byNode: FindingsByNode | undefined;

  get relevance(): Relevance {
    return this.current;
  }

  get shown(): readonly Finding[] {
    return this.visible;
  }

  /** The strong names counted over the whole page (long pages), or undefined. */
  setWholePage(count: StrongCount | undefined): void {
    this.wholePage = count;
  }

  /** Recomputes relevance and what is shown from the store. */
  refresh(): readonly Finding[] {
    let relevance = relevanceOf(this.store.all);
    const whole = this.wholePage;
    if (whole?.onTopic && !relevance.onTopic) relevance = { ...relevance, score: Math.max(relevance.score, whole.score), onTopic: true };
    this.current = relevance;
    this.visible = shownFindings(this.store.all, relevance);
    this.byNode = undefined;
    return this.visible;
  }

  hoverIndex(): FindingsByNode {
    this.byNode ??= new FindingsByNode(this.visible);
    return this.byNode;
  }

  clear(): void {
    this.store.clear();
    this.wholePage = undefined;
    this.refresh();
  }
}
