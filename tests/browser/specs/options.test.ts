// The options page (live changes, the site lists, Arabic right to left, axe-core) and the welcome page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { AXE_SOURCE, axePageViolations } from '../../support/axe';
import { paintedTexts } from '../../support/page-probes';
import { aria, isChecked, leave, pause, textOf, typeInto, waitShown } from '../driver/page-actions';
import { type BrowserSuite, openPainted, useBrowser } from '../driver/use-browser';

const ARABIC = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/ar/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
/** A message of our Arabic locale. */
const ar = (key: string): string => ARABIC[key]?.message ?? key;

const PAUSED = aria('textbox', 'Sites where the extension does nothing (one host name per line)');
const STATUS = '.gtc-status[role="status"]';
const DARK_PAGE_BG = 'rgb(27, 29, 33)';
const painted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();
const htmlAttributes = (page: Page) =>
  page.evaluate(() => ({
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme ?? null,
  }));
const isDark = (page: Page) => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Opens an extension page in a new tab and waits for `ready` to be shown. */
async function openPage(suite: BrowserSuite, path: string, ready: string): Promise<Page> {
  const page = await suite.driver.newPage();
  await suite.driver.openExtensionPage(page, path);
  await waitShown(page, ready);
  return page;
}
const openOptions = (suite: BrowserSuite) => openPage(suite, 'options.html', 'main h2');
const openWelcome = (suite: BrowserSuite) => openPage(suite, 'welcome.html', 'h1');

/** Checks a radio button as a reader does, and that it is checked. */
async function choose(page: Page, name: string): Promise<void> {
  const radio = aria('radio', name);
  await page.locator(radio).click();
  await expect.poll(() => isChecked(page, radio)).toBe(true);
}

/** The stored settings, read by the extension. */
const storedSettings = (suite: BrowserSuite) =>
  suite.driver.extensionCall(async (api) => (await api.storage.local.get('settings')).settings as Record<string, unknown>, null);

async function axeClean(page: Page): Promise<string> {
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(axePageViolations)).join('\n');
}

