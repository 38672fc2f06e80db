// Relevance's counts, kept as mentions come and go: a long page read whole holds tens of thousands of counted
// mentions far from the screen, and judging them all again at every scroll cost 6–14 ms a pass. The rules are
// written here once: relevanceOf (relevance.ts) is this tally over one list.
import type { Kind } from '../dataset/kinds';
import type { IndexedEntry } from '../dataset/matcher-index';
import type { Mention } from './mention';
import {
  HISTORY_WEIGHT,
  MIN_HISTORY_MENTIONS,
  MIN_LONE_MENTIONS,
  MIN_STRONG_BLOCKS,
  MIN_STRONG_MENTIONS,
  MIN_TALK_WORDS,
  ON_TOPIC_SCORE,
  type Relevance,
} from './relevance-rules';

/** Kinds that are the talks themselves rather than their actors or places. */
const OF_THE_TALKS: ReadonlySet<Kind> = new Set<Kind>(['figure', 'concept', 'event']);
/** A figure, concept or event of the talks, or a body they made (the Board of Peace, the stabilisation force). */
const ofTheTalks = (entry: IndexedEntry) => entry.ofTheTalks === true || OF_THE_TALKS.has(entry.kind);
/**
 * Named, it dates the page to the talks' own time: an event or figure of theirs, a body they made, or a concept by
 * a name that is not ambiguous (the 20-point plan; "the Gaza ceasefire", which a history may also write: then the
 * page is read as about the talks, as before). Their places, actors and shared words (the truce, a prisoner swap)
 * were named in the earlier wars too.
 */
const ofTheirTime = (f: Mention) =>
  !f.generic &&
  (f.entry.kind === 'event' ||
    f.entry.kind === 'figure' ||
    f.entry.ofTheTalks === true ||
    (f.entry.kind === 'concept' && !f.entry.ambiguous));

const isStrong = (f: Mention) => f.licensed && !f.generic && !f.entry.ambiguous && f.value === undefined && f.entry.kind !== 'correction';

/** Adds `by` to a key's count, and forgets the key at zero (a set of what is there, with multiplicity). */
function bump<K>(counts: Map<K, number>, key: K, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
}

export class RelevanceTally {
  /** Mentions in the tally, asides included. */
  size = 0;
  /** Every entry mentioned, whatever the mention (asides too), by id, with how often: what the badge counts. */
  private readonly entries = new Map<string, { entry: IndexedEntry; n: number }>();
  private readonly strongIds = new Map<string, number>();
  // Strong entries that are not broad (two make one block enough).
  private readonly pointedIds = new Map<string, number>();
  private readonly licensedIds = new Map<string, number>();
  // Mentions that are not strong (an ambiguous name or generic word its context confirmed, a figure) and not
  // broad: a story naming Hamas alone, however often (its money seized), is about Hamas, not the talks.
  private beside = 0;
  // Generic words of the talks their context confirmed ("the truce" beside Gaza).
  private talkWords = 0;
  private strongMentions = 0;
  private pointedMentions = 0;
  // Mentions naming the talks themselves (a figure, concept, event or body of them).
  private talksNamed = 0;
  // Those of them that are a concept's common words its context confirmed ("phase two" beside Gaza).
  private talkPhrases = 0;
  // Ambiguous names their own context words confirmed (Witkoff beside Hamas), per name: its mentions confirmed
  // minus those not, and how many there are. A name the page mostly gives without the talks' words is its own
  // story's subject, the talks its background: a story of Netanyahu's trial names him five times, beside Hamas twice.
  private readonly balance = new Map<string, number>();
  private readonly balanced = new Map<string, number>();
  // Blocks holding strong mentions; a mention of no known block counts as its own.
  private readonly blocks = new Map<number, number>();
  private unplaced = 0;
  // Earlier wars and exchanges named (the 2014 war, the Shalit exchange), weighed by HISTORY_WEIGHT, and mentions of
  // the talks' own time: the first, named more than in passing, without the second make the page history.
  private history = 0;
  private theirTime = 0;

  add(mentions: readonly Mention[]): this {
    for (const m of mentions) this.count(m, 1);
    return this;
  }

  remove(mentions: readonly Mention[]): this {
    for (const m of mentions) this.count(m, -1);
    return this;
  }

  /** Adds another tally's counts (a whole read's, counted in its own slices) in one go. */
  merge(other: RelevanceTally): this {
    this.size += other.size;
    for (const [id, { entry, n }] of other.entries) {
      const seen = this.entries.get(id);
      if (seen) seen.n += n;
      else this.entries.set(id, { entry, n });
    }
    for (const key of ['strongIds', 'pointedIds', 'licensedIds', 'balance', 'balanced'] as const)
      for (const [id, n] of other[key]) bump(this[key], id, n);
    for (const [block, n] of other.blocks) bump(this.blocks, block, n);
    this.beside += other.beside;
    this.talkWords += other.talkWords;
    this.strongMentions += other.strongMentions;
    this.pointedMentions += other.pointedMentions;
    this.talksNamed += other.talksNamed;
    this.talkPhrases += other.talkPhrases;
    this.unplaced += other.unplaced;
    this.history += other.history;
    this.theirTime += other.theirTime;
    return this;
  }

