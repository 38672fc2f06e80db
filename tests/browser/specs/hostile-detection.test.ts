// What a page's own script can learn about the extension, read as a page would: exactly what docs/privacy.md
// says (highlight names and ranges over its own text, User Timing marks holding only verdicts, counts and
// timings, our one host element once a card opens, and WXT's start signal to a page that knows our id).
import { describe, expect, test } from 'vitest';
import { KINDS } from '@/src/dataset/kinds';
import { paintedList, scanFinished } from '../../support/page-probes';
import { collectPageErrors, moveAway, openCard } from '../driver/hostile-actions';
import { useBrowser } from '../driver/use-browser';

interface Traces {
  highlights: { name: string; ranges: { text: string; inPageText: boolean }[] }[];
  entries: { type: string; name: string; detail: unknown }[];
  messages: string[];
  events: { type: string; detail: string }[];
  mutations: { type: string; target: string; attribute: string | null; added: string[]; removed: string[] }[];
}
const traces = () => (window as unknown as { traces: () => Traces }).traces();

const HOST = 'gaza-talks-context-ui';
const OUR_HIGHLIGHTS = new Set(KINDS.map((kind) => `gaza-talks-context-${kind}`));

/** Each mark's detail: its fields, each a number, a boolean or one of a few fixed words. */
const NUMBER = 'number';
const BOOLEAN = 'boolean';
const MARK_FIELDS: Record<string, Record<string, string | readonly string[]>> = {
  'gaza-talks-context:first-stage': {
    verdict: ['off', 'no-strong-names', 'strong-names', 'closed-roots', 'on-topic', 'mutation', 'error'],
    busyMs: NUMBER,
    entries: NUMBER,
    mentions: NUMBER,
  },
  'gaza-talks-context:engine': { reason: ['load', 'mutation', 'direct'] },
  'gaza-talks-context:scan': {
    kind: ['full', 'partial', 'gated', 'region', 'tally'],
    busyMs: NUMBER,
    longestSliceMs: NUMBER,
    slices: NUMBER,
    totalMs: NUMBER,
    paintMs: NUMBER,
    findings: NUMBER,
    shown: NUMBER,
    onTopic: BOOLEAN,
    setupMs: NUMBER,
    remoteMs: NUMBER,
  },
};

/** What is wrong with one of our marks: an unknown name, a detail that is not JSON, or a field beyond its list. */
function markProblems(entry: Traces['entries'][number]): string[] {
  const fields = MARK_FIELDS[entry.name];
  if (entry.type !== 'mark' || !fields) return [`unexpected ${entry.type} ${entry.name}`];
  if (typeof entry.detail !== 'string') return [`${entry.name}: detail is not a JSON string`];
  const detail = JSON.parse(entry.detail) as Record<string, unknown>;
  return Object.entries(detail).flatMap(([key, value]) => {
    const allowed = fields[key];
    if (allowed === undefined) return [`${entry.name}: field ${key}`];
    if (Array.isArray(allowed))
      return allowed.includes(String(value)) && typeof value === 'string' ? [] : [`${entry.name}: ${key}=${JSON.stringify(value)}`];
    return typeof value === allowed ? [] : [`${entry.name}: ${key} is ${typeof value}`];
  });
}

describe('what a page can learn about the extension', () => {
  const suite = useBrowser();

  test('highlight names, ranges over its own text, marks of counts and timings, our host, and no message', async () => {
    const id = await suite.driver.extensionCall((api) => api.runtime.id, null);
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    const address = suite.server.url(`/hostile/detection.html#id=${encodeURIComponent(id)}`);
    await page.goto(address, { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    await expect.poll(() => page.evaluate(paintedList)).not.toEqual([]);

    const scanned = await page.evaluate(traces);
    // Highlights: our names, one a kind, over ranges in the page's own text nodes, holding the page's words.
    const ours = scanned.highlights.filter((h) => h.name.startsWith('gaza-talks-context'));
    expect(ours.map((h) => h.name).filter((name) => !OUR_HIGHLIGHTS.has(name))).toEqual([]);
    expect(ours.flatMap((h) => h.ranges.filter((r) => !r.inPageText))).toEqual([]);
    expect(ours.flatMap((h) => h.ranges.map((r) => r.text))).toEqual(await page.evaluate(paintedList));
    const pageText = await page.evaluate(() => document.body.textContent ?? '');
    expect(ours.flatMap((h) => h.ranges.map((r) => r.text)).filter((text) => !pageText.includes(text))).toEqual([]);

    // The timeline: our marks, each detail only verdicts, counts and timings; nothing else of ours on it.
    const marks = scanned.entries.filter((e) => e.name.startsWith('gaza-talks-context'));
    expect(marks.map((m) => m.name)).toEqual(expect.arrayContaining(Object.keys(MARK_FIELDS)));
    expect(marks.flatMap(markProblems)).toEqual([]);
    const details = marks.map((m) => String(m.detail)).join('\n');
    for (const leak of ['://', '127.0.0.1', 'detection', 'Witkoff', 'Hamas', 'Sharm', 'underline', 'density', id])
      expect(details, `a mark's detail holds "${leak}"`).not.toContain(leak);
    // Every other entry is the page's own (its navigation is named by its address, our id in the hash).
    const others = scanned.entries.filter((e) => !e.name.startsWith('gaza-talks-context') && e.type !== 'navigation');
    expect(others.filter((e) => /extension:|gaza/i.test(e.name))).toEqual([]);

    // Nothing posted to the window, and the page's DOM not touched by the scan.
    expect(scanned.messages).toEqual([]);
    expect(scanned.mutations).toEqual([]);
    // WXT's start signal, one event a script, named after our id: heard only by a page that already knows the
    // id. Its detail (the script's name and a random id) is readable in Chromium; Firefox refuses the page.
    expect(scanned.events.map((e) => e.type)).toEqual([
      `${id}:content:wxt:content-script-started`,
      `${id}:engine:wxt:content-script-started`,
    ]);
    for (const { detail } of scanned.events) {
      if (suite.driver.name === 'firefox') expect(detail).toMatch(/^unreadable: Permission denied/);
      else expect(Object.keys(JSON.parse(detail) as object).sort()).toEqual(['contentScriptName', 'messageId']);
    }

    // A card: one host element added under <html> (its contents in a shadow root), restyled by us when shown.
    await openCard(page, 'Steve Witkoff');
    await moveAway(page);
    const shown = await page.evaluate(traces);
    const added = shown.mutations.filter((m) => m.type === 'childList');
    expect(added).toEqual([{ type: 'childList', target: 'html', attribute: null, added: [HOST], removed: [] }]);
    expect(shown.mutations.filter((m) => m.type !== 'childList' && !(m.target === HOST && m.attribute === 'style'))).toEqual([]);
    expect(shown.messages).toEqual([]);
    expect(errors).toEqual([]);
  });
});
