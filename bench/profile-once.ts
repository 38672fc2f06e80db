// A CPU profile (CDP Profiler) of one load of a generated page with the built extension, summarised by self
// time per function and per script: `jiti bench/profile-once.ts [5kb|off5|off50|2mb] [whole]`. With `whole`
// the profile covers only the popup's whole read after load. Also prints the browser's TaskDuration for the
// same window. This is for finding where time goes; the budgets are judged by `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileFromDisk } from '../src/dataset/build/wxt-dataset-module';
import { launchChromiumWithExtension } from '../tests/support/chromium-extension';
import { startStaticServer } from '../tests/support/static-server';
import { readWholeWith } from './browser-cost';
import { generatePage, offTopicTerms, onTopicTerms, termsOf } from './generate-pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SIZES: Record<string, { bytes: number; density: number; onTopic: boolean }> = {
  '5kb': { bytes: 5_000, density: 0.3, onTopic: true },
  off5: { bytes: 5_000, density: 0.05, onTopic: false },
  off50: { bytes: 50_000, density: 0.3, onTopic: false },
  '2mb': { bytes: 2_000_000, density: 0.25, onTopic: true },
  '10mb': { bytes: 10_000_000, density: 0.25, onTopic: true },
};
const which = process.argv[2] ?? '5kb';
const whole = process.argv.includes('whole');
const spec = SIZES[which];
if (!spec) throw new Error(`unknown page ${which}`);
const dir = resolve('bench/.pages');
mkdirSync(dir, { recursive: true });
const terms = onTopicTerms(termsOf(compileFromDisk().full));
writeFileSync(
  resolve(dir, `profile-${which}.html`),
  generatePage({ seed: 5, bytes: spec.bytes, density: spec.density, terms: spec.onTopic ? terms : offTopicTerms(), title: which }),
);

function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const script = frame.url.replace(/^.*\//, '') || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log(`by script (self time):\n${top(byScript, 12)}\n\nby function (self time):\n${top(byFunction, 40)}`);
}

const server = await startStaticServer(dir);
const ext = await launchChromiumWithExtension();
try {
  const page = await ext.context.newPage();
  if (whole) await page.setViewportSize({ width: 1100, height: 4000 });
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const taskMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  if (!whole) await cdp.send('Profiler.start');
  const before = await taskMs();
  await page.goto(server.url(`/profile-${which}.html`), { timeout: 120_000 });
  await page.waitForTimeout(2000);
  let step = before;
  if (whole) {
    step = await taskMs();
    await cdp.send('Profiler.start');
    await readWholeWith(ext)(page);
    await page.waitForTimeout(2000);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const after = await taskMs();
  console.log(`TaskDuration: load ${(step - before).toFixed(1)} ms${whole ? `, whole read ${(after - step).toFixed(1)} ms` : ''}`);
  summarise(profile);
} finally {
  await ext.close();
  await server.close();
}
