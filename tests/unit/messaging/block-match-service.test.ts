// The background matching an article's blocks, and the engine's side of it: the page's own reading, answered
// with the index the page names or not at all, and an answer of any other shape taken as none.
import index from 'virtual:gtc/matcher-index';
import { describe, expect, it, vi } from 'vitest';
import { backgroundBlocks, blocksAnswer } from '@/src/content/background-blocks';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { blockMatchService } from '@/src/messaging/block-match-service';
import { matchBlocksResponse } from '@/src/messaging/messages';
import { warmMatcher } from '@/src/messaging/warm-matcher';

const texts = [
  'The ambassador Charles Kushner wrote about Hamas.',
  'Kushner wrote again, and Israel released 1,968 Palestinian prisoners under the ceasefire in Gaza.',
];

describe('the background matching blocks', () => {
  it("matches the blocks through one reading, as the page's own scan does, in a valid answer", async () => {
    const service = blockMatchService(warmMatcher(async () => ({ index })));
    const answer = await service({ type: 'match-blocks', version: index.version, texts });
    const reading = createPageMatcher(index).reading();
    expect(answer?.blocks).toEqual(texts.map((text) => reading.find(text)));
    // "Kushner" after "Charles Kushner" is not Jared Kushner; the figure and the licensed name are there.
    const ids = answer?.blocks.map((block) => block.map((m) => index.entries[m.entry]?.id));
    expect(ids?.[1]).not.toContain('person-jared-kushner');
    expect(ids?.[1]).toContain('fig-prisoners-released');
    expect(matchBlocksResponse.safeParse(answer).success).toBe(true);
    expect(blocksAnswer(JSON.parse(JSON.stringify(answer)), texts.length)).toEqual(answer);
  });

  it('answers null for an index it does not hold, and builds its matcher once for every page', async () => {
    const indexInUse = vi.fn(async () => ({ index }));
    const service = blockMatchService(warmMatcher(indexInUse));
    expect(await service({ type: 'match-blocks', version: 'another', texts })).toBeNull();
    await service({ type: 'match-blocks', version: index.version, texts });
    await service({ type: 'match-blocks', version: index.version, texts: ['Hamas'] });
    expect(indexInUse).toHaveBeenCalledTimes(1);
  });
});

describe('the engine asking for its blocks', () => {
  it('takes an answer of another shape, or for another number of blocks, as none', () => {
    const match = { start: 0, end: 5, text: 'Hamas', entry: 1, licensed: true };
    expect(blocksAnswer({ matchMs: 1, blocks: [[match], []] }, 2)).toEqual({ matchMs: 1, blocks: [[match], []] });
    expect(blocksAnswer({ matchMs: 1, blocks: [[match]] }, 2)).toBeNull();
    expect(blocksAnswer({ matchMs: 1, blocks: [[{ ...match, start: '0' }], []] }, 2)).toBeNull();
    expect(blocksAnswer({ matchMs: 1, blocks: [[{ ...match, context: [3] }], []] }, 2)).toBeNull();
    expect(blocksAnswer({ matchMs: 1, blocks: [[{ ...match, generic: false }], []] }, 2)).toBeNull();
    expect(blocksAnswer({ blocks: [[], []] }, 2)).toBeNull();
    expect(blocksAnswer(null, 2)).toBeNull();
    expect(blocksAnswer('nothing', 2)).toBeNull();
  });

  it('sends the version of the index in use, and matches itself when sending fails', async () => {
    const send = vi.fn(async () => ({ matchMs: 2, blocks: [[]] }));
    expect(await backgroundBlocks(send, () => 'v7')(['Hamas'])).toEqual({ matchMs: 2, blocks: [[]] });
    expect(send).toHaveBeenCalledWith({ type: 'match-blocks', version: 'v7', texts: ['Hamas'] });
    const failing = backgroundBlocks(
      async () => Promise.reject(new Error('Extension context invalidated.')),
      () => 'v7',
    );
    expect(await failing(['Hamas'])).toBeNull();
  });
});
