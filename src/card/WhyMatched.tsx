// Why the card opened for these words: the page's own words and, for an ambiguous name or a generic word
// ("the summit"), the nearby words that tied them to this entry, so a reader can judge the match.
import { Fragment } from 'preact';
import { isolated, messageParts } from './message-parts';

export interface Why {
  /** The page's words. */
  text: string;
  /** The context words near them that licensed the match. */
  context?: string[] | undefined;
}

export function WhyMatched({ why, name }: { why: Why; name: string }) {
  const context = why.context?.filter((w) => w.trim()) ?? [];
  if (context.length > 0) {
    return <p class="gtc-matched">{messageParts('cardWhyContext', [isolated(why.text), contextWords(context)])}</p>;
  }
  // The name itself needs no explaining.
  if (why.text === name) return null;
  return <p class="gtc-matched">{messageParts('cardMatchedAs', [isolated(why.text)])}</p>;
}

/** Figures: the words that tied a page's number to the figure. */
export function ContextWords({ context }: { context: string[] | undefined }) {
  const words = context?.filter((w) => w.trim()) ?? [];
  if (words.length === 0) return null;
  return <p class="gtc-matched">{messageParts('cardWhyContextWords', [contextWords(words)])}</p>;
}

function contextWords(words: string[]) {
  return words.map((w, i) => (
    <Fragment key={w}>
      {i > 0 && ', '}
      <bdi>{w}</bdi>
    </Fragment>
  ));
}
