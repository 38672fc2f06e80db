// The engine's small orchestration modules, one concept each.
import { describe, expect, it, vi } from 'vitest';
import { badgeReporter } from '@/src/content/badge-reporter';
import { findingsResponder } from '@/src/content/findings-responder';
import { PageFindings } from '@/src/content/page-findings';
import { ScanQueue } from '@/src/content/scan-queue';
import { switchAction } from '@/src/content/site-switch';
import { entryCount } from '@/src/content/summarise-findings';
import type { FindingsResponse } from '@/src/messaging/messages';
import type { Finding } from '@/src/scan/finding';
import type { Mention } from '@/src/scan/mention';
import { relevanceOf } from '@/src/scan/relevance';
import { RelevanceTally } from '@/src/scan/relevance-tally';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-schema';

let order = 0;
const finding = (id: string, node: Text): Finding => ({
  entry: { id, kind: 'person', name: id },
  text: id,
  licensed: true,
  start: { node, offset: 0 },
  end: { node, offset: 1 },
  nodes: [node],
  order: order++,
});

describe('scan queue', () => {
  it('runs tasks one after another, skips aborted ones, and goes on after a failure', async () => {
    const errors: unknown[] = [];
    const queue = new ScanQueue((e) => errors.push(e));
    const order: string[] = [];
    const live = new AbortController();
    const aborted = new AbortController();
    queue.enqueue(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('a');
    }, live.signal);
    queue.enqueue(async () => {
      order.push('skipped');
    }, aborted.signal);
    aborted.abort();
    queue.enqueue(async () => {
      throw new Error('boom');
    }, live.signal);
    queue.enqueue(async () => {
      throw new DOMException('stopped', 'AbortError');
    }, live.signal);
    queue.enqueue(async () => {
      order.push('b');
    }, live.signal);
    await queue.idle();
    expect(order).toEqual(['a', 'b']);
    expect(errors).toEqual([new Error('boom')]);
  });
});

describe('badge reporter', () => {
  it('sends the count only when it changes, starting from an empty badge', () => {
    const send = vi.fn();
    const report = badgeReporter(send);
    for (const n of [0, 3, 3, 3, 5, 0, 0]) report(n);
    expect(send.mock.calls).toEqual([[3], [5], [0]]);
  });
});