describe('options page', () => {
  const suite = useBrowser({ colorScheme: 'light' });

  test('density "none" set on the options page clears an open tab at once; "first" paints it again', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const options = await openOptions(suite);
    await choose(options, 'None (hover still opens cards)');
    await expect.poll(() => textOf(options, STATUS)).toBe('Saved');
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await choose(options, 'The first mention of each name or figure (every mention still opens its card on hover)');
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
  });

  test('pausing 127.0.0.1 in the paused list clears the open tab; removing it paints it again', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const options = await openOptions(suite);
    await typeInto(options, PAUSED, '127.0.0.1');
    await leave(options, PAUSED);
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    expect((await storedSettings(suite)).pausedSites).toEqual(['127.0.0.1']);
    await typeInto(options, PAUSED, '');
    await leave(options, PAUSED);
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
  });

  test('an invalid site line shows its message and changes nothing', async () => {
    const page = await suite.driver.newPage();
    const before = await openPainted(page, suite.server, '/demo.html');
    const options = await openOptions(suite);
    await typeInto(options, PAUSED, '127.0.0.1\nnews example.org');
    await leave(options, PAUSED);
    const message = 'line 2: “news example.org” contains a space; write one site a line';
    await expect.poll(() => textOf(options, '.gtc-error li')).toBe(message);
    await waitShown(options, '.gtc-error li');
    expect(await options.$eval(PAUSED, (t) => [(t as HTMLTextAreaElement).value, t.getAttribute('aria-invalid')])).toEqual([
      '127.0.0.1\nnews example.org',
      'true',
    ]);
    // Time for a change to have reached the tab, had there been one.
    await pause(500);
    expect((await storedSettings(suite)).pausedSites).toEqual([]);
    expect(await page.evaluate(paintedTexts)).toEqual(before);
    expect(await textOf(options, STATUS)).toBe('');
  });

  test('العربية: the options page and the popup are Arabic and right to left', async () => {
    const options = await openOptions(suite);
    await choose(options, 'العربية');
    await expect.poll(() => htmlAttributes(options)).toMatchObject({ dir: 'rtl', lang: 'ar' });
    expect(await textOf(options, 'h1')).toBe(ar('optionsTitle'));
    expect((await options.$$eval('main h2', (hs) => hs.map((h) => h.textContent))).slice(0, 4)).toEqual([
      ar('optionsGeneral'),
      ar('optionsSites'),
      ar('optionsAppearance'),
      ar('optionsLanguage'),
    ]);
    await expect.poll(() => textOf(options, STATUS)).toBe(ar('optionsSaved'));
    // Truly right to left: a checkbox stands to the right of its label.
    const [box, label] = await options.$eval(aria('checkbox', ar('optionsEnabled')), (input) =>
      [input, input.closest('label')?.querySelector('span')].map((e) => e?.getBoundingClientRect().x ?? Number.NaN),
    );
    expect(box).toBeGreaterThan(label ?? Number.NaN);

    const popup = await openPage(suite, 'popup.html', aria('combobox', ar('popupSearchLabel')));
    expect(await htmlAttributes(popup)).toMatchObject({ dir: 'rtl', lang: 'ar' });
    expect(await textOf(popup, 'label[for="gtc-search"]')).toBe(ar('popupSearchLabel'));
  });

  test('axe-core finds no serious problem on the options page (light)', async () => {
    const options = await openOptions(suite);
    expect(await isDark(options)).toBe(false);
    expect(await axeClean(options)).toBe('');
  });

  test('axe-core finds no serious problem on the options page with the dark theme chosen, nor in Arabic', async () => {
    const options = await openOptions(suite);
    await choose(options, 'Dark');
    await expect.poll(() => htmlAttributes(options)).toMatchObject({ theme: 'dark' });
    await expect.poll(() => bodyBackground(options)).toBe(DARK_PAGE_BG);
    expect(await axeClean(options)).toBe('');
    await choose(options, 'العربية');
    await expect.poll(() => htmlAttributes(options)).toMatchObject({ dir: 'rtl' });
    expect(await axeClean(options)).toBe('');
  });

  test('an invalid line and the reset question are axe-clean too', async () => {
    const options = await openOptions(suite);
    await typeInto(options, PAUSED, 'news example.org');
    await leave(options, PAUSED);
    await options.locator(aria('button', 'Reset to defaults')).click();
    await waitShown(options, aria('button', 'Yes, reset'));
    expect(await axeClean(options)).toBe('');
  });

  describe('welcome page', () => {
    test('opened on install; says how to use the extension and links to the options', async () => {
      expect(suite.driver.welcomeOpened).toBe(true);
      const welcome = await openWelcome(suite);
      expect(await textOf(welcome, 'h1')).toBe('Welcome to Gaza Talks Context');
      expect(await welcome.$$eval('kbd', (ks) => ks.map((k) => k.textContent))).toEqual(['Alt+Shift+L', 'Alt+Shift+G']);
      const link = aria('link', 'Open the options');
      expect(await welcome.$eval(link, (a) => (a as HTMLAnchorElement).href)).toBe(`${suite.driver.origin}/options.html`);
      await welcome.locator(link).click();
      await expect.poll(() => textOf(welcome, 'h1')).toBe('Gaza Talks Context options');
    });

    test('axe-core finds no serious problem on the welcome page (light)', async () => {
      const welcome = await openWelcome(suite);
      expect(await isDark(welcome)).toBe(false);
      expect(await axeClean(welcome)).toBe('');
    });

    test('in Arabic it is right to left and axe-clean', async () => {
      await suite.driver.saveSettings({ language: 'ar' });
      const welcome = await openWelcome(suite);
      expect(await textOf(welcome, 'h1')).toBe(ar('welcomeTitle'));
      expect(await htmlAttributes(welcome)).toMatchObject({ dir: 'rtl' });
      expect(await axeClean(welcome)).toBe('');
    });
  });
});

describe('options and welcome pages in a dark colour scheme', () => {
  const suite = useBrowser({ colorScheme: 'dark' });

  test('axe-core finds no serious problem on the options page (dark)', async () => {
    const options = await openOptions(suite);
    expect(await isDark(options)).toBe(true);
    expect(await bodyBackground(options)).toBe(DARK_PAGE_BG);
    expect(await axeClean(options)).toBe('');
  });

  test('axe-core finds no serious problem on the welcome page (dark)', async () => {
    const welcome = await openWelcome(suite);
    expect(await isDark(welcome)).toBe(true);
    expect(await axeClean(welcome)).toBe('');
  });
});
