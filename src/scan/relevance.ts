// Is this page about the talks? The score rests on strong (unambiguous) names, at least three mentions of
// them, in more than one block; ambiguous names licensed by their own context words, generic words and
// figures add to it. A page with no strong name is never on topic. An off-topic page shows nothing at all,
// so one stray mention is not enough. Mentions in the page's navigation, sidebars and footer are not
// counted (page-chrome.ts).
import type { Mention } from './mention';
import type { Relevance } from './relevance-rules';
import { RelevanceTally } from './relevance-tally';

export type { Relevance } from './relevance-rules';

/** The rules are the tally's (relevance-tally.ts), over one list; their thresholds are in relevance-rules.ts. */
export function relevanceOf(findings: readonly Mention[]): Relevance {
  return new RelevanceTally().add(findings).relevance();
}

/** What the reader sees: everything on an on-topic page, nothing elsewhere. */
export function shownFindings<T extends Mention>(findings: readonly T[], relevance: Relevance): readonly T[] {
  return relevance.onTopic ? findings : [];
}
