// The engine's side of the background matching a pass's blocks (messaging/block-match-service.ts).
import type { BlockMatch } from '../matcher/page-matcher';
import type { MatchBlocksRequest } from '../messaging/messages';
import type { RemoteMatch } from '../scan/remote-scan';

const isMatch = (value: unknown): value is BlockMatch => {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.start === 'number' &&
    typeof m.end === 'number' &&
    typeof m.text === 'string' &&
    typeof m.entry === 'number' &&
    typeof m.licensed === 'boolean' &&
    (m.generic === undefined || m.generic === true) &&
    (m.value === undefined || typeof m.value === 'number') &&
    (m.context === undefined || (Array.isArray(m.context) && m.context.every((c) => typeof c === 'string')))
  );
};

/** The background's answer for `count` texts, checked by hand (content scripts ship no zod); null otherwise. */
export function blocksAnswer(value: unknown, count: number): { matchMs: number; blocks: BlockMatch[][] } | null {
  if (value === null || typeof value !== 'object') return null;
  const { matchMs, blocks } = value as { matchMs?: unknown; blocks?: unknown };
  if (typeof matchMs !== 'number' || !Array.isArray(blocks) || blocks.length !== count) return null;
  return blocks.every((block) => Array.isArray(block) && block.every(isMatch)) ? { matchMs, blocks: blocks as BlockMatch[][] } : null;
}

/** Blocks matched through `send` (the runtime's sendMessage) with the index of `version`. */
export function backgroundBlocks(send: (request: MatchBlocksRequest) => Promise<unknown>, version: () => string): RemoteMatch {
  return async (texts) => {
    try {
      return blocksAnswer(await send({ type: 'match-blocks', version: version(), texts }), texts.length);
    } catch {
      // The background went away (the extension reloaded) or failed: the page matches itself.
      return null;
    }
  };
}