describe('page findings', () => {
  const text = document.createTextNode('x');

  it("knows every mention: the located findings, then each far region's count in the order the regions came", () => {
    const findings = new PageFindings();
    findings.store.replaceAll([finding('a', text)]);
    const counted = (id: string) => ({ entry: { id, kind: 'person', name: id }, text: id, licensed: true }) as unknown as Mention;
    const [first, second] = [document.createElement('section'), document.createElement('section')];
    findings.addTallies(
      new Map([
        [first, [counted('b'), counted('c')]],
        [second, [counted('d')]],
      ]),
    );
    findings.refresh();
    expect(findings.mentions().map((m) => m.entry.id)).toEqual(['a', 'b', 'c', 'd']);
    // The store's own list is not changed by it.
    expect(findings.store.all.map((f) => f.entry.id)).toEqual(['a']);
    findings.dropTallies([first]);
    findings.refresh();
    expect(findings.mentions().map((m) => m.entry.id)).toEqual(['a', 'd']);
  });

  it('joins the counts of more far regions than one call can take as arguments (a huge table, a row a region)', () => {
    const findings = new PageFindings();
    const mention = { entry: { id: 'x', kind: 'person', name: 'x' }, text: 'x', licensed: true } as unknown as Mention;
    // Stand-ins for the rows: the tallies are keyed by identity, and 200,000 happy-dom elements take seconds to make.
    const regions = new Map(Array.from({ length: 200_000 }, () => [{} as Element, [mention]] as [Element, Mention[]]));
    findings.addTallies(regions);
    findings.refresh();
    expect(findings.mentions()).toHaveLength(200_000);
  });

  describe('a long page read whole, then scrolled', () => {
    const counted = (id: string, block: number, kind = 'person'): Mention =>
      ({
        entry: { id, kind, name: id, ...(id === 'witkoff' ? { ambiguous: true } : {}) },
        text: id,
        licensed: id !== 'witkoff',
        block,
      }) as unknown as Mention;
    const regions = Array.from({ length: 6 }, () => document.createElement('section'));
    const readWhole = () => {
      const findings = new PageFindings();
      findings.store.replaceAll([finding('hamas', text)]);
      // Far regions as the popup's whole read counts them: Hamas and a place in each, Witkoff (unconfirmed) in one.
      findings.addTallies(
        new Map(regions.map((region, i) => [region, [counted('hamas', 10 + i), counted(`place-${i}`, 10 + i, 'place')]])),
      );
      // Counted again, with relevance's counts made by the reading (region-tally.ts), as a whole read adds them.
      const again = [counted('witkoff', 15), counted('hamas', 15)];
      findings.addTallies(new Map([[regions[5] as Element, again]]), new RelevanceTally().add(again));
      findings.refresh();
      return findings;
    };

    it('judges the located findings and the far counts as it would judge them joined, as regions are scanned', () => {
      const findings = readWhole();
      expect(findings.relevance).toEqual(relevanceOf(findings.mentions()));
      expect(findings.relevance.onTopic).toBe(true);
      // A region counted again replaces its count: region 5 holds Witkoff and Hamas, not also its first count.
      expect(findings.mentions().map((m) => m.entry.id)).toEqual([
        'hamas',
        ...regions.slice(0, 5).flatMap((_, i) => ['hamas', `place-${i}`]),
        'witkoff',
        'hamas',
      ]);
      expect(findings.mentionCount()).toBe(findings.mentions().length);
      // Scrolled to: regions 0–4 are scanned (their counts go), and now name only a place (the page changed).
      findings.dropTallies(regions.slice(0, 5).map((region) => region.appendChild(document.createTextNode('x'))));
      findings.store.replaceAll([finding('place-0', text)]);
      findings.refresh();
      expect(findings.mentions().map((m) => m.entry.id)).toEqual(['place-0', 'witkoff', 'hamas']);
      expect(findings.relevance).toEqual(relevanceOf(findings.mentions()));
      expect(findings.relevance.onTopic).toBe(false);
      expect(findings.mentionCount()).toBe(3);
    });

    it("counts the badge's entries as the popup's list has them, for the kinds shown", () => {
      const findings = readWhole();
      expect(findings.shownEntryCount()).toBe(entryCount(findings.shownMentions()));
      expect(findings.shownEntryCount()).toBe(7);
      findings.setKinds(['person']);
      findings.refresh();
      expect(findings.shownEntryCount()).toBe(entryCount(findings.shownMentions()));
      expect(findings.shownEntryCount()).toBe(2);
      findings.clearTallies();
      findings.refresh();
      // Hamas once is not on topic: nothing is shown, nothing counted.
      expect(findings.shownEntryCount()).toBe(0);
      expect(findings.relevance).toEqual(relevanceOf([finding('hamas', text)]));
    });

    it('lists the mentions of the last refresh, not counts that came after it', () => {
      const findings = readWhole();
      const before = findings.mentions().length;
      findings.addTallies(new Map([[document.createElement('section'), [counted('gaza', 30)]]]));
      expect(findings.mentions()).toHaveLength(before);
      expect(findings.mentionCount()).toBe(before);
      findings.refresh();
      expect(findings.mentions()).toHaveLength(before + 1);
    });
  });

  it('shows findings only on a page that is on topic', () => {
    const findings = new PageFindings();
    findings.store.replaceAll([finding('a', text)]);
    expect(findings.refresh()).toEqual([]);
    findings.store.replaceAll([finding('a', text), finding('b', text)]);
    expect(findings.refresh()).toEqual([]);
    findings.store.replaceAll([finding('a', text), finding('b', text), finding('a', text)]);
    expect(findings.refresh().map((f) => f.entry.id)).toEqual(['a', 'b', 'a']);
    expect(findings.relevance.onTopic).toBe(true);
  });

  it("shows an off-topic page's findings when the reader asks, without calling the page on topic", () => {
    const findings = new PageFindings();
    findings.store.replaceAll([finding('a', text)]);
    expect(findings.refresh()).toEqual([]);
    findings.showAnyway();
    expect(findings.refresh().map((f) => f.entry.id)).toEqual(['a']);
    expect(findings.relevance).toMatchObject({ onTopic: true, forced: true });
  });

  it('judges a long page on the whole page count, and forgets it when cleared', () => {
    const findings = new PageFindings();
    findings.store.replaceAll([finding('a', text)]);
    findings.setWholePage({ entries: 3, mentions: 40, score: 8, onTopic: true });
    expect(findings.refresh()).toHaveLength(1);
    expect(findings.relevance).toMatchObject({ onTopic: true, score: 8 });
    findings.clear();
    findings.store.replaceAll([finding('a', text)]);
    expect(findings.refresh()).toEqual([]);
  });

  it('builds the hover index once per refresh', () => {
    const findings = new PageFindings();
    findings.store.replaceAll([finding('a', text), finding('b', text)]);
    findings.refresh();
    const index = findings.hoverIndex();
    expect(findings.hoverIndex()).toBe(index);
    findings.refresh();
    expect(findings.hoverIndex()).not.toBe(index);
  });
});

