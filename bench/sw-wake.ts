// How long a change on a page about the talks waits to be painted when the browser has stopped the background
// (Chromium stops an idle extension service worker after ~30 s; the page's passes are matched there). For each
// build: the 5 KB article is loaded and painted, then a paragraph naming the talks is appended, once with the
// background awake and once after closing its worker (CDP `Target.closeTarget`); the time from the append to
// the first frame that paints more ranges is read in the page.
//
//   npx wxt build && cp -r .output/chrome-mv3 /tmp/before    (then change, build again into /tmp/after)
//   npx jiti bench/sw-wake.ts /tmp/before,/tmp/after [loads]
//
// Not part of `npm run bench`: no budget names it.
import type { Page } from 'playwright-core';
import { compileFromDisk } from '../src/dataset/build/wxt-dataset-module';
import { launchChromiumWithExtension } from '../tests/support/chromium-extension';
import { startStaticServer } from '../tests/support/static-server';
import { PAGES_DIR, writeBenchPages } from './bench-pages';
import { round, summarise } from './stats';

const [dirList, loadsArg = '5'] = process.argv.slice(2);
if (!dirList) throw new Error('usage: sw-wake.ts <build dir>[,<build dir>...] [loads]');
const loads = Number(loadsArg);
const PARAGRAPH = 'Mediators in Doha and Cairo said Hamas and Israel were weighing the hostage release terms.';

/** Appends PARAGRAPH and resolves with the milliseconds until a frame paints more of our ranges than before. */
function appendAndWait(text: string): Promise<number> {
  const count = () => {
    let n = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('gaza-talks-context-')) n += highlight.size;
    });
    return n;
  };
  const before = count();
  return new Promise((done, fail) => {
    const start = performance.now();
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
    const tick = () => {
      const elapsed = performance.now() - start;
      if (count() > before) done(elapsed);
      else if (elapsed > 10_000) fail(new Error('the appended paragraph was not painted in 10 s'));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function paintedRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('gaza-talks-context-')) n += highlight.size;
    });
    return n;
  });
}

async function stopWorkers(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  for (const worker of workers) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  return workers.length;
}

writeBenchPages(compileFromDisk().full);
const server = await startStaticServer(PAGES_DIR);
try {
  for (const dir of dirList.split(',')) {
    const ext = await launchChromiumWithExtension(dir);
    const awake: number[] = [];
    const stopped: number[] = [];
    try {
      // One round more than counted: the first warms the browser's caches.
      for (let i = 0; i <= loads; i++) {
        const page = await ext.context.newPage();
        await page.goto(server.url('/5kb.html'));
        await page.waitForFunction(() => document.readyState === 'complete');
        for (let t = 0; t < 50 && (await paintedRanges(page)) === 0; t++) await page.waitForTimeout(100);
        await page.waitForTimeout(500);
        const a = await page.evaluate(appendAndWait, PARAGRAPH);
        if ((await stopWorkers(page)) === 0) throw new Error('no service worker to stop');
        await page.waitForTimeout(1000);
        const s = await page.evaluate(appendAndWait, `${PARAGRAPH} A second paragraph: Witkoff and Qatar.`);
        await page.close();
        if (i === 0) continue;
        awake.push(a);
        stopped.push(s);
      }
    } finally {
      await ext.close();
    }
    const w = summarise(awake);
    const s = summarise(stopped);
    console.log(
      `${dir}: append → paint, background awake ${round(w.median)} ms (${round(w.min)}–${round(w.max)}); stopped ${round(s.median)} ms (${round(s.min)}–${round(s.max)}), ${loads} loads`,
    );
  }
} finally {
  await server.close();
}
