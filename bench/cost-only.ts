// The browser's counter alone, on the rows named: `npm run bench:cost -- 5kb,off5 [runs]` (default every
// row, BENCH_RUNS or 7 runs). For trying a change quickly; it writes no results and no docs (npm run bench does).
import { compileFromDisk } from '../src/dataset/build/wxt-dataset-module';
import { matchTermsOf } from '../src/dataset/citations';
import { CHROME_EXTENSION_DIR } from '../tests/support/chromium-extension';
import { startStaticServer } from '../tests/support/static-server';
import { PAGES_DIR, writeBenchPages } from './bench-pages';
import { combinedPattern } from './combined-pattern';
import { runBrowserCost } from './run-browser-cost';

const { full } = compileFromDisk();
const { costRows } = writeBenchPages(full);
const only = process.argv[2]?.split(',');
const runs = Number(process.argv[3] ?? process.env.BENCH_RUNS ?? 7);
const rows = costRows.filter((r) => !only || only.includes(r.key));
if (rows.length === 0) throw new Error(`no such row: ${only?.join(',')} (rows: ${costRows.map((r) => r.key).join(', ')})`);
const server = await startStaticServer(PAGES_DIR);
try {
  const { rows: out } = await runBrowserCost({
    rows,
    runs,
    url: (page) => server.url(`/${page}.html`),
    ourDir: CHROME_EXTENSION_DIR,
    markPattern: combinedPattern(full.entries.flatMap(matchTermsOf)),
    log: console.log,
  });
  for (const [key, row] of Object.entries(out)) {
    if (!row) continue;
    const median = (arm: keyof typeof row.arms) => row.arms[arm]?.taskMs.median.toFixed(1) ?? '–';
    console.log(
      `${key}: added ours ${row.addedMs.ours} ms (CPU ${row.addedThreadMs.ours}), empty control ${row.addedMs.empty} ms (CPU ${row.addedThreadMs.empty}); ` +
        `medians none ${median('none')}, empty ${median('empty')}, ours ${median('ours')}` +
        (row.addedStepMs
          ? `; step: ours ${row.addedStepMs.ours} ms, mark.js ${row.addedStepMs.markJs ?? '–'} ms (${row.markJsOverOursStep ?? '–'}×)`
          : '') +
        `; longest task ours ${row.arms.ours?.longestTaskMs.max ?? '–'} ms` +
        (row.ourTasks
          ? `; most of ours in one task ${row.ourTasks.oursMs.max} ms (that task ${row.ourTasks.worstTaskMs} ms); the background's thread ${row.ourTasks.backgroundMs?.median} ms`
          : ''),
    );
  }
} finally {
  await server.close();
}
