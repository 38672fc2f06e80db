// A pass's blocks matched by the background (messaging/block-match-service.ts): the page reads its
// blocks as always, sends their text in one message and turns what comes back into ranges, so it builds no
// matcher and runs no matching code of its own, cold, for one read. scan-page.ts does the reading.
import type { BlockMatch } from '../matcher/page-matcher';
import type { TextBlock } from './text-blocks';

export interface RemoteAnswer {
  /** The background's time matching, ms (not the page's main thread). */
  matchMs: number;
  /** Each text's mentions, in the order sent. */
  blocks: BlockMatch[][];
}

/** Matches blocks' texts in the background, in order, through one reading; null when it cannot. */
export type RemoteMatch = (texts: string[]) => Promise<RemoteAnswer | null>;

/**
 * Above this many characters of blocks the page matches the rest itself: the background's answer is awaited
 * before anything is shown, and the extension's messaging copies the text twice over. Articles are well under.
 */
export const REMOTE_MAX_CHARS = 60_000;

/**
 * Whether a block read before the answer came still reads the same, so the answer's offsets still hold. A
 * block the page changed meanwhile is left out: the change is queued, and its rescan finds what it names.
 */
export function stillReads(block: TextBlock): boolean {
  const { element, nodes, starts, text } = block;
  if (element) return element.isConnected && element.textContent === text;
  return nodes.every((node, i) => node.isConnected && node.data === text.slice(starts[i], starts[i + 1] ?? text.length));
}
