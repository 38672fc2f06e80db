// Nothing leaves the browser: every request of a whole scenario (scan, hover, card, popup search, search page,
// options, settings and dataset import and export, welcome page) goes through a recording proxy, from the
// extension's pages, its background and its content scripts alike. Only our own probe may reach it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startRecordingProxy } from '../../support/recording-proxy';
import { openCard } from '../driver/hostile-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const proxy = await startRecordingProxy();
const PROBE = 'http://gtc-privacy-probe.invalid/';
// Requests the browsers make for themselves, with no extension loaded at all (checked with a bare browser and
// this proxy): Chromium's account check, Firefox's remote-settings sync; and, now and then (one run in three
// on 2026-12-03), Chromium's component download redirector, which its --disable-component-update does not
// always silence. They come from the browser process, not from a page or an extension (nothing of ours names
// a host); anything else that reaches the proxy fails the test.
const BROWSER_OWN = [
  'CONNECT accounts.google.com:443',
  'CONNECT redirector.gvt1.com:443',
  'CONNECT firefox.settings.services.mozilla.com:443',
];
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');
const button = (name: string) => `::-p-aria([name="${name}"][role="button"])`;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('privacy: no request leaves the browser', () => {
  const suite = useBrowser({ proxy: proxy.address });
  afterAll(() => proxy.close());

  test('the proxy sees a page’s own outside request (so it would see ours)', async () => {
    const page = await suite.driver.newPage();
    await page.goto(suite.server.url('/wire-story.html'), { waitUntil: 'load' });
    await page.evaluate((url) => fetch(url).catch(() => undefined), PROBE);
    await expect.poll(() => proxy.seen.some((line) => line.includes('gtc-privacy-probe.invalid'))).toBe(true);
  });

  test('a whole scenario sends nothing out', async () => {
    const before = proxy.seen.length;
    const { driver, server } = suite;

    // Scan and hover: the engine and the card load, entries and strings are asked of the background.
    const article = await driver.newPage();
    await openPainted(article, server, '/demo.html');
    await openCard(article, 'Steve Witkoff');
    const offTopic = await driver.newPage();
    await offTopic.goto(server.url('/sports-results.html'), { waitUntil: 'load' });

    // The popup (in a tab) lists the article's findings and searches the dataset.
    await article.bringToFront();
    const popup = await driver.newPage();
    await driver.openExtensionPage(popup, 'popup.html');
    const search = await popup.waitForSelector('input[type="search"]');
    await search?.type('witkof hostages');
    await expect.poll(() => popup.evaluate(() => document.body.textContent ?? '')).toContain('Steve Witkoff');

    // The search page, as the context menu opens it.
    const searchPage = await driver.newPage();
    await driver.openExtensionPage(searchPage, 'search.html?q=Sharm%20el-Sheikh');
    await expect.poll(() => searchPage.evaluate(() => document.body.textContent ?? '')).toContain('Sharm el-Sheikh');

    // Options: a setting, settings export and import, dataset import, export and revert.
    const options = await driver.newPage();
    await driver.openExtensionPage(options, 'options.html');
    await options.locator('input[name="density"][value="every"]').click();
    await options.locator(button('Export settings to a file')).click();
    const dir = mkdtempSync(join(tmpdir(), 'gtc-privacy-'));
    const settingsFile = join(dir, 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ density: 'first', hoverDelayMs: 300 }));
    const settingsInput = await options.waitForSelector('input[name="importSettings"]');
    await settingsInput?.uploadFile(settingsFile);
    const datasetInput = await options.waitForSelector('input[name="datasetFile"]');
    await datasetInput?.uploadFile(resolve(FIXTURES, 'extend-dataset.json'));
    await options.locator(button('Apply')).click();
    await expect.poll(() => options.evaluate(() => document.body.textContent ?? '')).toContain('Imported');
    await options.locator(button('Export the dataset in use')).click();
    await options.locator(button('Revert to the bundled dataset')).click();
    await expect.poll(() => options.evaluate(() => document.body.textContent ?? '')).toContain('Back to the bundled dataset.');

    // The welcome page, and a moment for anything late (timers, the background's broadcasts).
    const welcome = await driver.newPage();
    await driver.openExtensionPage(welcome, 'welcome.html');
    await pause(2000);

    expect(proxy.seen.slice(before).filter((line) => !BROWSER_OWN.includes(line))).toEqual([]);
  });
});
