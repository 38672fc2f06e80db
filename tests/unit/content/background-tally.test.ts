import { describe, expect, it } from 'vitest';
import { backgroundTally } from '@/src/content/background-tally';
import type { TallyTextRequest } from '@/src/messaging/messages';

describe("the engine's side of the background's matching", () => {
  it('numbers each read, sends its batches with the index version, and passes the answer on', async () => {
    const sent: TallyTextRequest[] = [];
    const answer = { matchMs: 2, regions: [[[0, 4, 1, 'Hamas']]] };
    const newRead = backgroundTally(
      async (request) => {
        sent.push(request);
        return answer;
      },
      () => 'v1',
    );
    const first = newRead();
    expect(await first.match(['Hamas'], false)).toEqual(answer);
    await first.match([], true);
    await newRead().match(['Gaza'], true);
    expect(sent.map(({ type, version, texts, last }) => ({ type, version, texts, last }))).toEqual([
      { type: 'tally-text', version: 'v1', texts: ['Hamas'], last: false },
      { type: 'tally-text', version: 'v1', texts: [], last: true },
      { type: 'tally-text', version: 'v1', texts: ['Gaza'], last: true },
    ]);
    expect(sent[0]?.read).toBe(sent[1]?.read);
    expect(sent[2]?.read).not.toBe(sent[0]?.read);
  });

  it.each([undefined, 'ok', { regions: [] }, { matchMs: 1, regions: [['Hamas']] }, { matchMs: 1, regions: 'x' }])(
    'answers null for a reply of another shape (%j): the page then matches itself',
    async (reply) => {
      expect(
        await backgroundTally(
          async () => reply,
          () => 'v1',
        )().match(['Hamas'], true),
      ).toBeNull();
    },
  );
});