  /** The entries mentioned, each once. */
  *entriesMentioned(): Generator<IndexedEntry> {
    for (const { entry } of this.entries.values()) yield entry;
  }

  private count(f: Mention, by: 1 | -1): void {
    this.size += by;
    const seen = this.entries.get(f.entry.id);
    if (seen) {
      seen.n += by;
      if (seen.n === 0) this.entries.delete(f.entry.id);
    } else if (by > 0) this.entries.set(f.entry.id, { entry: f.entry, n: 1 });
    // A sidebar's headlines, or teasers linking elsewhere, are not what the page is about.
    if (f.aside) return;
    const { entry } = f;
    // An earlier war or exchange says when the page is, and nothing of the talks.
    if (entry.history) {
      if (f.licensed) this.history += by * HISTORY_WEIGHT[entry.history];
      return;
    }
    if (f.licensed && ofTheirTime(f)) this.theirTime += by;
    if (!f.licensed && entry.ambiguous) this.balanceBy(entry.id, false, by);
    else if (isStrong(f)) {
      this.strongMentions += by;
      bump(this.strongIds, entry.id, by);
      if (f.block === undefined) this.unplaced += by;
      else bump(this.blocks, f.block, by);
      if (!entry.broad) {
        this.pointedMentions += by;
        bump(this.pointedIds, entry.id, by);
        if (ofTheTalks(entry)) this.talksNamed += by;
      }
    } else if (f.licensed) {
      bump(this.licensedIds, entry.id, by);
      if (entry.broad) return;
      this.beside += by;
      if (f.generic) {
        if (ofTheTalks(entry)) this.talkWords += by;
        return;
      }
      if (f.value === undefined) this.balanceBy(entry.id, true, by);
      // A figure, concept or event of the talks, or a body they made, confirmed by its context words, points at them too.
      if (ofTheTalks(entry)) this.talksNamed += by;
      if (entry.kind === 'concept' && entry.ambiguous) this.talkPhrases += by;
    }
  }

  /** A mention of an ambiguous name, `confirmed` by its context or not, added (+1) or taken back (−1). */
  private balanceBy(id: string, confirmed: boolean, by: 1 | -1): void {
    bump(this.balance, id, confirmed ? by : -by);
    bump(this.balanced, id, by);
  }

  relevance(): Relevance {
    // Names confirmed at least as often as not, and at least once: the ones that count (two at most are asked).
    let confirmed = 0;
    for (const id of this.balanced.keys()) if ((this.balance.get(id) ?? 0) >= 0) confirmed++;
    const strong = this.strongIds.size;
    const licensed = this.licensedIds.size;
    const score = 2 * strong + Math.min(this.strongMentions - strong, 2) + licensed;
    // A strong name beside two ambiguous ones their context confirmed ("the Hamas team in Sharm el-Sheikh",
    // "Ron Dermer briefed ministers"), or beside one and the talks' own words twice ("Netanyahu ... Hamas asked for a
    // five-day truce"), names the talks' actors at work, not the region's background.
    const actors =
      this.pointedIds.size >= 2 || (this.pointedMentions > 0 && (confirmed >= 2 || (confirmed > 0 && this.talkWords >= MIN_TALK_WORDS)));
    // Named three times beside one ambiguous name its context confirmed ("Steve Witkoff is due in the region"), or
    // four times beside any other sign ("the ceasefire", a toll).
    const lone =
      (this.pointedMentions >= MIN_LONE_MENTIONS && this.beside > 0) || (this.pointedMentions >= MIN_STRONG_MENTIONS && confirmed > 0);
    // A concept's common words confirmed once ("phase two of the plan to relocate Rafah's residents began along
    // the Gaza border", 2015) point at the talks beside one of their names that is not broad, or with another sign.
    const named =
      this.talksNamed > this.talkPhrases || (this.talksNamed > 0 && (this.pointedMentions > 0 || this.talksNamed + this.talkWords >= 2));
    const pointed = named || this.talkWords >= MIN_TALK_WORDS || actors || lone;
    const spread = this.blocks.size + this.unplaced >= MIN_STRONG_BLOCKS || actors;
    // A page on the 2014 war or the 2011 exchange names Hamas, Gaza and the ceasefire as often as one on the talks,
    // and nothing of their own time.
    const history = this.history >= MIN_HISTORY_MENTIONS && this.theirTime === 0;
    return {
      strong,
      licensed,
      score,
      onTopic: pointed && spread && !history && this.strongMentions >= MIN_STRONG_MENTIONS && score >= ON_TOPIC_SCORE,
    };
  }
}
