// The benchmark's pages (seeded, so every run sees the same bytes) and the rows of the browser's counter.
// Shared by npm run bench and its quick form (bench/cost-only.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompiledDataset } from '../src/dataset/schema';
import { generateLivePage, generatePage, generateStormPage, offTopicTerms, onTopicTerms, termsOf, withAppData } from './generate-pages';
import type { BenchResults, CostRowKey } from './results';
import type { CostRow } from './run-browser-cost';
import type { PageKind } from './run-extension';

export const PAGES_DIR = resolve('bench/.pages');

export interface BenchPage {
  key: keyof BenchResults['pages'];
  kind: PageKind;
  html: string;
  markArray?: boolean;
  memory?: boolean;
}

/** Writes every page into bench/.pages and returns the pages the scan's marks read and the counter's rows. */
export function writeBenchPages(full: CompiledDataset): { pages: BenchPage[]; costRows: CostRow[] } {
  const dir = PAGES_DIR;
  const onTopic = onTopicTerms(termsOf(full));
  mkdirSync(dir, { recursive: true });
  const PAGES: BenchPage[] = [
    {
      key: '5kb',
      kind: 'static',
      html: generatePage({ seed: 5, bytes: 5_000, density: 0.3, terms: onTopic, title: '5 KB' }),
      markArray: true,
    },
    {
      key: '2mb',
      kind: 'static',
      html: generatePage({ seed: 2, bytes: 2_000_000, density: 0.25, terms: onTopic, title: '2 MB' }),
      memory: true,
    },
    {
      key: '10mb',
      kind: 'static',
      html: generatePage({ seed: 10, bytes: 10_000_000, density: 0.25, terms: onTopic, title: '10 MB' }),
      memory: true,
    },
    {
      key: 'offtopic',
      kind: 'static',
      html: generatePage({ seed: 3, bytes: 2_000_000, density: 0.05, terms: offTopicTerms(), title: 'off-topic' }),
    },
    { key: 'live', kind: 'live', html: generateLivePage(7, onTopic) },
    { key: 'storm', kind: 'storm', html: generateStormPage(8, onTopic) },
  ];
  for (const p of PAGES) writeFileSync(resolve(dir, `${p.key}.html`), p.html);
  // Pages only the browser's counter loads: an article at the top of the on-topic budget's 5–20 KB range, bare
  // and with its story repeated in its scripts' data; off-topic at 5 KB, and at 50 KB with a false friend in
  // every third paragraph or so, bare and with its text again in app data; and the page each arm's tab rests on
  // between loads.
  const off50 = generatePage({ seed: 12, bytes: 50_000, density: 0.3, terms: offTopicTerms(), title: 'off-topic 50 KB' });
  const article20 = generatePage({ seed: 20, bytes: 20_000, density: 0.3, terms: onTopic, title: '20 KB' });
  const COST_PAGES: Record<string, string> = {
    '20kb': article20,
    // The same article as many news sites serve it: its story again in the app's JSON data and in JSON-LD.
    '20kb-data': withAppData(article20, '20 KB'),
    off5: generatePage({ seed: 11, bytes: 5_000, density: 0.05, terms: offTopicTerms(), title: 'off-topic 5 KB' }),
    off50: off50,
    'off50-data': withAppData(off50, 'off-topic 50 KB'),
    rest: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rest</title></head><body></body></html>',
  };
  for (const [key, html] of Object.entries(COST_PAGES)) writeFileSync(resolve(dir, `${key}.html`), html);
  const bytesOf = (key: string) => (COST_PAGES[key] ?? PAGES.find((p) => p.key === key)?.html ?? '').length;
  const WIDE = { width: 1100, height: 800 };
  // Read whole with a tall window, as in the issue: the first scan reads more, the rest when the popup asks.
  const TALL = { width: 1100, height: 4000 };
  // Small pages: five times the loads (~1.3 s each): their budgets are a few ms, the spread between loads tens
  // (one load's none and ours are not correlated, so only more loads steady the medians: 21 loads an arm moved
  // a row's median by 5-20 ms between runs of the same code).
  const small = (key: CostRowKey, label: string) => ({ key, page: key, label, viewport: WIDE, settleMs: 1000, runsFactor: 5 });
  const COST_ROWS: CostRow[] = (
    [
      small('5kb', '5 KB article'),
      small('20kb', '20 KB article'),
      small('20kb-data', '20 KB article, its story again in app data'),
      small('off5', '5 KB off-topic'),
      small('off50', '50 KB off-topic, false friends'),
      small('off50-data', '50 KB off-topic, its text again in app data'),
      { key: '2mb', page: '2mb', label: '2 MB at load', viewport: WIDE, settleMs: 1000 },
      {
        key: '2mb-whole',
        page: '2mb',
        label: '2 MB read whole',
        viewport: TALL,
        settleMs: 1000,
        readWhole: { slotMs: 1500 },
        markJs: true,
        // Twice the loads: the page's own layout varies by hundreds of ms between loads, in every arm, and the
        // ratio to mark.js is taken between medians of the whole load.
        runsFactor: 2,
      },
      // The 10 MB page at the usual window, as in its memory runs (the memory budget's figure).
      { key: '10mb-whole', page: '10mb', label: '10 MB read whole', viewport: WIDE, settleMs: 1000, readWhole: { slotMs: 3000 } },
    ] satisfies Omit<CostRow, 'bytes'>[]
  ).map((r) => ({ ...r, bytes: bytesOf(r.page) }));
  return { pages: PAGES, costRows: COST_ROWS };
}
