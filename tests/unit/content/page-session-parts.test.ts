// The parts page-session.ts wires together: the page's index, the popup's answer, and the reader's ways in.
import index from 'virtual:gtc/matcher-index';
import strong from 'virtual:gtc/strong-names';
import { describe, expect, it, vi } from 'vitest';
import type { LazyPopover } from '@/src/card/lazy-popover';
import { findingsAnswer } from '@/src/content/findings-answer';
import { PageFindings } from '@/src/content/page-findings';
import { PageIndex } from '@/src/content/page-index';
import { startInteraction } from '@/src/content/page-interaction';
import type { ScanPasses } from '@/src/content/scan-passes';
import { ScanQueue } from '@/src/content/scan-queue';
import type { ActiveIndex } from '@/src/dataset/active-index';
import { entriesOnly } from '@/src/dataset/entries-index';
import { namesOf } from '@/src/first-stage/strong-count';
import { FarRegions } from '@/src/scan/far-regions';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-schema';

/** What a reading finds in `text`, awaited if the matcher is still being fetched. */
const found = async (page: PageIndex, text: string) => (await page.matcher.reading()).find(text).map((m) => m.text);

describe('PageIndex', () => {
  it('matches with the bundled index and names, or an imported index with its own names', async () => {
    const bundled = new PageIndex({ index }, strong.firstWords);
    expect(bundled.version).toBe(index.version);
    expect(namesOf(bundled.table, 'hamas')).toBeDefined();
    expect(await found(bundled, 'Hamas said so.')).toEqual(['Hamas']);
    const imported: ActiveIndex = {
      index: { ...index, version: 'imported-1' },
      firstWords: 'kestrel| accord;0',
    };
    const page = new PageIndex(imported, strong.firstWords);
    expect(page.version).toBe('imported-1');
    // Built at its first use, and timed then.
    expect(page.matcher.builtMs).toBeUndefined();
    expect(page.matcher).not.toBe(bundled.matcher);
    expect(namesOf(page.table, 'hamas')).toBeUndefined();
    expect(namesOf(page.table, 'kestrel')).toEqual([[' accord', 0]]);
    expect(await found(page, 'Hamas said so.')).toEqual(['Hamas']);
    expect(page.matcher.builtMs).toBeGreaterThanOrEqual(0);
  });

  it('starts with the entries alone, and asks for the whole index once, when it first matches itself', async () => {
    const fetchIndex = vi.fn(async () => index);
    const page = new PageIndex({ index: entriesOnly(index) }, strong.firstWords, fetchIndex);
    expect(page.index.entries).toBe(index.entries);
    expect(fetchIndex).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([found(page, 'Hamas said so.'), found(page, 'Steve Witkoff came.')]);
    expect([first, second]).toEqual([['Hamas'], ['Steve Witkoff']]);
    expect(await found(page, 'Gaza')).toEqual(['Gaza']);
    expect(fetchIndex).toHaveBeenCalledTimes(1);
  });

  it('refuses to match with an index other than the one its entries came from', async () => {
    const page = new PageIndex({ index: entriesOnly(index) }, strong.firstWords, async () => ({ ...index, version: 'newer' }));
    // Ended as an aborted pass is: quietly (the engine hears of the new dataset and scans again).
    await expect(found(page, 'Hamas')).rejects.toMatchObject({ name: 'AbortError', message: expect.stringMatching(/changed/) });
    expect(page.matcher.builtMs).toBeUndefined();
  });
});

describe('findingsAnswer', () => {
  const setup = (running: AbortSignal | undefined, pending: number, started?: Promise<void>) => {
    const far = new FarRegions(window);
    vi.spyOn(far, 'pending', 'get').mockReturnValue(pending);
    vi.spyOn(far, 'peekAll').mockReturnValue([]);
    const tally = vi.fn(async () => {});
    const passes = { tally } as unknown as ScanPasses;
    const answer = findingsAnswer({
      findings: new PageFindings(),
      far,
      queue: new ScanQueue(),
      passes: () => passes,
      running: () => running,
      version: () => 'v1',
      ...(started ? { started } : {}),
    });
    return { answer, tally };
  };

  it('reads the regions a long page set aside before answering, so the list covers the whole page', async () => {
    const { answer, tally } = setup(new AbortController().signal, 3);
    const reply = await answer();
    expect(tally).toHaveBeenCalledTimes(1);
    expect(reply).toMatchObject({ version: 'v1', enabled: true, findings: [], heldBack: 0, shownAnyway: false });
    expect(reply.url).toBe(location.href);
  });

  it("builds the list in a task after the whole read's, which ended by judging and painting the page", async () => {
    const { answer, tally } = setup(new AbortController().signal, 3);
    const order: string[] = [];
    tally.mockImplementation(async () => {
      // The first thing queued once the read's own task is over.
      setTimeout(() => order.push('next task'), 0);
    });
    await answer().then(() => order.push('answered'));
    expect(order).toEqual(['next task', 'answered']);
  });

  it('answers a question asked while the engine is starting once its first pass is made', async () => {
    let firstPass: () => void = () => {};
    const { answer } = setup(new AbortController().signal, 0, new Promise<void>((resolve) => (firstPass = resolve)));
    const replied = vi.fn();
    const reply = answer().then(replied);
    await new Promise((r) => setTimeout(r, 20));
    expect(replied).not.toHaveBeenCalled();
    firstPass();
    await reply;
    expect(replied).toHaveBeenCalledWith(expect.objectContaining({ enabled: true, version: 'v1' }));
  });

  it('says the engine is off here, and reads nothing more, while it is off', async () => {
    const { answer, tally } = setup(undefined, 3);
    expect(await answer()).toMatchObject({ enabled: false });
    expect(tally).not.toHaveBeenCalled();
  });
});

describe('startInteraction', () => {
  it('keyboard browsing says there is nothing to browse on an empty page, and every listener goes with its signal', () => {
    const announce = vi.fn();
    const popover = { announce, hide: vi.fn(), hasFocus: () => false, contains: () => false, prepare: vi.fn() } as unknown as LazyPopover;
    const add = vi.spyOn(document, 'addEventListener');
    const controller = new AbortController();
    const { browsing } = startInteraction(
      { doc: document, findings: new PageFindings(), popover, settings: () => DEFAULT_SETTINGS, showCard: vi.fn(), prepareCard: vi.fn() },
      controller.signal,
    );
    browsing.start();
    expect(announce).toHaveBeenCalledWith(expect.stringMatching(/\S/));
    // Every listener added to the document is tied to the signal (removed when it aborts).
    const added = add.mock.calls;
    expect(added.length).toBeGreaterThan(0);
    for (const call of added) expect((call[2] as AddEventListenerOptions | undefined)?.signal).toBeInstanceOf(AbortSignal);
    controller.abort();
    // Aborted together: nothing of ours stays on the page's document.
    for (const call of added) expect((call[2] as AddEventListenerOptions).signal?.aborted).toBe(true);
  });
});
