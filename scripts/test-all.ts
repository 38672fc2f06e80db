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

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const prefix = Object.entries(env).map(([k, v]) => `${k}=${v} `);
  console.log(`\n$ ${prefix.join('')}${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      ...env,
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
function vitest(config: string | undefined, name: string, env: Record<string, string> = {}): Outcome {
  const file = resolve(RESULTS, `${name}.json`);
  const ok = run(
    bin('vitest'),
    ['run', ...(config ? ['-c', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    env,
  );
  const report = readJson(file) as
    | { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
    | undefined;
  if (!report) return { passed: 0, failed: 1 };
  // A skipped or todo test is not a pass: it counts as a failure.
  const notRun = report.numPendingTests + report.numTodoTests;
  const failed = report.numFailedTests + notRun + (ok ? 0 : report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
}

function webExtLint(): Outcome {
  console.log('\n$ web-ext lint --source-dir .output/firefox-mv2');
  const result = spawnSync(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(result.stdout || '{}') as { summary?: { errors: number; warnings: number; notices: number } };
  const summary = report.summary;
  console.log(summary ? `errors ${summary.errors}, warnings ${summary.warnings}, notices ${summary.notices}` : result.stderr);
  // Notices too: AMO's reviewers see them, and each is a question about the package to answer.
  const clean = !!summary && summary.errors === 0 && summary.warnings === 0 && summary.notices === 0;
  if (summary && !clean) console.log(result.stdout);
  return check(clean);
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
// The same browser specs (tests/browser/specs), once in each browser.
const browserSuite = (browser: string) => vitest('vitest.browser.config.ts', browser, { GTC_BROWSER: browser });
add('chromium', chromeBuilt ? browserSuite('chromium') : { passed: 0, failed: 1 });
add('firefox', firefoxBuilt ? browserSuite('firefox') : { passed: 0, failed: 1 });
// Last: `npm run zip` into a temporary folder and a rebuild from the sources zip (tests/packages/).
add('packages', vitest('vitest.packages.config.ts', 'packages'));

console.log('\nsuite                 passed  failed');
for (const [name, o] of outcomes) console.log(`${name.padEnd(20)}  ${String(o.passed).padStart(6)}  ${String(o.failed).padStart(6)}`);
const passed = outcomes.reduce((n, [, o]) => n + o.passed, 0);
const failed = outcomes.reduce((n, [, o]) => n + o.failed, 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
