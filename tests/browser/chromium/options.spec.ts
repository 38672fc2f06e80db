// The options page in real Chromium: a change reaches an open tab without reload, the site lists (pausing a
// site, an invalid line), the Arabic UI (options and popup right to left), axe-core in light, dark and Arabic,
// and the welcome page opened on install.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { AXE_SOURCE, axePageViolations } from '../../support/axe';
import { paintedTexts } from '../../support/page-probes';
import { expect, openExtensionPage, openPainted, test } from './fixtures';

const ARABIC = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/ar/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
/** A message of our Arabic locale. */
const ar = (key: string): string => ARABIC[key]?.message ?? key;
const PAUSED = 'Sites where the extension does nothing (one host name per line)';
const painted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

async function openOptions(options: Page, ext: Parameters<typeof openExtensionPage>[1]): Promise<void> {
  await openExtensionPage(options, ext, 'options.html');
  await options.getByRole('heading', { level: 2 }).first().waitFor();
}

/** The stored settings, read by the background. */
const storedSettings = (ext: Parameters<typeof openExtensionPage>[1]) =>
  ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);

async function axeClean(page: Page): Promise<string> {
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(axePageViolations)).join('\n');
}

test.describe('options page', () => {
  test.afterEach(async ({ chromiumExt }) => {
    await chromiumExt.saveSettings({}, { reset: true });
  });

  test('density "none" set on the options page clears an open tab at once; "first" paints it again', async ({
    page,
    server,
    chromiumExt,
  }) => {
    await openPainted(page, server, '/demo.html');
    const options = await chromiumExt.context.newPage();
    await openOptions(options, chromiumExt);
    await options.getByRole('radio', { name: 'None (hover still opens cards)' }).check();
    await expect(options.locator('.gtc-status[role="status"]')).toHaveText('Saved');
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await options.getByRole('radio', { name: /^The first mention/ }).check();
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
    await options.close();
  });

  test('pausing 127.0.0.1 in the paused list clears the open tab; removing it paints it again', async ({ page, server, chromiumExt }) => {
    await openPainted(page, server, '/demo.html');
    const options = await chromiumExt.context.newPage();
    await openOptions(options, chromiumExt);
    const sites = options.getByRole('textbox', { name: PAUSED });
    await sites.fill('127.0.0.1');
    await sites.blur();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    expect((await storedSettings(chromiumExt)).pausedSites).toEqual(['127.0.0.1']);
    await sites.fill('');
    await sites.blur();
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
    await options.close();
  });

  test('an invalid site line shows its message and changes nothing', async ({ page, server, chromiumExt }) => {
    const before = await openPainted(page, server, '/demo.html');
    const options = await chromiumExt.context.newPage();
    await openOptions(options, chromiumExt);
    const sites = options.getByRole('textbox', { name: PAUSED });
    await sites.fill('127.0.0.1\nnews example.org');
    await sites.blur();
    await expect(options.getByText('line 2: “news example.org” contains a space; write one site a line')).toBeVisible();
    await expect(sites).toHaveAttribute('aria-invalid', 'true');
    await expect(sites).toHaveValue('127.0.0.1\nnews example.org');
    // Time for a change to have reached the tab, had there been one.
    await page.waitForTimeout(500);
    expect((await storedSettings(chromiumExt)).pausedSites).toEqual([]);
    expect(await page.evaluate(paintedTexts)).toEqual(before);
    await expect(options.locator('.gtc-status[role="status"]')).toHaveText('');
    await options.close();
  });

  test('العربية: the options page and the popup are Arabic and right to left', async ({ page, chromiumExt }) => {
    await openOptions(page, chromiumExt);
    await page.getByRole('radio', { name: 'العربية' }).check();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('dir', 'rtl');
    await expect(html).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar('optionsTitle'));
    await expect(page.getByRole('heading', { level: 2 })).toContainText([
      ar('optionsGeneral'),
      ar('optionsSites'),
      ar('optionsAppearance'),
      ar('optionsLanguage'),
    ]);
    await expect(page.locator('.gtc-status[role="status"]')).toHaveText(ar('optionsSaved'));
    // Truly right to left: a checkbox stands to the right of its label.
    const toggle = page.getByRole('checkbox', { name: ar('optionsEnabled') });
    const box = await toggle.boundingBox();
    const label = await page.locator('label.gtc-toggle span').first().boundingBox();
    expect(box && label && box.x > label.x).toBe(true);

    const popup = await chromiumExt.context.newPage();
    await openExtensionPage(popup, chromiumExt, 'popup.html');
    await expect(popup.getByRole('combobox', { name: ar('popupSearchLabel') })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core finds no serious problem on the options page (${scheme})`, async ({ page, chromiumExt }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openOptions(page, chromiumExt);
      expect(await axeClean(page)).toBe('');
    });
  }

  test('axe-core finds no serious problem on the options page with the dark theme chosen, nor in Arabic', async ({ page, chromiumExt }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openOptions(page, chromiumExt);
    await page.getByRole('radio', { name: 'Dark', exact: true }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 29, 33)');
    expect(await axeClean(page)).toBe('');
    await page.getByRole('radio', { name: 'العربية' }).check();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await axeClean(page)).toBe('');
  });

  test('an invalid line and the reset question are axe-clean too', async ({ page, chromiumExt }) => {
    await openOptions(page, chromiumExt);
    const sites = page.getByRole('textbox', { name: PAUSED });
    await sites.fill('news example.org');
    await sites.blur();
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.getByRole('button', { name: 'Yes, reset' })).toBeVisible();
    expect(await axeClean(page)).toBe('');
  });
});

test.describe('welcome page', () => {
  test.afterEach(async ({ chromiumExt }) => {
    await chromiumExt.saveSettings({}, { reset: true });
  });

  test('opened on install; says how to use the extension and links to the options', async ({ page, chromiumExt }) => {
    expect(chromiumExt.welcomeOpened).toBe(true);
    await openExtensionPage(page, chromiumExt, 'welcome.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Gaza Talks Context');
    await expect(page.locator('kbd')).toHaveText(['Alt+Shift+L', 'Alt+Shift+G']);
    await page.getByRole('link', { name: 'Open the options' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gaza Talks Context options');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core finds no serious problem on the welcome page (${scheme})`, async ({ page, chromiumExt }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openExtensionPage(page, chromiumExt, 'welcome.html');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await axeClean(page)).toBe('');
    });
  }

  test('in Arabic it is right to left and axe-clean', async ({ page, chromiumExt }) => {
    await chromiumExt.saveSettings({ language: 'ar' });
    await openExtensionPage(page, chromiumExt, 'welcome.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar('welcomeTitle'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await axeClean(page)).toBe('');
  });
});
