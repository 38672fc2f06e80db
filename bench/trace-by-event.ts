// Where a page load's main-thread time goes, by trace event: a Chromium trace of each load (no extension, then
// each build given), self time per event name on the page's main thread, medians over the loads. For finding
// what the browser does for a content script beside running it (receiving messages, making the isolated world,
// compiling), which sampled profiles (profile-by-file.ts) do not show.
//
//   npx jiti bench/trace-by-event.ts [5kb|off5|off50] [loads] [build dir,...]
//
// Tracing slows the page: compare arms of one run, not these figures with the counter's.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromiumWithExtension, launchChromiumWithoutExtension } from '../tests/support/chromium-extension';
import { startStaticServer } from '../tests/support/static-server';
import { PAGES_DIR } from './bench-pages';
import { round, summarise } from './stats';
import { mainThreadOf, type TraceEvent, traceWhile } from './task-attribution';

const [page = '5kb', loadsArg = '7', dirList = '.output/chrome-mv3'] = process.argv.slice(2);
const loads = Number(loadsArg);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'toplevel',
  'extensions',
];
/** How many events to list, those differing most from the arm without an extension first. */
const SHOWN = 30;

interface Arm {
  name: string;
  context: BrowserContext;
  tab: Page;
  cdp: CDPSession;
  loads: Map<string, number>[];
}

/** Self time (ms) per event name on the thread that parsed `url`'s document. */
function selfTimes(events: TraceEvent[], url: string): Map<string, number> {
  const out = new Map<string, number>();
  const main = mainThreadOf(events, url);
  if (!main) return out;
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const open: { event: TraceEvent; children: number }[] = [];
  const closeUntil = (ts: number) => {
    for (let top = open.at(-1); top && top.event.ts + (top.event.dur ?? 0) <= ts; top = open.at(-1)) {
      open.pop();
      const dur = top.event.dur ?? 0;
      out.set(top.event.name, (out.get(top.event.name) ?? 0) + (dur - top.children) / 1000);
      const parent = open.at(-1);
      if (parent) parent.children += dur;
    }
  };
  for (const event of complete) {
    closeUntil(event.ts);
    open.push({ event, children: 0 });
  }
  closeUntil(Number.POSITIVE_INFINITY);
  return out;
}

async function tracedLoad(arm: Arm, url: string, rest: string): Promise<Map<string, number>> {
  const events = await traceWhile(
    arm.cdp,
    async () => {
      await arm.tab.goto(url);
      await arm.tab.waitForTimeout(1000);
    },
    CATEGORIES,
  );
  await arm.tab.goto(rest);
  return selfTimes(events, url);
}

const server = await startStaticServer(PAGES_DIR);
const arms: Arm[] = [];
try {
  const rest = server.url('/rest.html');
  const contexts = [
    { name: 'none', context: await launchChromiumWithoutExtension() },
    ...(await Promise.all(
      dirList.split(',').map(async (dir) => ({ name: dir, context: (await launchChromiumWithExtension(dir)).context })),
    )),
  ];
  for (const { name, context } of contexts) {
    const tab = await context.newPage();
    await tab.goto(rest);
    arms.push({ name, context, tab, cdp: await context.newCDPSession(tab), loads: [] });
  }
  const url = server.url(`/${page}.html`);
  // One round more than counted: the first warms the browsers' caches.
  for (let i = 0; i <= loads; i++)
    for (const arm of arms) {
      const times = await tracedLoad(arm, url, rest);
      if (i > 0) arm.loads.push(times);
    }
  const median = (arm: Arm, name: string) => summarise(arm.loads.map((times) => times.get(name) ?? 0)).median;
  const names = [...new Set(arms.flatMap((arm) => arm.loads.flatMap((times) => [...times.keys()])))];
  const rows = names.map((name) => ({ name, ms: arms.map((arm) => median(arm, name)) }));
  const spread = (ms: number[]) => Math.max(...ms.slice(1).map((x) => Math.abs(x - (ms[0] ?? 0))));
  rows.sort((a, b) => spread(b.ms) - spread(a.ms));
  console.log(`${page}, ${loads} traced loads an arm; self ms per event, medians`);
  console.log(['event'.padEnd(44), ...arms.map((arm) => arm.name.split('/').slice(-2).join('/'))].join('\t'));
  for (const row of rows.slice(0, SHOWN)) console.log([row.name.slice(0, 44).padEnd(44), ...row.ms.map((x) => round(x, 2))].join('\t'));
  const totals = arms.map((arm) => summarise(arm.loads.map((times) => [...times.values()].reduce((a, b) => a + b, 0))).median);
  console.log(['all events'.padEnd(44), ...totals.map((x) => round(x))].join('\t'));
} finally {
  for (const arm of arms) await arm.context.close();
  await server.close();
}
