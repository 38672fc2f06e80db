// npm test: every suite in order, then one line of our own: `tests: N passed, N failed`.
// Checks without test counts of their own (typecheck, lint, builds, web-ext lint) count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

interface Outcome {
  passed: number;
  failed: number;
}

const RESULTS = resolve('.test-results');
const bin = (name: string) => resolve('node_modules/.bin', name);

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      // Vite warns about extension-less imports in configs it will one day load natively; they load fine today.
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
  });
  return result.status === 0;
}

function check(ok: boolean): Outcome {
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Vitest's JSON report; a run that crashed before reporting counts as one failure. */
function vitest(config: string | undefined, name: string): Outcome {
  const file = resolve(RESULTS, `${name}.json`);
  const ok = run(bin('vitest'), [
    'run',
    ...(config ? ['-c', config] : []),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file) as
    | { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
    | undefined;
  if (!report) return { passed: 0, failed: 1 };
  // A skipped or todo test is not a pass: it counts as a failure.
  const notRun = report.numPendingTests + report.numTodoTests;
  const failed = report.numFailedTests + notRun + (ok ? 0 : report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
}

function playwright(): Outcome {
  const ok = run(bin('playwright'), ['test']);
  // playwright.config.ts writes this report.
  const report = readJson(resolve(RESULTS, 'chromium.json')) as
    | { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
    | undefined;
  if (!report) return { passed: 0, failed: 1 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  // A skipped real-browser test is a defect here, so it counts as a failure.
  const failed = unexpected + flaky + skipped + (ok || unexpected + flaky + skipped > 0 ? 0 : 1);
  return { passed: expected, failed };
}

function webExtLint(): Outcome {
  console.log('\n$ web-ext lint --source-dir .output/firefox-mv2');
  const result = spawnSync(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(result.stdout || '{}') as { summary?: { errors: number; warnings: number; notices: number } };
  const summary = report.summary;
  console.log(summary ? `errors ${summary.errors}, warnings ${summary.warnings}, notices ${summary.notices}` : result.stderr);
  if (summary && (summary.errors > 0 || summary.warnings > 0)) console.log(result.stdout);
  return check(!!summary && summary.errors === 0 && summary.warnings === 0);
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const outcomes: [string, Outcome][] = [];
const add = (name: string, outcome: Outcome) => {
  outcomes.push([name, outcome]);
  return outcome.failed === 0;
};

// WXT generates types from the manifest and the locale messages: refresh them first.
add('typecheck', check(run(bin('wxt'), ['prepare']) && run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])));
add('lint', check(run(bin('biome'), ['ci', '.'])));
add('unit', vitest(undefined, 'unit'));
const chromeBuilt = add('build chrome-mv3', check(run(bin('wxt'), ['build'])));
const firefoxBuilt = add('build firefox-mv2', check(run(bin('wxt'), ['build', '-b', 'firefox'])));
if (firefoxBuilt) add('web-ext lint', webExtLint());
add('chromium', chromeBuilt ? playwright() : { passed: 0, failed: 1 });
add('firefox', firefoxBuilt ? vitest('vitest.firefox.config.ts', 'firefox') : { passed: 0, failed: 1 });

console.log('\nsuite                 passed  failed');
for (const [name, o] of outcomes) console.log(`${name.padEnd(20)}  ${String(o.passed).padStart(6)}  ${String(o.failed).padStart(6)}`);
const passed = outcomes.reduce((n, [, o]) => n + o.passed, 0);
const failed = outcomes.reduce((n, [, o]) => n + o.failed, 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
