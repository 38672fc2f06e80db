// The engine's side of the background's matching for the popup's whole read (messaging/tally-service.ts):
// each read gets its own number, so the background keeps one reading for its batches.
import type { TallyTextRequest, TallyTextResponse } from '../messaging/messages';
import type { RemoteRead } from '../scan/tally-batches';

/** The background's answer as sent; content scripts ship no zod, so its shape is checked by hand. */
const isAnswer = (value: unknown): value is TallyTextResponse =>
  value === null ||
  (typeof value === 'object' &&
    typeof (value as { matchMs?: unknown }).matchMs === 'number' &&
    Array.isArray((value as { regions?: unknown }).regions) &&
    (value as { regions: unknown[] }).regions.every((region) => Array.isArray(region) && region.every(Array.isArray)));

/** Reads matched through `send` (the runtime's sendMessage) with the index of `version`. */
export function backgroundTally(send: (request: TallyTextRequest) => Promise<unknown>, version: () => string): () => RemoteRead {
  return () => {
    // Random, not counted: an engine injected again (the extension updated) starts its count afresh.
    const read = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER);
    return {
      async match(texts, last) {
        const answer = await send({ type: 'tally-text', read, version: version(), texts, last });
        return isAnswer(answer) ? answer : null;
      },
    };
  };
}
