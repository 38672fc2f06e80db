// Is this page about the talks? The score rests on strong (unambiguous) names, at least three mentions of
// them, in more than one block; ambiguous names licensed by their own context words, generic words and
// figures add to it. A page with no strong name is never on topic. An off-topic page shows nothing at all,
// so one stray mention is not enough. Mentions in the page's navigation, sidebars and footer are not
// counted (page-chrome.ts).
import type { Kind } from '../dataset/kinds';
import type { IndexedEntry } from '../dataset/matcher-index';
import type { Mention } from './mention';

export interface Relevance {
  /** Distinct unambiguous entries mentioned. */
  strong: number;
  /** Distinct ambiguous entries or figures licensed by context. */
  licensed: number;
  score: number;
  onTopic: boolean;
  /** Shown because the reader asked to ("show on this page anyway"), not because the page is on topic. */
  forced?: true;
}

/** Two distinct strong entries, one strong entry mentioned three times, or one strong entry with two licensed others. */
export const ON_TOPIC_SCORE = 4;
/**
 * And at least this many strong mentions: a story about another war that names Hamas and Gaza once, in a
 * paragraph of background, is not about the talks (a report on them names its actors again and again).
 */
export const MIN_STRONG_MENTIONS = 3;
/**
 * And in at least this many blocks, unless one names the talks' actors at work (two strong entries that are not
 * broad, or one beside two ambiguous names their context confirmed): a story about
 * Iran's nuclear sites whose one paragraph of background names Hamas twice and the Gaza Strip is not about
 * the talks either (a report on them names them in its headline and again in its text, and a one-paragraph
 * summary of them names more than one of their actors).
 */
export const MIN_STRONG_BLOCKS = 2;
/**
 * One strong entry alone (no second actor, nothing of the talks themselves) points at them only when named
 * this often beside some other sign of them that is not broad (a story of Hamas's seized cryptocurrency names
 * Hamas six times and nothing else), or three times beside an ambiguous name its context confirmed: stories of
 * campus protests, West Bank raids or the 2014 war name Hamas three times in passing. Over 116 real off-topic
 * pages read in the pages corpus, 8 were judged on topic with three alone, 5 now; over 155 real excerpts about
 * the talks, 139 and 138 (an excerpt naming Hamas three times and nothing else).
 */
export const MIN_LONE_MENTIONS = 4;

/**
 * Generic words of the talks (the ceasefire, the truce, phase two) their context confirmed, named this often,
 * point at them. Once is a war story's aside ("despite the ceasefire"); over 235 fresh excerpts about the talks,
 * five more are on topic with two, and none of 201 off-topic or war-only pages.
 */
export const MIN_TALK_WORDS = 2;

/** Kinds that are the talks themselves rather than their actors or places. */
const OF_THE_TALKS: ReadonlySet<Kind> = new Set<Kind>(['figure', 'concept', 'event']);
/** A figure, concept or event of the talks, or a body they made (the Board of Peace, the stabilisation force). */
const ofTheTalks = (entry: IndexedEntry) => entry.ofTheTalks === true || OF_THE_TALKS.has(entry.kind);

const isStrong = (f: Mention) => f.licensed && !f.generic && !f.entry.ambiguous && f.value === undefined && f.entry.kind !== 'correction';

