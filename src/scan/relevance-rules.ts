// The thresholds of relevance (relevance-tally.ts applies them), apart so the first stage can share them
// without the tally's code.
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
 * broad, or one beside two ambiguous names their context confirmed, or beside one and the talks' own words
 * MIN_TALK_WORDS times: one-paragraph briefs in Italian and German read on 2026-12-07, none of 133 off-topic
 * excerpts in five sets turned): a story about
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

/**
 * Mentions of earlier wars and exchanges (Entry.history) that, with nothing of the talks' own time named, make a
 * page history rather than the talks, a war's name counting twice (HISTORY_WEIGHT). A precedent named once is how
 * coverage of the talks looks back ("in 2011, a soldier named Gilad Shalit ..."): of 23 English excerpts about the
 * talks read on 2026-12-07, two named the Shalit exchange once and nothing of their time a rule could see ("October
 * 7" alone, Sinwar). A war's own name is written about that war: of 52 fresh excerpts read the same day, three
 * histories of the 2012, 2014 and 2021 truces named theirs once (in the part excerpted), and none of the 69 pages
 * about the talks in the three sets named an earlier war at all.
 */
export const MIN_HISTORY_MENTIONS = 2;

/** What one mention of a history entry counts towards MIN_HISTORY_MENTIONS, by its kind of history. */
export const HISTORY_WEIGHT = { war: 2, precedent: 1 } as const;
