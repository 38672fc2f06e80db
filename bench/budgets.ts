// The budgets, checked against one run's medians. The new ones are judged on what the browser itself counts
// (bench/browser-cost.ts); the old ones, kept, on the scan's own marks and the other probes.
import type { BenchResults, CostRowResult, PageResult } from './results';

/** What a budget is judged on. */
export type BudgetBasis = "browser's counter" | 'renderer memory' | "scan's own marks" | 'bundle' | 'in-page timing';

export interface BudgetCheck {
  basis: BudgetBasis;
  page: string;
  budget: string;
  measured: string;
  met: boolean;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The longest task the first scan causes: its own slices and any long task in its windows. */
const longestTask = (p: PageResult): number => Math.max(p.ours.longestSliceMs.max, p.ours.longestTaskMs.max);

/** The same for the whole read a long page gets when the popup asks, shown beside it. */
const wholeNote = (p: PageResult): string =>
  p.whole ? ` (read whole for the popup: ${ms(Math.max(p.whole.longestSliceMs.max, p.whole.longestTaskMs.max))})` : '';

/** Our longest long task after DOMContentLoaded over every load of the row, and the page's own beside it. */
function longestOurs(row: CostRowResult): { ours: number; none: number } {
  return { ours: row.arms.ours?.longestTaskMs.max ?? Number.NaN, none: row.arms.none?.longestTaskMs.max ?? Number.NaN };
}

/**
 * "No task over 50 ms", judged on our share of a task (task-attribution.ts): the page's own layout runs
 * longer tasks than that with no extension. Without traced loads, on the longest task of the ours arm.
 */
function noLongTask(row: CostRowResult, page: string, add: (page: string, budget: string, measured: string, met: boolean) => void): void {
  const t = longestOurs(row);
  const longtasks = `Long Tasks API, any task: ${ms(t.ours)} (no extension: ${ms(t.none)})`;
  const traced = row.ourTasks;
  if (!traced) {
    add(page, 'no task > 50 ms', `${ms(t.ours)} (no extension: ${ms(t.none)}); not traced`, t.ours <= 50);
    return;
  }
  add(
    page,
    'no task > 50 ms of ours',
    `${ms(traced.oursMs.max)} of ours in one task (that task ${ms(traced.worstTaskMs)}; traced loads: ${traced.loads}); ${longtasks}`,
    traced.oursMs.max <= 50,
  );
}

/** The extension's service worker's busy time on the row's traced loads (median), 0 where not traced. */
export const backgroundMs = (row: CostRowResult): number => {
  const median = row.ourTasks?.backgroundMs?.median;
  return median !== undefined && Number.isFinite(median) ? median : 0;
};

/**
 * mark.js's added time over ours, ours being the page's added time and the background's busy time (the
 * background matches what the page reads: the job is both); ours at or below nothing counts as infinitely less.
 */
export function markJsRatio(row: CostRowResult): number {
  const mark = row.addedMs.markJs ?? Number.NaN;
  if (!(mark > 0)) return Number.NaN;
  const ours = row.addedMs.ours + backgroundMs(row);
  return ours <= 0 ? Number.POSITIVE_INFINITY : mark / ours;
}

const times = (n: number) => (n === Number.POSITIVE_INFINITY ? '∞' : `${n.toFixed(1)}×`);

function browserCounterBudgets(r: BenchResults, add: (page: string, budget: string, measured: string, met: boolean) => void): void {
  const rows = r.browserCost?.rows;
  if (!rows) return;
  const background = (row: CostRowResult) =>
    row.ourTasks?.backgroundMs ? `; the background's thread besides, traced: ${ms(backgroundMs(row))}` : '';
  const added = (row: CostRowResult) => `${ms(row.addedMs.ours)} added (empty control: ${ms(row.addedMs.empty)})${background(row)}`;
  for (const [key, page, limit] of [
    ['off5', '5 KB off-topic', 5],
    ['off50', '50 KB off-topic', 5],
    ['off50-data', '50 KB off-topic, text again in app data', 5],
    ['5kb', '5 KB article', 25],
    ['20kb', '20 KB article', 25],
    ['20kb-data', '20 KB article, story again in app data', 25],
  ] as const) {
    const row = rows[key];
    if (row) add(page, `≤ ${limit} ms added main-thread time`, added(row), row.addedMs.ours <= limit);
  }
  const whole2 = rows['2mb-whole'];
  if (whole2) {
    const ratio = markJsRatio(whole2);
    add(
      '2 MB read whole',
      '≥ 7× less added time than mark.js markRegExp',
      `${times(ratio)}: mark.js ${ms(whole2.addedMs.markJs ?? Number.NaN)}, ours ${ms(whole2.addedMs.ours)} on the page + ${ms(backgroundMs(whole2))} in the background (traced)`,
      ratio >= 7,
    );
    noLongTask(whole2, '2 MB read whole', add);
  }
  const whole10 = rows['10mb-whole'];
  if (whole10) noLongTask(whole10, '10 MB read whole', add);
}

export function checkBudgets(r: BenchResults): BudgetCheck[] {
  const p = r.pages;
  const checks: BudgetCheck[] = [];
  let basis: BudgetBasis = "browser's counter";
  const add = (page: string, budget: string, measured: string, met: boolean) => checks.push({ basis, page, budget, measured, met });
  browserCounterBudgets(r, add);
  basis = 'renderer memory';
  // Resident memory of the page's renderer after a forced garbage collection, read whole minus the same load
  // with the extension off (run-extension.ts runMemoryToggle).
  const mem = r.pages['10mb']?.wholeMemoryDeltaMb;
  if (mem)
    add(
      '10 MB read whole',
      'memory delta ≤ 60 MB',
      `${mem.median.toFixed(1)} MB (${mem.min.toFixed(1)}–${mem.max.toFixed(1)})`,
      mem.median <= 60,
    );
  basis = 'bundle';
  add(
    'first stage',
    '≤ 8 KB gzip (content-scripts/content.js)',
    `${r.bundle.gzipKb.toFixed(1)} KB gzip, ${r.bundle.rawKb.toFixed(1)} KB raw`,
    r.bundle.gzipKb <= 8,
  );

  basis = "scan's own marks";
  if (p['2mb']) {
    add('2 MB', 'total ≤ 300 ms', ms(p['2mb'].ours.busyMs.median), p['2mb'].ours.busyMs.median <= 300);
    const longest2 = longestTask(p['2mb']);
    add('2 MB', 'no task > 50 ms', `${ms(longest2)}${wholeNote(p['2mb'])}`, longest2 <= 50);
    const ratio = p['2mb'].ratios.markRegExpOverOurs;
    add('2 MB', '≥ 7× faster than mark.js markRegExp', `${ratio.toFixed(1)}×`, ratio >= 7);
  }
  if (p['10mb']) {
    const longest10 = longestTask(p['10mb']);
    add('10 MB', 'no task > 50 ms', `${ms(longest10)}${wholeNote(p['10mb'])}`, longest10 <= 50);
    const whole = p['10mb'].whole?.findings.median;
    add(
      '10 MB',
      'finishes',
      `${p['10mb'].ours.findings.median} findings round the screen${whole === undefined ? '' : `, ${whole} when read whole`}`,
      p['10mb'].ours.findings.median > 0 && (whole === undefined || whole > 0),
    );
    const mem = p['10mb'].memoryDeltaMb?.median ?? Number.NaN;
    const wholeMem = p['10mb'].wholeMemoryDeltaMb?.median;
    add(
      '10 MB',
      'memory delta ≤ 60 MB',
      `${mem.toFixed(1)} MB${wholeMem === undefined ? '' : ` (read whole for the popup: ${wholeMem.toFixed(1)} MB)`}`,
      mem <= 60,
    );
  }
  if (p.offtopic) {
    const ratio = p.offtopic.ratios.oursOverFloor;
    add('2 MB off-topic', '≤ 1.3× the bare walk floor', `${ratio.toFixed(2)}×`, ratio <= 1.3);
    add('2 MB off-topic', 'zero highlights', String(p.offtopic.ours.highlights.max), p.offtopic.ours.highlights.max === 0);
  }
  if (p['5kb']) add('5 KB article', '≤ 15 ms total', ms(p['5kb'].ours.busyMs.median), p['5kb'].ours.busyMs.median <= 15);
  for (const key of ['live', 'storm'] as const) {
    const page = p[key];
    if (!page) continue;
    if (key === 'live') {
      const delay = page.appendToPaintMs ?? { median: Number.NaN, max: Number.NaN };
      add('live page', 'append → paint ≤ 100 ms', `median ${ms(delay.median)}, max ${ms(delay.max)}`, delay.max <= 100);
    } else {
      const t = page.stormLongestTaskMs ?? { max: Number.NaN };
      add('mutation storm', 'no task > 50 ms during the storm', ms(t.max), t.max <= 50);
    }
  }
  if (r.growth) add('10× aliases', 'scan time ≤ 2× the real dataset', `${r.growth.ratio.toFixed(2)}×`, r.growth.ratio <= 2);

  basis = 'in-page timing';
  add('hover → card', '≤ 50 ms after the delay', ms(r.hoverToCardMs.median), r.hoverToCardMs.median <= 50);
  add('popup search', '≤ 10 ms a keystroke', ms(r.popupSearchMs.max), r.popupSearchMs.max <= 10);
  basis = 'bundle';
  const allGzip = r.bundle.totalGzipKb ?? r.bundle.gzipKb;
  add(
    'content scripts',
    '≤ 60 KB gzip all stages together, no full texts',
    `${allGzip.toFixed(1)} KB gzip`,
    allGzip <= 60 && !r.bundle.hasFullTexts,
  );
  return checks;
}
