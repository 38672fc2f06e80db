// Is this page about the talks? The score rests on strong (unambiguous) names; ambiguous names licensed
// by their own context words and figures (which need context words by construction) add to it. A page
// with no strong name is never on topic. An off-topic page shows nothing at all, so one stray mention is
// not enough.
import type { Mention } from './mention';

export interface Relevance {
  /** Distinct unambiguous entries mentioned. */
  strong: number;
  /** Distinct ambiguous entries or figures licensed by context. */
  licensed: number;
  score: number;
  onTopic: boolean;
}

/** Two distinct strong entries, one strong entry mentioned three times, or one strong entry with two licensed others. */
export const ON_TOPIC_SCORE = 4;

const isStrong = (f: Mention) => f.licensed && !f.entry.ambiguous && f.value === undefined && f.entry.kind !== 'correction';

export function relevanceOf(findings: readonly Mention[]): Relevance {
  const strongMentions = findings.filter(isStrong);
  const strong = new Set(strongMentions.map((f) => f.entry.id)).size;
  const licensed = new Set(findings.filter((f) => f.licensed && !isStrong(f)).map((f) => f.entry.id)).size;
  const score = 2 * strong + Math.min(strongMentions.length - strong, 2) + licensed;
  return { strong, licensed, score, onTopic: strong > 0 && score >= ON_TOPIC_SCORE };
}

/** What the reader sees: everything on an on-topic page, nothing elsewhere. */
export function shownFindings<T extends Mention>(findings: readonly T[], relevance: Relevance): readonly T[] {
  return relevance.onTopic ? findings : [];
}
