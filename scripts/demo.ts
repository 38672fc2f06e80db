// npm run demo: build, open our demo page in headless Chromium with the extension, hover its figure (the
// card sets the page's number beside the reported ones and draws their series), save a screenshot and
// print what was found.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompiledDataset } from '../src/dataset/schema';
import type { FindingsResponse } from '../src/messaging/messages';
import { CHROME_EXTENSION_DIR, chromiumPath, launchChromiumWithExtension } from '../tests/support/chromium-extension';
import { cardText, paintedRangeCentre, paintedTexts } from '../tests/support/page-probes';
import { startStaticServer } from '../tests/support/static-server';
import { printTable } from './print-table';

const OUT_DIR = resolve('demo-output');
const SCREENSHOT = resolve(OUT_DIR, 'screenshot.png');

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function main(): Promise<void> {
  chromiumPath(); // fails early, with install instructions, before spending time on a build
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed (see above)');
  const dataset = JSON.parse(readFileSync(resolve(CHROME_EXTENSION_DIR, 'dataset/entries.json'), 'utf8')) as CompiledDataset;

  const server = await startStaticServer();
  const browser = await launchChromiumWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo.html'));
    await waitFor('the scan', async () => {
      const painted = await page.evaluate(paintedTexts);
      return Object.keys(painted).length > 0 ? painted : null;
    });
    await page.bringToFront();
    const findings = await browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return (await chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'get-findings' }, { frameId: 0 })) as FindingsResponse;
    });
    const first = findings.findings.find((f) => f.kind === 'figure') ?? findings.findings[0];
    if (!first) throw new Error('the extension found nothing on the demo page');
    await page.setViewportSize({ width: 1100, height: 900 });
    // The figure near the top of the window, so the card opens below it with room to show its chart.
    await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent?.includes(text)) return node.parentElement?.scrollIntoView({ block: 'start' });
    }, first.text.split('\n')[0] ?? first.text);
    const centre = await page.evaluate(paintedRangeCentre, first.text);
    if (!centre) throw new Error(`no painted range for "${first.text}"`);
    await page.mouse.move(centre.x - 30, centre.y);
    await page.mouse.move(centre.x, centre.y);
    await waitFor('the card', () => page.evaluate(cardText));
    mkdirSync(OUT_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    const rows = findings.findings.map((f) => {
      const entry = dataset.entries.find((e) => e.id === f.id);
      const source = entry?.sources[0] ? dataset.sources[entry.sources[0].source] : undefined;
      return [f.text, `${f.name} (${f.kind})`, String(f.count), source ? `${source.publisher}, ${source.date}` : '-'];
    });
    console.log(`\nFound on ${findings.url} (dataset ${findings.version}):\n`);
    printTable(['matched text', 'entry', 'mentions', 'first source'], rows);
    console.log(`\nHovered "${first.text}"; screenshot with the card: ${SCREENSHOT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
