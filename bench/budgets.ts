// The budgets from the performance issue, checked against one run's medians.
import type { BenchResults, PageResult } from './results';

export interface BudgetCheck {
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

export function checkBudgets(r: BenchResults): BudgetCheck[] {
  const p = r.pages;
  const checks: BudgetCheck[] = [];
  const add = (page: string, budget: string, measured: string, met: boolean) => checks.push({ page, budget, measured, met });
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
  add('hover → card', '≤ 50 ms after the delay', ms(r.hoverToCardMs.median), r.hoverToCardMs.median <= 50);
  add('popup search', '≤ 10 ms a keystroke', ms(r.popupSearchMs.max), r.popupSearchMs.max <= 10);
  add(
    'content script',
    '≤ 60 KB gzip, no full texts',
    `${r.bundle.gzipKb.toFixed(1)} KB gzip`,
    r.bundle.gzipKb <= 60 && !r.bundle.hasFullTexts,
  );
  if (r.growth) add('10× aliases', 'scan time ≤ 2× the real dataset', `${r.growth.ratio.toFixed(2)}×`, r.growth.ratio <= 2);
  return checks;
}
