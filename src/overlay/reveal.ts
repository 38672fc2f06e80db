// The popup's "go to this": the entry's first mention on the page is scrolled into view, flashed for a
// moment and its card opened (pinned, so it stays without the pointer).
import type { ShowOptions } from '../card/card-module';
import { type Finding, rangeOf } from '../scan/finding';
import { FLASH_HIGHLIGHT } from './highlight-names';
import { inDocumentOrder, isVisible } from './mention-order';

export const FLASH_MS = 1600;

/** The first visible mention of `id` in document order, if any is located on the page. */
export function firstMentionOf(findings: readonly Finding[], id: string): Finding | undefined {
  return findings
    .filter((f) => f.entry.id === id)
    .sort(inDocumentOrder)
    .find(isVisible);
}

export function reveal(finding: Finding, show: (f: Finding, options: ShowOptions) => void, signal: AbortSignal): void {
  finding.start.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(rangeOf(finding)));
    const timer = setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), FLASH_MS);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      CSS.highlights.delete(FLASH_HIGHLIGHT);
    });
  }
  show(finding, { pinned: true });
}
