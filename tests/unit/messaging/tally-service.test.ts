import index from 'virtual:gtc/matcher-index';
import { describe, expect, it, vi } from 'vitest';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import type { TallyTextRequest } from '@/src/messaging/messages';
import { tallyService } from '@/src/messaging/tally-service';
import { warmMatcher } from '@/src/messaging/warm-matcher';
import { matchRegionText } from '@/src/scan/line-matches';

const request = (read: number, texts: string[], last = false, version = index.version): TallyTextRequest => ({
  type: 'tally-text',
  read,
  version,
  texts,
  last,
});
const tab = { tabId: 3, frameId: 0 };
const entryIds = (regions: [number, number, number, string, ...number[]][][]) => regions.map((r) => r.map(([, e]) => index.entries[e]?.id));

describe('the background matching a whole read', () => {
  it('matches each text as the page would, line by line', async () => {
    const service = tallyService(warmMatcher(async () => ({ index })));
    const texts = ['Hamas negotiators met in Doha.\nSteve Witkoff said so.', 'Gaza'];
    const answer = await service(request(1, texts, true), tab);
    const reading = createPageMatcher(index).reading();
    expect(answer?.regions).toEqual(texts.map((text) => matchRegionText(reading, text)));
    expect(entryIds(answer?.regions ?? [])[0]).toEqual(['org-hamas', 'place-doha', 'person-steve-witkoff']);
    expect(answer?.matchMs).toBeGreaterThanOrEqual(0);
  });

  it("reads a read's batches through one reading, in the order they came: a bare name means who was named in full before", async () => {
    const service = tallyService(warmMatcher(async () => ({ index })));
    const first = service(request(7, ['The ambassador Charles Kushner wrote about Hamas.']), tab);
    const second = service(request(7, ['Kushner wrote again.'], true), tab);
    expect(entryIds((await first)?.regions ?? [])).toEqual([['org-hamas']]);
    // "Kushner" after "Charles Kushner" is not Jared Kushner: no mention.
    expect(entryIds((await second)?.regions ?? [])).toEqual([[]]);
    // A new read, or another frame's, starts afresh: there, the bare name is Jared Kushner.
    const fresh = await service(request(8, ['Kushner met Hamas mediators in Doha.'], true), tab);
    expect(entryIds(fresh?.regions ?? [])[0]).toContain('person-jared-kushner');
    const otherFrame = await service(request(7, ['Kushner met Hamas mediators in Doha.'], true), { tabId: 3, frameId: 2 });
    expect(entryIds(otherFrame?.regions ?? [])[0]).toContain('person-jared-kushner');
  });

  it('answers null for an index it does not hold, so the page matches itself', async () => {
    const service = tallyService(warmMatcher(async () => ({ index })));
    expect(await service(request(1, ['Hamas'], true, 'another-version'), tab)).toBeNull();
  });

  it('builds its matcher once, and again only when the index in use changes', async () => {
    const indexInUse = vi.fn(async () => ({ index }));
    const service = tallyService(warmMatcher(indexInUse));
    await service(request(1, ['Hamas'], true), tab);
    await service(request(2, ['Gaza'], true), tab);
    expect(indexInUse).toHaveBeenCalledTimes(1);
    const imported = { ...index, version: 'imported' };
    indexInUse.mockResolvedValue({ index: imported });
    expect(entryIds((await service(request(3, ['Hamas'], true, 'imported'), tab))?.regions ?? [])).toEqual([['org-hamas']]);
    expect(indexInUse).toHaveBeenCalledTimes(2);
  });

  it('forgets a read at its last batch, and the oldest unfinished ones beyond eight (a page gone mid-read)', async () => {
    const service = tallyService(warmMatcher(async () => ({ index })));
    await service(request(1, ['The ambassador Charles Kushner']), tab);
    await service(request(1, [], true), tab);
    // Read 1 is over: the same number again is a new read, with no Charles Kushner named before.
    expect(entryIds((await service(request(1, ['Kushner met Hamas in Doha.'], true), tab))?.regions ?? [])[0]).toContain(
      'person-jared-kushner',
    );
    await service(request(20, ['The ambassador Charles Kushner']), tab);
    for (let read = 21; read < 29; read++) await service(request(read, ['Gaza']), tab);
    // Read 20 was dropped for the eight after it: its next batch starts a reading afresh.
    expect(entryIds((await service(request(20, ['Kushner met Hamas in Doha.'], true), tab))?.regions ?? [])[0]).toContain(
      'person-jared-kushner',
    );
  });
});