export function relevanceOf(findings: readonly Mention[]): Relevance {
  // One pass, no arrays: a long page read whole has tens of thousands of mentions.
  const strongIds = new Set<string>();
  // Strong entries that are not broad, up to the two that make one block enough.
  const pointedIds = new Set<string>();
  const licensedIds = new Set<string>();
  // Whether any name that is not strong (an ambiguous name or generic word its context confirmed, a figure) and not
  // broad is named: a story naming Hamas alone, however often (its money seized), is about Hamas, not the talks.
  let beside = false;
  // Generic words of the talks their context confirmed ("the truce" beside Gaza): named twice, they point at the
  // talks as a concept of them named outright does ("The fragile truce: an anatomy of Gaza's ceasefire").
  let talkWords = 0;
  let strongMentions = 0;
  // Mentions of strong entries that are not broad; and whether the talks themselves (a figure, concept, event or body
  // of them) are named.
  let pointedMentions = 0;
  let talksNamed = false;
  // Ambiguous names their own context words confirmed (Witkoff beside Hamas): for each, its mentions confirmed
  // minus those not. A name the page mostly gives without the talks' words is its own story's subject, the
  // talks its background: a story of Netanyahu's trial names him five times, beside Hamas twice.
  const confirmedBalance = new Map<string, number>();
  // Blocks holding strong mentions, up to the two asked for; a mention of no known block counts as its own.
  const blocks = new Set<number>();
  let unplaced = 0;
  for (const f of findings) {
    // A sidebar's headlines, or teasers linking elsewhere, are not what the page is about.
    if (f.aside) continue;
    if (!f.licensed && f.entry.ambiguous) confirmedBalance.set(f.entry.id, (confirmedBalance.get(f.entry.id) ?? 0) - 1);
    else if (isStrong(f)) {
      strongMentions++;
      strongIds.add(f.entry.id);
      if (f.block === undefined) unplaced++;
      else if (blocks.size < MIN_STRONG_BLOCKS) blocks.add(f.block);
      if (!f.entry.broad) {
        pointedMentions++;
        if (pointedIds.size < 2) pointedIds.add(f.entry.id);
        if (ofTheTalks(f.entry)) talksNamed = true;
      }
    } else if (f.licensed) {
      licensedIds.add(f.entry.id);
      if (!f.entry.broad) beside = true;
      if (f.generic && !f.entry.broad && ofTheTalks(f.entry)) talkWords++;
      if (!f.generic && !f.entry.broad && f.value === undefined)
        confirmedBalance.set(f.entry.id, (confirmedBalance.get(f.entry.id) ?? 0) + 1);
      // A figure, concept or event of the talks, or a body they made, confirmed by its context words, points at them too.
      if (!f.generic && !f.entry.broad && ofTheTalks(f.entry)) talksNamed = true;
    }
  }
  // Names confirmed at least as often as not, and at least once: the ones that count (two at most are asked).
  let confirmed = 0;
  for (const balance of confirmedBalance.values()) if (balance >= 0) confirmed++;
  const strong = strongIds.size;
  const licensed = licensedIds.size;
  const score = 2 * strong + Math.min(strongMentions - strong, 2) + licensed;
  // A page naming only Gaza, however often, with nothing of the talks themselves, is about the region; one
  // naming Hamas once or twice beside it, as every story of the region does, is too.
  // A strong name beside two ambiguous ones their context confirmed ("the Hamas team in Sharm el-Sheikh",
  // "Ron Dermer briefed ministers") names the talks' actors at work, not the region's background.
  const actors = pointedIds.size >= 2 || (pointedMentions > 0 && confirmed >= 2);
  // Named three times beside one ambiguous name its context confirmed ("Steve Witkoff is due in the region"), or
  // four times beside any other sign ("the ceasefire", a toll).
  const lone = (pointedMentions >= MIN_LONE_MENTIONS && beside) || (pointedMentions >= MIN_STRONG_MENTIONS && confirmed > 0);
  const pointed = talksNamed || talkWords >= MIN_TALK_WORDS || actors || lone;
  const spread = blocks.size + unplaced >= MIN_STRONG_BLOCKS || actors;
  return { strong, licensed, score, onTopic: pointed && spread && strongMentions >= MIN_STRONG_MENTIONS && score >= ON_TOPIC_SCORE };
}

/** What the reader sees: everything on an on-topic page, nothing elsewhere. */
export function shownFindings<T extends Mention>(findings: readonly T[], relevance: Relevance): readonly T[] {
  return relevance.onTopic ? findings : [];
}
