// Is this page about the talks? The score rests on strong (unambiguous) names, at least three mentions of
// them, in more than one block; ambiguous names licensed by their own context words, generic words and
// figures add to it. A page with no strong name is never on topic. An off-topic page shows nothing at all,
// so one stray mention is not enough. Mentions in the page's navigation, sidebars and footer are not
// counted (page-chrome.ts).
import type { Mention } from './mention';
import type { Relevance } from './relevance-rules';
import { RelevanceTally } from './relevance-tally';

export {
  MIN_LONE_MENTIONS,
  MIN_STRONG_BLOCKS,
  MIN_STRONG_MENTIONS,
  MIN_TALK_WORDS,
  ON_TOPIC_SCORE,
  type Relevance,
} from './relevance-rules';

export function relevanceOf(findings: readonly Mention[]): Relevance {
  return new RelevanceTally().add(findings).relevance();
}

/** What the reader sees: everything on an on-topic page, nothing elsewhere. */
export function shownFindings<T extends Mention>(findings: readonly T[], relevance: Relevance): readonly T[] {
  return relevance.onTopic ? findings : [];
}
