// Where the extension's main-thread time goes, by source file: sampled CPU profiles (CDP Profiler) of several
// loads of one bench page, each sample counted for the nearest frame of ours on its stack (so a native call
// our code makes, a `querySelector` or an `innerText`, counts for the file that made it), averaged per load.
// One load's profile (profile-once.ts) is too noisy for costs under a millisecond; this is for finding
// which module a page's cost sits in, not for budgets (`npm run bench` judges those, profiler off).
//
//   GTC_SOURCEMAP=1 GTC_OUT_DIR=/tmp/gtc-src npx wxt build
//   npx jiti bench/profile-by-file.ts /tmp/gtc-src/chrome-mv3 [5kb|off5|off50|2mb-whole] [loads] [by-function]
//
// 2mb-whole samples only the popup's whole read of the 2 MB page (a 4000 px window), from the request on.
//
// The pages are those `npm run bench` wrote to bench/.pages. Sampling slows the code it samples (more at
// finer intervals): compare builds with the same settings, not these figures with the counter's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromiumWithExtension } from '../tests/support/chromium-extension';
import { startStaticServer } from '../tests/support/static-server';
import { PAGES_DIR } from './bench-pages';
import { readWholeWith } from './browser-cost';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [dir, page = '5kb', loadsArg = '12', mode] = process.argv.slice(2);
if (!dir || !existsSync(join(dir, 'content-scripts/engine.js')))
  throw new Error('usage: profile-by-file.ts <unminified build dir> [page] [loads] [by-function]');
// The popup's whole read of the 2 MB page: the load itself is not sampled, only the step.
const whole = page === '2mb-whole';
const file = whole ? '2mb' : page;
if (!existsSync(join(PAGES_DIR, `${file}.html`)))
  throw new Error(`no bench/.pages/${page}.html: run npm run bench (or bench:cost) once first`);
const loads = Number(loadsArg);
const SAMPLING_US = 500;

/** Per script of ours, the source file of each line (the unminified bundle names each module in a comment). */
function sourceLines(script: string): string[] {
  const out: string[] = [];
  let file = script;
  for (const line of readFileSync(join(dir as string, 'content-scripts', script), 'utf8').split('\n')) {
    const region = /^\s*\/\/ ((?:src|entrypoints|node_modules)\/\S+)/.exec(line);
    if (region?.[1]) file = region[1];
    out.push(file);
  }
  return out;
}
const scripts = new Map(['content.js', 'engine.js'].map((s) => [s, sourceLines(s)]));

/** Adds one profile's samples to `totals`, ms per load. */
function add(profile: Profile, totals: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000 / loads;
    let node = byId.get(id);
    let key = node?.callFrame.functionName === '(garbage collector)' ? 'garbage collection (anyone’s)' : undefined;
    while (!key && node) {
      const script = node.callFrame.url.startsWith('chrome-extension://') ? node.callFrame.url.split('/').pop() : undefined;
      const lines = script ? scripts.get(script) : undefined;
      if (script && lines) {
        key = `${script.padEnd(11)} ${lines[node.callFrame.lineNumber] ?? '?'}`;
        if (mode === 'by-function') key += ` ${node.callFrame.functionName || '(anonymous)'}`;
      }
      node = byId.get(parent.get(node.id) ?? -1);
    }
    if (key) totals.set(key, (totals.get(key) ?? 0) + ms);
  });
}

const server = await startStaticServer(PAGES_DIR);
const ext = await launchChromiumWithExtension(dir);
try {
  const tab = await ext.context.newPage();
  if (whole) await tab.setViewportSize({ width: 1100, height: 4000 });
  const cdp = await ext.context.newCDPSession(tab);
  const rest = server.url('/rest.html');
  await tab.goto(rest);
  const totals = new Map<string, number>();
  // One load more than counted: the first warms the browser's caches.
  for (let i = 0; i <= loads; i++) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    if (whole) {
      await tab.goto(server.url(`/${file}.html`));
      await tab.waitForTimeout(1000);
    }
    await cdp.send('Profiler.start');
    if (whole) await readWholeWith(ext)(tab);
    else await tab.goto(server.url(`/${file}.html`));
    await tab.waitForTimeout(1000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await tab.goto(rest);
    if (i > 0) add(profile, totals);
  }
  const sum = (prefix: string) => [...totals].filter(([k]) => k.startsWith(prefix)).reduce((a, [, v]) => a + v, 0);
  console.log(`${page}, ${loads} loads, sampled every ${SAMPLING_US} µs; ms per load:`);
  console.log(
    `content.js ${sum('content.js').toFixed(2)}, engine.js ${sum('engine.js').toFixed(2)}, garbage collection ${sum('garbage').toFixed(2)}\n`,
  );
  for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(2).padStart(7)}  ${key}`);
} finally {
  await ext.close();
  await server.close();
}
