import index from 'virtual:gtc/matcher-index';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageFindings } from '@/src/content/page-findings';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import type { TallyTextResponse } from '@/src/messaging/messages';
import { tallyService } from '@/src/messaging/tally-service';
import { warmMatcher } from '@/src/messaging/warm-matcher';
import { tallyRegions } from '@/src/scan/region-tally';
import { relevanceOf } from '@/src/scan/relevance';
import { newScanStats, scanPage } from '@/src/scan/scan-page';
import type { RemoteRead } from '@/src/scan/tally-batches';

const matcher = createPageMatcher(index);

function setBody(html: string) {
  // Test fixture only: product code never writes markup into a page.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

const sections = () => [...document.querySelectorAll('section')];

describe('tallyRegions', () => {
  beforeEach(() => setBody(''));

  it('counts every mention of each region by its rendered lines, as a scan finds them, without touching the page', async () => {
    setBody(
      '<section><h2>Monday</h2><p>Steve <b>Witkoff</b> met Hamas negotiators.</p><p>Hamas said more.</p></section>' +
        '<section><p>In Sharm el-Sheikh</p><p>Gaza</p></section>',
    );
    const before = document.body.innerHTML;
    const { tallies, scan } = await tallyRegions(sections(), matcher);
    expect(scan).toEqual([]);
    const counted = [...tallies.values()].map((mentions) => mentions.map((m) => m.entry.id));
    const scanned = await Promise.all(sections().map(async (s) => (await scanPage(s, matcher)).map((f) => f.entry.id)));
    expect(counted).toEqual(scanned);
    expect(counted[0]).toEqual(['person-steve-witkoff', 'org-hamas', 'org-hamas']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('tells the blocks apart, as a scan does: the mentions of one paragraph share a block, the next has another', async () => {
    setBody('<section><h2>Hamas</h2><p>Steve Witkoff met Hamas.</p><p>Gaza</p></section>');
    const { tallies } = await tallyRegions(sections(), matcher);
    const counted = [...tallies.values()][0] ?? [];
    const [h, w, m, g] = counted.map((mention) => mention.block);
    expect(counted).toHaveLength(4);
    expect(w).toBe(m);
    expect(new Set([h, w, g]).size).toBe(3);
    const scanned = (await scanPage(sections()[0] as Element, matcher)).map((f) => f.block);
    expect(scanned[1]).toBe(scanned[2]);
    expect(new Set(scanned).size).toBe(3);
  });

  it("marks the mentions of a region in the page's sidebars or footer", async () => {
    setBody('<aside><section><p>Hamas and Gaza</p></section></aside><section><p>Hamas</p></section>');
    const { tallies } = await tallyRegions(sections(), matcher);
    expect([...tallies.values()].map((mentions) => mentions.map((m) => m.aside ?? false))).toEqual([[true, true], [false]]);
  });

  it('reads its regions in document order, as a scan reads a pass', async () => {
    setBody(
      '<section><p>The ambassador Charles Kushner wrote to the Elysee about Hamas.</p></section>' +
        '<section><p>Kushner wrote again.</p><p>Jared Kushner met Hamas mediators. Kushner left.</p></section>',
    );
    const { tallies } = await tallyRegions(sections(), matcher);
    const counted = [...tallies.values()].map((mentions) => mentions.map((m) => m.text));
    expect(counted).toEqual([['Hamas'], ['Jared Kushner', 'Hamas', 'Kushner']]);
    const scanned = (await scanPage(sections(), matcher)).map((f) => f.text);
    expect(scanned).toEqual(counted.flat());
  });

  it('yields inside a long region, between its lines, and counts the same mentions', async () => {
    setBody(
      `<section>${`<p>${'Hamas negotiators met in Doha, and Steve Witkoff said the talks went on for hours. '.repeat(2)}</p>`.repeat(60)}</section>`,
    );
    const whole = await tallyRegions(sections(), matcher);
    const stats = newScanStats();
    const sliced = await tallyRegions(sections(), matcher, { stats, sliceMs: 0 });
    // ~10,000 characters: a look at the clock every ~2,000 of them, each a slice of its own at sliceMs 0.
    expect(stats.slices).toBeGreaterThanOrEqual(5);
    const ids = (t: typeof whole) => [...t.tallies.values()].map((mentions) => mentions.map((m) => m.entry.id));
    expect(ids(sliced)).toEqual(ids(whole));
    expect(whole.scan).toEqual([]);
    expect(ids(whole)[0]?.filter((id) => id === 'org-hamas')).toHaveLength(120);
  });

  it('stops at its first yield when aborted', async () => {
    setBody(
      `<section>${`<p>${'Hamas negotiators met in Doha, and Steve Witkoff said the talks went on for hours. '.repeat(2)}</p>`.repeat(60)}</section>`,
    );
    const controller = new AbortController();
    const stats = newScanStats();
    const reading = tallyRegions(sections(), matcher, { stats, sliceMs: 0, signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toThrow();
    expect(stats.slices).toBe(1);
  });

  it('scans node by node the regions whose rendered text holds what the scan skips, or that are very long', async () => {
    setBody(
      '<section><p>Hamas</p><code>Hamas</code></section><section><p contenteditable="true">Hamas</p></section>' +
        '<section><p aria-hidden="true">Hamas</p></section><section><p>Hamas</p></section>' +
        `<section>${'<p>x</p>'.repeat(70)}</section>`,
    );
    const all = sections();
    const { tallies, scan } = await tallyRegions(all, matcher);
    expect(scan).toEqual([all[0], all[1], all[2], all[4]]);
    expect([...tallies.keys()]).toEqual([all[3]]);
  });

  it('scans node by node a region that is itself skipped text, and reads whole those beside skipped text outside every region', async () => {
    setBody(
      '<section aria-hidden="true"><p>Hamas</p></section><code>Hamas</code><section><p>Hamas</p></section><div><section><pre>Hamas</pre></section></div>',
    );
    const all = sections();
    const { tallies, scan } = await tallyRegions(all, matcher);
    expect(scan).toEqual([all[0], all[2]]);
    expect([...tallies.keys()]).toEqual([all[1]]);
  });
});

describe('tallyRegions matched by the background', () => {
  beforeEach(() => setBody(''));

  const page = () =>
    setBody(
      '<section><p>The ambassador Charles Kushner wrote to the Elysee about Hamas.</p></section>' +
        '<aside><section><p>Hamas and Gaza</p></section></aside>' +
        '<section><h2>Kushner wrote again.</h2><p>Jared Kushner met Hamas mediators. Kushner left.</p><p>Some 250 prisoners were freed in the exchange.</p></section>' +
        '<section><p>Hamas</p><code>Hamas</code></section>',
    );
  /** What the page sends and what comes back, through the background's own service. */
  const throughBackground = () => {
    const service = tallyService(warmMatcher(async () => ({ index })));
    const sent: { texts: string[]; last: boolean }[] = [];
    let reads = 0;
    const remote = (): RemoteRead => {
      const read = ++reads;
      return {
        match: (texts, last) => {
          sent.push({ texts, last });
          return service({ type: 'tally-text', read, version: index.version, texts, last }, { tabId: 1, frameId: 0 });
        },
      };
    };
    return { remote, sent };
  };
  const summary = (t: Awaited<ReturnType<typeof tallyRegions>>) =>
    [...t.tallies.entries()].map(([region, mentions]) => ({
      region,
      mentions: mentions.map(({ block: _, ...m }) => ({ ...m, entry: m.entry.id })),
      blocks: new Set(mentions.map((m) => m.block)).size,
    }));

  it('counts what the page would count itself, in the same blocks, and says how long the background took', async () => {
    page();
    const here = await tallyRegions(sections(), matcher);
    const { remote, sent } = throughBackground();
    const there = await tallyRegions(sections(), matcher, { remote });
    expect(summary(there)).toEqual(summary(here));
    expect(there.scan).toEqual(here.scan);
    // Relevance's counts come made, over every mention counted, both ways.
    for (const read of [here, there]) {
      const all = [...read.tallies.values()].flat();
      expect(read.counted.relevance()).toEqual(relevanceOf(all));
      expect(read.counted.size).toBe(all.length);
      expect(all.length).toBeGreaterThan(5);
    }
    expect(there.remoteMs).toBeGreaterThanOrEqual(0);
    expect(here.remoteMs).toBeUndefined();
    // One batch for this small page, the last; the region the scan must read node by node is not sent.
    expect(sent).toHaveLength(1);
    expect(sent[0]?.last).toBe(true);
    expect(sent[0]?.texts).toHaveLength(3);
    expect(summary(there).flatMap((r) => r.mentions.map((m) => m.entry))).toEqual(
      expect.arrayContaining(['org-hamas', 'person-jared-kushner', 'fig-prisoners-released']),
    );
  });

  it("sends a long page's text in batches, in document order, the last one saying so, two at most unanswered", async () => {
    // Six regions of ~42,000 characters: two a batch, then an empty last one.
    setBody(`<section><p>${'The weather held. '.repeat(2_350)}Hamas negotiators met in Doha.</p></section>`.repeat(6));
    const { remote, sent } = throughBackground();
    let waiting = 0;
    let mostWaiting = 0;
    const slow = (): RemoteRead => {
      const read = remote();
      return {
        match: async (texts, last) => {
          mostWaiting = Math.max(mostWaiting, ++waiting);
          await new Promise((resolve) => setTimeout(resolve, 5));
          const answer = await read.match(texts, last);
          waiting--;
          return answer;
        },
      };
    };
    const there = await tallyRegions(sections(), matcher, { remote: slow });
    expect(sent.map((batch) => [batch.texts.length, batch.last])).toEqual([
      [2, false],
      [2, false],
      [2, false],
      [0, true],
    ]);
    expect(mostWaiting).toBe(2);
    expect(summary(there)).toEqual(summary(await tallyRegions(sections(), matcher)));
  });

  it.each([
    ['answers null (another index)', async (): Promise<TallyTextResponse> => null],
    ['fails (the background restarted)', async (): Promise<TallyTextResponse> => Promise.reject(new Error('Receiving end does not exist'))],
    ['answers for fewer texts than were sent', async (): Promise<TallyTextResponse> => ({ matchMs: 1, regions: [] })],
  ])('matches on the page when the background %s', async (_, answer) => {
    page();
    const there = await tallyRegions(sections(), matcher, { remote: () => ({ match: answer }) });
    expect(summary(there)).toEqual(summary(await tallyRegions(sections(), matcher)));
    expect(there.remoteMs).toBeUndefined();
  });
});

describe('page findings with counted regions', () => {
  it('counts far regions into relevance and the list, until each is scanned or changed', async () => {
    // The far region's names are the third and fourth strong mentions: without its tally the page is not on topic.
    setBody(
      '<section><p>Hamas and Steve Witkoff in Gaza</p></section><section><p>Khalil al-Hayya and Hamas met in Sharm el-Sheikh.</p></section>',
    );
    const [near, far] = sections() as [HTMLElement, HTMLElement];
    const findings = new PageFindings();
    findings.store.replaceAll(await scanPage(near, matcher));
    findings.addTallies((await tallyRegions([far], matcher)).tallies);
    findings.refresh();
    const ids = () => findings.shownMentions().map((m) => m.entry.id);
    expect(ids()).toEqual(expect.arrayContaining(['org-hamas', 'person-steve-witkoff', 'place-sharm-el-sheikh']));
    // Only scanned findings are painted.
    expect(findings.shown.map((f) => f.entry.id)).not.toContain('place-sharm-el-sheikh');
    expect(findings.hasTally(far)).toBe(true);
    // A change inside the region, or its scan, drops the count.
    findings.dropTallies([far.firstElementChild as Element]);
    expect(findings.hasTally(far)).toBe(false);
    findings.refresh();
    expect(ids()).not.toContain('place-sharm-el-sheikh');
    expect(findings.relevance.onTopic).toBe(false);
  });
});