describe('site switch', () => {
  const site = 'news.example.org';
  it('starts, stops, repaints or does nothing', () => {
    const on = DEFAULT_SETTINGS;
    expect(switchAction(on, on, false, site)).toBe('activate');
    expect(switchAction(on, on, true, site)).toBe('none');
    expect(switchAction(on, { ...on, enabled: false }, true, site)).toBe('deactivate');
    expect(switchAction(on, { ...on, pausedSites: ['news.example.org'] }, true, site)).toBe('deactivate');
    expect(switchAction(on, { ...on, pausedSites: ['other.org'] }, true, site)).toBe('none');
    expect(switchAction(on, { ...on, pausedSites: ['*.example.org'] }, true, site)).toBe('deactivate');
    expect(switchAction(on, { ...on, siteMode: 'only', onlySites: ['other.org'] }, true, site)).toBe('deactivate');
    expect(switchAction(on, { ...on, siteMode: 'only', onlySites: ['*.example.org'] }, true, site)).toBe('none');
    expect(switchAction(on, { ...on, density: 'every' }, true, site)).toBe('repaint');
    expect(switchAction(on, { ...on, highlightStyle: 'background' }, true, site)).toBe('repaint');
    expect(switchAction(on, { ...on, kinds: ['person'] }, true, site)).toBe('repaint');
    expect(switchAction(on, { ...on, theme: 'dark' }, true, site)).toBe('none');
    expect(switchAction(on, { ...on, enabled: false }, false, site)).toBe('none');
  });
});

describe('findings responder', () => {
  it('answers get-findings through respond and ignores everything else', async () => {
    const reply: FindingsResponse = { url: 'u', version: 'v', enabled: true, relevance: { score: 0, onTopic: false }, findings: [] };
    const browse = vi.fn();
    const listener = findingsResponder(async () => reply, { browse, reveal: vi.fn(), showAnyway: vi.fn() });
    const respond = vi.fn();
    expect(listener({ type: 'get-entry', id: 'x' }, {}, respond)).toBeUndefined();
    expect(listener('hello', {}, respond)).toBeUndefined();
    expect(listener({ type: 'get-findings' }, {}, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith(reply));
    expect(browse).not.toHaveBeenCalled();
  });

  it('starts keyboard browsing when the command asks, and reveals what the popup chose', () => {
    const browse = vi.fn();
    const reveal = vi.fn();
    const showAnyway = vi.fn();
    const listener = findingsResponder(async () => ({}) as FindingsResponse, { browse, reveal, showAnyway });
    expect(listener({ type: 'browse-findings' }, {}, vi.fn())).toBeUndefined();
    expect(browse).toHaveBeenCalledTimes(1);
    expect(listener({ type: 'reveal-finding', id: 'org-hamas' }, {}, vi.fn())).toBeUndefined();
    expect(reveal).toHaveBeenCalledWith('org-hamas');
    listener({ type: 'show-anyway' }, {}, vi.fn());
    expect(showAnyway).toHaveBeenCalledTimes(1);
  });
});
