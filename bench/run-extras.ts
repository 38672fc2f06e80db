// The rest of the budgets: hover → card, popup search per keystroke, content-script sizes.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LoadedChromium } from '../tests/support/chromium-extension';
import { cardText, paintedRangeCentre, paintedTexts } from '../tests/support/page-probes';

/** Pointer rests on the first painted name → card visible, minus the configured delay. */
export async function hoverToCardMs(ext: LoadedChromium, url: string, delayMs: number): Promise<number> {
  const page = await ext.context.newPage();
  try {
    await page.goto(url);
    let centre: { x: number; y: number } | null = null;
    for (let i = 0; i < 100 && !centre; i++) {
      const text = Object.values(await page.evaluate(paintedTexts)).flat()[0];
      centre = text ? await page.evaluate(paintedRangeCentre, text) : null;
      if (!centre) await page.waitForTimeout(100);
    }
    if (!centre) throw new Error('nothing was painted');
    // Start from the page's left margin on the same line: 40 px left of the centre was still inside a long
    // name, so its card had opened before the measure began.
    await page.mouse.move(2, centre.y);
    await page.waitForTimeout(400);
    // Time in the page: from the pointer's arrival to the first frame that shows the card.
    const watch = page.evaluate(
      () =>
        new Promise<number>((done) => {
          let start = 0;
          document.addEventListener('pointermove', () => (start ||= performance.now()), { capture: true });
          const tick = () => {
            const host = document.querySelector('gaza-talks-context-ui');
            const card = host?.shadowRoot?.querySelector('.gtc-card:not([aria-busy="true"])');
            // Shown to the reader: not a card drawn ahead while the pointer rests (data-unseen), and placed.
            const panel = host?.shadowRoot?.querySelector('.gtc-panel');
            const seen =
              panel instanceof HTMLElement &&
              !panel.hidden &&
              !panel.hasAttribute('data-unseen') &&
              getComputedStyle(panel).visibility === 'visible';
            if (start && card && seen) done(performance.now() - start);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    await page.waitForTimeout(50);
    await page.mouse.move(centre.x, centre.y);
    const total = await watch;
    if (!(await page.evaluate(cardText))) throw new Error('no card');
    return total - delayMs;
  } finally {
    await page.close();
  }
}

/**
 * A reader's first keystroke comes a moment after the popup shows; the popup warms its search code up in
 * that moment (src/popup/warm-up.tsx, ~0.3 s of work in slices). Typing sooner stops the warm-up and meets
 * colder code. The popup's opening is not part of this measure.
 */
const READER_PAUSE_MS = 500;

/** Types a query one key at a time into the popup and times each keystroke until its results are in the DOM. */
export async function popupSearchMs(ext: LoadedChromium, query: string): Promise<number[]> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.waitForSelector('#gtc-search');
    await page.waitForTimeout(READER_PAUSE_MS);
    return await page.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('#gtc-search');
      if (!input) throw new Error('no search box');
      const times: number[] = [];
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        input.value = q.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Preact renders in a microtask queued by the input handler: awaiting behind it ends the measure once
        // the results are in the DOM. (Waiting for the next task instead also took in, now and then, the
        // browser drawing a frame, whatever the search cost.)
        for (let m = 0; m < 3; m++) await Promise.resolve();
        times.push(performance.now() - t0);
      }
      // The last query's results really are on the page, so the measure did wait for the render.
      if (!document.querySelector('.gtc-result')) throw new Error('no results rendered');
      return times;
    }, query);
  } finally {
    await page.close();
  }
}

export interface BundleSize {
  /** The first stage, content-scripts/content.js (what every page loads). */
  rawKb: number;
  gzipKb: number;
  /** Whether any content-script file holds the dataset's full texts (they belong in dataset/entries.json). */
  hasFullTexts: boolean;
  summaryProbe: string;
  /** Every .js in content-scripts/ (the first stage, and the engine it imports on pages about the talks). */
  files: { file: string; rawKb: number; gzipKb: number }[];
  totalRawKb: number;
  totalGzipKb: number;
}

export function bundleSize(outputDir: string): BundleSize {
  const dir = resolve(outputDir, 'content-scripts');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => (a === 'content.js' ? -1 : b === 'content.js' ? 1 : a < b ? -1 : 1));
  const bodies = names.map((file) => ({ file, body: readFileSync(resolve(dir, file)) }));
  const entries = JSON.parse(readFileSync(resolve(outputDir, 'dataset/entries.json'), 'utf8')) as { entries: { summary: string }[] };
  const probe = entries.entries[0]?.summary.slice(0, 60) ?? '';
  const files = bodies.map(({ file, body }) => ({ file, rawKb: body.length / 1024, gzipKb: gzipSync(body).length / 1024 }));
  const first = files.find((f) => f.file === 'content.js');
  return {
    rawKb: first?.rawKb ?? Number.NaN,
    gzipKb: first?.gzipKb ?? Number.NaN,
    hasFullTexts: probe !== '' && bodies.some(({ body }) => body.includes(probe)),
    summaryProbe: probe,
    files,
    totalRawKb: files.reduce((sum, f) => sum + f.rawKb, 0),
    totalGzipKb: files.reduce((sum, f) => sum + f.gzipKb, 0),
  };
}
