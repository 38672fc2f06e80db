// The options page in real Firefox: the same behaviours as tests/browser/chromium/options.spec.ts — a change
// reaches an open tab without reload, pausing a site, an invalid line, the Arabic UI (options and popup right
// to left), axe-core in light, dark and Arabic, and the welcome page opened on install.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { AXE_SOURCE, axePageViolations } from '../../support/axe';
import { paintedTexts } from '../../support/page-probes';
import { type ExtensionApi, type FirefoxSuite, openPainted, storeSettings, useFirefox } from './fixtures';

const ARABIC = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/ar/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
/** A message of our Arabic locale. */
const ar = (key: string): string => ARABIC[key]?.message ?? key;

const PAUSED = 'textarea[name="pausedSites"]';
const aria = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;
const painted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();
const statusText = (page: Page) => page.$eval('.gtc-status[role="status"]', (s) => s.textContent ?? '');

async function openPage(suite: FirefoxSuite, path: string, ready: string): Promise<Page> {
  const page = await suite.firefox.newPage();
  await suite.firefox.openExtensionPage(page, path);
  await page.waitForSelector(ready);
  return page;
}
const openOptions = (suite: FirefoxSuite) => openPage(suite, 'options.html', 'main h2');

/** Replaces a field's text as a reader does, then leaves it, which commits it (a change event). */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.$eval(selector, (field) => (field as HTMLTextAreaElement).select());
  await page.keyboard.press('Backspace');
  if (text) await page.locator(selector).fill(text);
  await page.$eval(selector, (field) => (field as HTMLElement).blur());
}

const storedSettings = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    return (await api.storage.local.get('settings')).settings as Record<string, unknown>;
  });

async function axeClean(page: Page): Promise<string> {
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(axePageViolations)).join('\n');
}

describe('options page (Firefox)', () => {
  const suite = useFirefox();
  let extensionPage: Page;

  beforeAll(async () => {
    extensionPage = await openPage(suite, 'search.html', '#gtc-search');
  });
  afterEach(async () => {
    await storeSettings(extensionPage, {}, { reset: true });
  });
  afterAll(async () => {
    await extensionPage?.close();
  });

  test('density "none" set on the options page clears an open tab at once; "first" paints it again', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const options = await openOptions(suite);
    await options.locator(aria('radio', 'None (hover still opens cards)')).click();
    await expect.poll(() => statusText(options)).toBe('Saved');
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await options.locator('input[name="density"][value="first"]').click();
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
    await options.close();
    await page.close();
  });

  test('pausing 127.0.0.1 in the paused list clears the open tab; removing it paints it again', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const options = await openOptions(suite);
    await typeInto(options, PAUSED, '127.0.0.1');
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    expect((await storedSettings(extensionPage)).pausedSites).toEqual(['127.0.0.1']);
    await typeInto(options, PAUSED, '');
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
    await options.close();
    await page.close();
  });

  test('an invalid site line shows its message and changes nothing', async () => {
    const page = await suite.firefox.newPage();
    const before = await openPainted(page, suite.server, '/demo.html');
    const options = await openOptions(suite);
    await typeInto(options, PAUSED, '127.0.0.1\nnews example.org');
    await expect
      .poll(() => options.evaluate(() => document.querySelector('.gtc-error li')?.textContent))
      .toBe('line 2: “news example.org” contains a space; write one site a line');
    expect(await options.$eval(PAUSED, (t) => [(t as HTMLTextAreaElement).value, t.getAttribute('aria-invalid')])).toEqual([
      '127.0.0.1\nnews example.org',
      'true',
    ]);
    // Time for a change to have reached the tab, had there been one.
    await new Promise((done) => setTimeout(done, 500));
    expect((await storedSettings(extensionPage)).pausedSites).toEqual([]);
    expect(await page.evaluate(paintedTexts)).toEqual(before);
    expect(await statusText(options)).toBe('');
    await options.close();
    await page.close();
  });

  test('العربية: the options page and the popup are Arabic and right to left', async () => {
    const options = await openOptions(suite);
    await options.locator(aria('radio', 'العربية')).click();
    await expect.poll(() => options.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await options.$eval('h1', (h) => h.textContent)).toBe(ar('optionsTitle'));
    expect((await options.$$eval('main h2', (hs) => hs.map((h) => h.textContent))).slice(0, 4)).toEqual([
      ar('optionsGeneral'),
      ar('optionsSites'),
      ar('optionsAppearance'),
      ar('optionsLanguage'),
    ]);
    await expect.poll(() => statusText(options)).toBe(ar('optionsSaved'));
    // Truly right to left: a checkbox stands to the right of its label.
    const [box, label] = await options.$eval('label.gtc-toggle', (l) =>
      [l.querySelector('input'), l.querySelector('span')].map((e) => e?.getBoundingClientRect().x ?? 0),
    );
    expect(box).toBeGreaterThan(label ?? 0);

    const popup = await openPage(suite, 'popup.html', '#gtc-search');
    expect(await popup.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await popup.$eval('label[for="gtc-search"]', (l) => l.textContent)).toBe(ar('popupSearchLabel'));
    await popup.close();
    await options.close();
  });

  test('axe-core finds no serious problem on the options page: light, the dark theme, and Arabic', async () => {
    const options = await openOptions(suite);
    expect(await axeClean(options)).toBe('');
    await options.locator('input[name="theme"][value="dark"]').click();
    await expect.poll(() => options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 29, 33)');
    expect(await axeClean(options)).toBe('');
    await options.locator('input[name="language"][value="ar"]').click();
    await expect.poll(() => options.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeClean(options)).toBe('');
    await options.close();
  });

  test('the welcome page opened on install; it links to the options and is axe-clean, in Arabic too', async () => {
    expect(suite.firefox.welcomeOpened).toBe(true);
    const welcome = await openPage(suite, 'welcome.html', 'h1');
    expect(await welcome.$eval('h1', (h) => h.textContent)).toBe('Welcome to Gaza Talks Context');
    expect(await welcome.$$eval('kbd', (ks) => ks.map((k) => k.textContent))).toEqual(['Alt+Shift+L', 'Alt+Shift+G']);
    expect(await welcome.$eval(aria('link', 'Open the options'), (a) => (a as HTMLAnchorElement).href)).toBe(
      `${suite.firefox.origin}/options.html`,
    );
    expect(await axeClean(welcome)).toBe('');
    await welcome.close();
    await storeSettings(extensionPage, { language: 'ar' });
    const arabic = await openPage(suite, 'welcome.html', 'h1');
    expect(await arabic.$eval('h1', (h) => h.textContent)).toBe(ar('welcomeTitle'));
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeClean(arabic)).toBe('');
    await arabic.close();
  });
});

describe('options and welcome pages in a dark colour scheme (Firefox)', () => {
  const suite = useFirefox({ 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 });

  test('axe-core finds no serious problem (dark)', async () => {
    const options = await openOptions(suite);
    expect(await options.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 29, 33)');
    expect(await axeClean(options)).toBe('');
    await options.close();
    const welcome = await openPage(suite, 'welcome.html', 'h1');
    expect(await axeClean(welcome)).toBe('');
    await welcome.close();
  });
});
