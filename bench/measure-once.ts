// One measurement of one generated page in headless Chromium with the built extension:
// `jiti bench/measure-once.ts [2mb|10mb|offtopic|5kb]`. The full benchmark is `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileFromDisk } from '../src/dataset/build/wxt-dataset-module';
import { launchChromiumWithExtension } from '../tests/support/chromium-extension';
import { startStaticServer } from '../tests/support/static-server';
import { generatePage, offTopicTerms, onTopicTerms, termsOf } from './generate-pages';
import { type PageScanResult, readScanResults, recordLongTasks } from './in-page';

const SIZES = { '5kb': 5_000, '2mb': 2_000_000, '10mb': 10_000_000, offtopic: 2_000_000 } as const;
const which = (process.argv[2] ?? '2mb') as keyof typeof SIZES;
const dir = resolve('bench/.pages');
mkdirSync(dir, { recursive: true });
const terms = termsOf(compileFromDisk().full);
const html = generatePage({
  seed: 42,
  bytes: SIZES[which],
  density: which === 'offtopic' ? 0.05 : 0.25,
  terms: which === 'offtopic' ? offTopicTerms() : onTopicTerms(terms),
  title: which,
});
writeFileSync(resolve(dir, `${which}.html`), html);

const server = await startStaticServer(dir);
const browser = await launchChromiumWithExtension();
try {
  const page = await browser.context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(server.url(`/${which}.html`), { timeout: 120_000 });
  let result: PageScanResult | undefined;
  for (let i = 0; i < 600; i++) {
    result = await page.evaluate(readScanResults);
    if (result.reports.some((r) => r.kind === 'full')) break;
    await page.waitForTimeout(100);
  }
  console.log(JSON.stringify({ page: which, bytes: html.length, ...result }, null, 1));
} finally {
  await browser.close();
  await server.close();
}
