// Is this page about the talks? Only licensed evidence counts: unambiguous names, ambiguous names with
// their own context words beside them, and figures (which need context words by construction).
// An off-topic page shows nothing at all, so one stray mention must not be enough.
import type { Finding } from './finding';

export interface Relevance {
  /** Distinct entries with licensed mentions. */
  entries: number;
  /** Licensed mentions in all. */
  mentions: number;
  score: number;
  onTopic: boolean;
}

/** Two distinct licensed entries, or one mentioned three times. */
export const ON_TOPIC_SCORE = 4;

export function relevanceOf(findings: readonly Finding[]): Relevance {
  const licensed = findings.filter((f) => f.licensed);
  const entries = new Set(licensed.map((f) => f.entry.id)).size;
  const mentions = licensed.length;
  const score = 2 * entries + Math.min(mentions - entries, 2);
  return { entries, mentions, score, onTopic: score >= ON_TOPIC_SCORE };
}

/** What the reader sees: everything on an on-topic page, nothing elsewhere. */
export function shownFindings(findings: readonly Finding[], relevance: Relevance): readonly Finding[] {
  return relevance.onTopic ? findings : [];
}
