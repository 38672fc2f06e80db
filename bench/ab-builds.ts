// The browser's counter for several builds at once, to try a change: each build's added main-thread time on one
// bench page (CDP `TaskDuration`, and `ThreadTime` as CPU), over the same load without any extension, the arms
// interleaved load by load in an order that turns each round (as npm run bench's), medians with min–max.
//
//   npx wxt build && cp -r .output/chrome-mv3 /tmp/before    (then change, build again into /tmp/after)
//   npx jiti bench/ab-builds.ts /tmp/before,/tmp/after [5kb|off5|off50|2mb-whole] [loads]
//
// `2mb-whole` loads the 2 MB page in a tall window and, a second after its load, asks each build for the whole
// page's findings as the popup does (the bench's "2 MB read whole" row); it also gives that step alone.
//
// On this 2-core machine the same build reads a few milliseconds apart from one run to the next (on the 50 KB
// off-topic page, +2.1 and +8.9 ms in two runs of 21 loads): run it twice, in both orders, before believing a
// difference that small. `npm run bench` judges the budgets; this only compares builds.
import { launchChromiumWithExtension, launchChromiumWithoutExtension } from '../tests/support/chromium-extension';
import { startStaticServer } from '../tests/support/static-server';
import { PAGES_DIR } from './bench-pages';
import { type ArmLoadOptions, ArmTab, readWholeWith } from './browser-cost';
import { round, summarise } from './stats';

const [dirList, pageArg = '5kb', loadsArg = '21'] = process.argv.slice(2);
if (!dirList) throw new Error('usage: ab-builds.ts <build dir>[,<build dir>...] [page] [loads]');
const dirs = dirList.split(',');
const loads = Number(loadsArg);
const whole = pageArg === '2mb-whole';
const page = whole ? '2mb' : pageArg;
/** How long after the load event the counter keeps counting, as in `npm run bench`. */
const SETTLE_MS = 1000;

const server = await startStaticServer(PAGES_DIR);
const none = await launchChromiumWithoutExtension();
const builds = await Promise.all(dirs.map((dir) => launchChromiumWithExtension(dir)));
try {
  const rest = server.url('/rest.html');
  const tabs = [await ArmTab.open(none, rest), ...(await Promise.all(builds.map((b) => ArmTab.open(b.context, rest))))];
  const task = tabs.map((): number[] => []);
  const cpu = tabs.map((): number[] => []);
  const step = tabs.map((): number[] => []);
  const idle = async () => {};
  const optionsFor = (k: number): ArmLoadOptions => {
    if (!whole) return { settleMs: SETTLE_MS };
    const ext = builds[k - 1];
    // biome-ignore lint/suspicious/noThenProperty: LoadOptions.then is browser-cost.ts's step after load, not a thenable
    return { settleMs: SETTLE_MS, viewport: { width: 1100, height: 4000 }, thenSlotMs: 1500, then: ext ? readWholeWith(ext) : idle };
  };
  // One round more than counted: the first warms the browsers' caches. Each round starts one arm later, so
  // every arm loads as often first, second, ... as the others (with a fixed order, the build listed first, loaded
  // right after the arm without an extension, had read 8–10 ms higher in two runs).
  for (let i = 0; i <= loads; i++)
    for (let j = 0; j < tabs.length; j++) {
      const k = (i + j) % tabs.length;
      const tab = tabs[k];
      if (!tab) continue;
      const load = await tab.measure(server.url(`/${page}.html`), optionsFor(k));
      if (i === 0) continue;
      task[k]?.push(load.taskMs);
      cpu[k]?.push(load.threadMs);
      if (load.stepTaskMs !== undefined) step[k]?.push(load.stepTaskMs);
    }
  const base = summarise(task[0] ?? []);
  const baseCpu = summarise(cpu[0] ?? []);
  const baseStep = whole ? summarise(step[0] ?? []) : undefined;
  console.log(`${pageArg}, ${loads} loads an arm; no extension: ${round(base.median)} ms (${round(base.min)}–${round(base.max)})`);
  dirs.forEach((dir, k) => {
    const t = summarise(task[k + 1] ?? []);
    const c = summarise(cpu[k + 1] ?? []);
    const s = baseStep ? summarise(step[k + 1] ?? []) : undefined;
    const stepText =
      s && baseStep ? `; the step alone added ${round(s.median - baseStep.median)} ms (${round(s.min)}–${round(s.max)})` : '';
    console.log(
      `${dir}: added ${round(t.median - base.median)} ms (its loads ${round(t.min)}–${round(t.max)}), CPU added ${round(c.median - baseCpu.median)} ms${stepText}`,
    );
  });
} finally {
  await none.close();
  await Promise.all(builds.map((b) => b.close()));
  await server.close();
}
