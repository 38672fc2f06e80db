// What the engine knows about the page: every finding, whether the page is about the talks, and what the
// reader is shown. On a long page relevance rests on the whole page's strong names, not only on the
// screens read so far.
import { KINDS, type Kind } from '../dataset/kinds';
import type { IndexedEntry } from '../dataset/matcher-index';
import type { StrongCount } from '../first-stage/strong-count';
import type { Finding } from '../scan/finding';
import { FindingsByNode } from '../scan/findings-by-node';
import { FindingsStore } from '../scan/findings-store';
import type { Mention } from '../scan/mention';
import { type Relevance, relevanceOf, shownFindings } from '../scan/relevance';
import { RelevanceTally } from '../scan/relevance-tally';

const KIND_COUNT = KINDS.length;
/** Far regions' mention lists joined by one concat (see withTallies). */
const LISTS_A_CONCAT = 8_192;

export class PageFindings {
  readonly store = new FindingsStore();
  /** Mentions counted, not located, in regions of a long page still set aside (region-tally.ts). */
  private tallies = new Map<Element, Mention[]>();
  /**
   * Relevance's counts over the far regions' mentions, kept as regions are counted and scanned: a scroll after
   * a whole read judges the located findings beside them, not the whole page's 43,000 mentions again.
   */
  private far = new RelevanceTally();
  // As of the last refresh: the located findings and the far regions' lists, joined only when asked (mentions()).
  private located: readonly Finding[] = [];
  private farLists: readonly Mention[][] = [];
  private joined: readonly Mention[] | undefined;
  private farEntries: readonly IndexedEntry[] = [];
  private count = 0;
  private wholePage: StrongCount | undefined;
  /** The reader asked to see this page's findings although it is not judged on topic (this tab only). */
  private shownAnyway = false;
  /** The kinds the reader wants shown (settings); the others are found, and judged, but not shown. */
  private kinds: ReadonlySet<Kind> | undefined;
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

  /** "Show on this page anyway": the findings are shown whatever the page's relevance, until it is left. */
  showAnyway(): void {
    this.shownAnyway = true;
  }

  /** Only these kinds are painted, opened, browsed, counted and listed; relevance still weighs every kind. */
  setKinds(kinds: readonly Kind[]): void {
    this.kinds = new Set(kinds);
  }

  /**
   * Counted mentions of far regions, until each is scanned (dropTallies). `counted`, relevance's counts over
   * them all when the reading made them already (region-tally.ts), is merged instead of counting them here.
   */
  addTallies(tallies: ReadonlyMap<Element, Mention[]>, counted?: RelevanceTally): void {
    for (const [region, mentions] of tallies) {
      const before = this.tallies.get(region);
      if (before) this.far.remove(before);
      this.tallies.set(region, mentions);
      if (!counted) this.far.add(mentions);
    }
    if (counted) this.far.merge(counted);
  }

  /** Regions scanned now, or changed: their counts go (a scan's findings take their place). */
  dropTallies(regions: readonly Node[]): void {
    if (this.tallies.size === 0) return;
    for (const node of regions)
      for (let up: Node | null = node; up; up = up.parentNode) {
        const counted = this.tallies.get(up as Element);
        if (!counted) continue;
        this.tallies.delete(up as Element);
        this.far.remove(counted);
        break;
      }
  }

  clearTallies(): void {
    this.tallies.clear();
    this.far = new RelevanceTally();
  }

  hasTally(region: Element): boolean {
    return this.tallies.has(region);
  }

  /** Every mention as of the last refresh: the findings, then what was counted far from the screen. */
  mentions(): readonly Mention[] {
    this.joined ??= this.farLists.length === 0 ? this.located : this.withTallies();
    return this.joined;
  }

  /** How many mentions there are (as of the last refresh), without joining them. */
  mentionCount(): number {
    return this.count;
  }

  /** What the popup lists: every mention of a shown kind, on an on-topic page (as of the last refresh). */
  shownMentions(): readonly Mention[] {
    return this.ofShownKinds(shownFindings(this.mentions(), this.current));
  }

  /** What the badge counts: the entries of shownMentions, each once, counted without joining the lists. */
  shownEntryCount(): number {
    if (!this.current.onTopic) return 0;
    const kinds = this.kinds && this.kinds.size < KIND_COUNT ? this.kinds : undefined;
    const ids = new Set<string>();
    for (const m of this.located) if (!kinds || kinds.has(m.entry.kind)) ids.add(m.entry.id);
    for (const entry of this.farEntries) if (!kinds || kinds.has(entry.kind)) ids.add(entry.id);
    return ids.size;
  }

  /** Mentions of the kinds the reader wants (all of them when the setting has not arrived). */
  ofShownKinds<T extends Mention>(mentions: readonly T[]): readonly T[] {
    const kinds = this.kinds;
    return kinds && kinds.size < KIND_COUNT ? mentions.filter((m) => kinds.has(m.entry.kind)) : mentions;
  }

  /** Recomputes relevance and what is shown from the store and the counted regions. */
  refresh(): readonly Finding[] {
    const located = this.store.all;
    this.located = located;
    this.farLists = this.tallies.size === 0 ? [] : [...this.tallies.values()];
    this.joined = undefined;
    this.count = located.length + this.far.size;
    this.farEntries = [...this.far.entriesMentioned()];
    let relevance: Relevance;
    if (this.far.size === 0) relevance = relevanceOf(located);
    else {
      // The located findings join the far regions' counts for the judgement only.
      relevance = this.far.add(located).relevance();
      this.far.remove(located);
    }
    const whole = this.wholePage;
    if (whole?.onTopic && !relevance.onTopic) relevance = { ...relevance, score: Math.max(relevance.score, whole.score), onTopic: true };
    if (this.shownAnyway && !relevance.onTopic) relevance = { ...relevance, onTopic: true, forced: true };
    this.current = relevance;
    this.visible = this.ofShownKinds(shownFindings(this.store.all, relevance));
    this.byNode = undefined;
    return this.visible;
  }

  private withTallies(): readonly Mention[] {
    // Native concats (a copy of each list in turn); pushed one by one, the 43,000 cost ~10 ms, sampled. A few
    // thousand lists a call: V8 runs out of stack for the arguments of one at ~130,000 (a table's far rows).
    const lists = this.farLists;
    let all = this.located as readonly Mention[];
    for (let from = 0; from < lists.length; from += LISTS_A_CONCAT) all = all.concat(...lists.slice(from, from + LISTS_A_CONCAT));
    return all;
  }

  hoverIndex(): FindingsByNode {
    this.byNode ??= new FindingsByNode(this.visible);
    return this.byNode;
  }

  clear(): void {
    this.store.clear();
    this.clearTallies();
    this.wholePage = undefined;
    this.refresh();
  }
}
