import index from 'virtual:gtc/matcher-index';
import { describe, expect, it } from 'vitest';
import { tallyService } from '@/src/messaging/tally-service';
import { warmMatcher } from '@/src/messaging/warm-matcher';
import { linesOf } from '@/src/scan/line-matches';
import { BATCH_CHARS, piecesOf, type RemoteRead, TallyBatches } from '@/src/scan/tally-batches';

const idle = { pause: () => {}, resume: () => {} };
/** The background's own service behind a read, recording each batch's texts. */
function backgroundRead(batches: string[][]): RemoteRead {
  const service = tallyService(warmMatcher(async () => ({ index })));
  return {
    match: (texts, last) => {
      batches.push(texts);
      return service({ type: 'tally-text', read: 1, version: index.version, texts, last }, { tabId: 1, frameId: 0 });
    },
  };
}

describe('piecesOf', () => {
  it('leaves a short text whole', () => {
    expect(piecesOf('Hamas\nGaza', 100)).toEqual(['Hamas\nGaza']);
  });

  it('cuts a long text after line breaks, every piece within the size, nothing lost', () => {
    const text = Array.from({ length: 40 }, (_, k) => `Paragraph ${k} about the talks in Doha.`).join('\n');
    const pieces = piecesOf(text, 200);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeLessThanOrEqual(201);
      expect(piece.endsWith('\n')).toBe(true);
    }
  });

  it('cuts a line longer than a piece at a space, and a run without one where it must', () => {
    const words = 'word '.repeat(100);
    const pieces = piecesOf(words, 64);
    expect(pieces.join('')).toBe(words);
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith(' '))).toBe(true);
    const run = 'x'.repeat(150);
    expect(piecesOf(run, 64).join('')).toBe(run);
    expect(Math.max(...piecesOf(run, 64).map((piece) => piece.length))).toBeLessThanOrEqual(65);
  });
});

describe('TallyBatches', () => {
  it('puts a region cut in pieces back together, its lines numbered on from one piece to the next', async () => {
    const line = (k: number) =>
      `Line ${k}: Hamas negotiators met Steve Witkoff in Doha, and the talks went on. ${'Further detail. '.repeat(20)}`;
    const long = Array.from({ length: 400 }, (_, k) => line(k)).join('\n');
    expect(long.length).toBeGreaterThan(2 * BATCH_CHARS);
    const sent: string[][] = [];
    const batches = new TallyBatches(backgroundRead(sent));
    await batches.add('Gaza', idle);
    await batches.add(long, idle);
    await batches.add('Sharm el-Sheikh', idle);
    const answered = await batches.finish();
    // The long region is three pieces, the last of them in a batch of its own with the region after it.
    expect(sent.flat()).toHaveLength(5);
    expect(sent.length).toBe(2);
    expect(sent.flat().join('')).toBe(`Gaza${long}Sharm el-Sheikh`);
    const [first, middle, last] = answered?.matches ?? [];
    expect(first?.map(([at, , , text]) => [at, text])).toEqual([[0, 'Gaza']]);
    expect(last?.map(([at, , , text]) => [at, text])).toEqual([[0, 'Sharm el-Sheikh']]);
    // Three names a line, on each of the region's 400 lines, numbered as the region's own lines are.
    expect(middle).toHaveLength(3 * linesOf(long).length);
    expect(middle?.map(([at]) => at)).toEqual(linesOf(long).flatMap((_, at) => [at, at, at]));
    expect(answered?.ms).toBeGreaterThanOrEqual(0);
  });

  it('answers null when any batch failed', async () => {
    let calls = 0;
    const batches = new TallyBatches({
      match: async () => (++calls === 1 ? Promise.reject(new Error('gone')) : { matchMs: 1, regions: [[]] }),
    });
    await batches.add('x'.repeat(BATCH_CHARS), idle);
    await batches.add('Hamas', idle);
    expect(await batches.finish()).toBeNull();
  });
});
