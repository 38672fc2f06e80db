// The popup (opened as a tab: the real panel is browser UI) and the search page: search as a reader types,
// the results as a listbox, this page's findings grouped and revealed on the page, pausing the site, the
// badge, the search page from its URL, and axe-core.
import { AXE_SOURCE, axePageViolations } from '../../support/axe';
import { cardText, paintedTexts, scanFinished } from '../../support/page-probes';
import { expect, openExtensionPage, openPainted, tabIdOf, test } from './fixtures';

const SEARCH = 'Search people, places, events and figures';

test.describe('popup', () => {
  test('search finds an entry despite a typo; the arrow keys and Enter open its card', async ({ page, chromiumExt }) => {
    await openExtensionPage(page, chromiumExt, 'popup.html');
    const box = page.getByRole('combobox', { name: SEARCH });
    await box.fill('Witkof');
    const list = page.getByRole('listbox', { name: 'Search results' });
    const first = list.getByRole('option').first();
    await expect(first).toHaveAttribute('data-entry-id', 'person-steve-witkoff');
    // The kind, the name with the reader's word marked, and a one-line summary.
    await expect(first.locator('mark').first()).toHaveText('Witkoff');
    await expect(first.locator('.gtc-result-detail')).not.toBeEmpty();
    await box.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await box.press('Enter');
    await expect(page.locator('article.gtc-card h2')).toHaveText('Steve Witkoff');
    await expect(page.locator('.gtc-source a').first()).toHaveAttribute('href', /^https:\/\//);
    await page.keyboard.press('Escape');
    await expect(box).toBeVisible();
  });

  test('answers a reader question and says plainly when nothing matches', async ({ page, chromiumExt }) => {
    await openExtensionPage(page, chromiumExt, 'popup.html');
    const box = page.getByRole('combobox', { name: SEARCH });
    await box.fill('who negotiates for israel');
    await expect(page.getByRole('option').first()).toHaveAttribute('data-entry-id', 'person-ron-dermer');
    await box.fill('zzzzqqq');
    await expect(page.getByText('Nothing in the dataset matches “zzzzqqq”.')).toBeVisible();
    await box.fill('');
    // Starting points: the latest events and the key figures.
    await expect(page.getByRole('list', { name: 'Latest events' }).getByRole('button')).toHaveCount(5);
    await expect(page.getByRole('list', { name: 'Key figures, newest values' }).getByRole('button')).toHaveCount(5);
  });

  test("lists the page's findings by kind; choosing one scrolls to it and opens its card", async ({ page, server, chromiumExt }) => {
    const painted = await openPainted(page, server, '/wire-story.html');
    const tabId = await tabIdOf(chromiumExt, page);
    const popup = await chromiumExt.context.newPage();
    await openExtensionPage(popup, chromiumExt, `popup.html?tab=${tabId}`);
    const section = popup.getByRole('region', { name: 'On this page' });
    await expect(section.locator('button.gtc-result')).toHaveCount(Object.values(painted).flat().length);
    await expect(section.getByRole('heading', { name: /^Person \(\d+\)$/ })).toBeVisible();
    await section.locator('button.gtc-result[data-entry-id="fig-hostages-remaining-oct2025"]').click();
    await page.bringToFront();
    await expect.poll(() => page.evaluate(cardText)).toContain('hostages');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
  });

  test('pausing the site from the popup clears its paint; resuming paints it again', async ({ page, server, chromiumExt }) => {
    await openPainted(page, server, '/demo.html');
    const tabId = await tabIdOf(chromiumExt, page);
    const popup = await chromiumExt.context.newPage();
    await openExtensionPage(popup, chromiumExt, `popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Pause on 127.0.0.1' }).click();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await popup.getByRole('button', { name: 'Resume on 127.0.0.1' }).click();
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
    await popup.close();
  });

  test('an off-topic page says how many names it held back, and shows them here on request', async ({ page, server, chromiumExt }) => {
    await page.goto(server.url('/adjacent-hezbollah.html'));
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    expect(await page.evaluate(paintedTexts)).toEqual({});
    const tabId = await tabIdOf(chromiumExt, page);
    const popup = await chromiumExt.context.newPage();
    await openExtensionPage(popup, chromiumExt, `popup.html?tab=${tabId}`);
    await expect(popup.getByText(/names found on it are held back/)).toBeVisible();
    await popup.getByRole('button', { name: 'Show on this page anyway' }).click();
    await expect.poll(async () => Object.values(await page.evaluate(paintedTexts)).flat()).toContain('Hamas');
    await expect(popup.getByText(/Shown on this page at your request/)).toBeVisible();
    await popup.close();
  });

  test('the on/off switch in the popup applies to open tabs at once', async ({ page, server, chromiumExt }) => {
    await openPainted(page, server, '/demo.html');
    const popup = await chromiumExt.context.newPage();
    await openExtensionPage(popup, chromiumExt, 'popup.html');
    const on = popup.getByRole('checkbox', { name: 'On for all sites' });
    try {
      await on.uncheck();
      await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    } finally {
      await on.check();
    }
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
    await popup.close();
  });

  test('the badge can be turned off in options', async ({ page, server, chromiumExt }) => {
    await openPainted(page, server, '/demo.html');
    const tabId = await tabIdOf(chromiumExt, page);
    const badge = () => chromiumExt.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).not.toBe('');
    const options = await chromiumExt.context.newPage();
    await openExtensionPage(options, chromiumExt, 'options.html');
    const toggle = options.getByRole('checkbox', { name: 'Show the count of what the page mentions on the toolbar button' });
    await toggle.uncheck();
    await expect.poll(badge).toBe('');
    await toggle.check();
    await page.reload();
    await expect.poll(badge).not.toBe('');
    await options.close();
  });

  test('the search page answers the query in its address', async ({ page, chromiumExt }) => {
    await openExtensionPage(page, chromiumExt, 'search.html?q=witkof');
    await expect(page.getByRole('combobox', { name: SEARCH })).toHaveValue('witkof');
    await expect(page.getByRole('option').first()).toHaveAttribute('data-entry-id', 'person-steve-witkoff');
    await page.getByRole('combobox', { name: SEARCH }).fill('hamas');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('hamas');
  });

  for (const [name, path] of [
    ['popup', 'popup.html'],
    ['search page', 'search.html?q=hostages'],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe-core finds no serious problem in the ${name} (${scheme})`, async ({ page, chromiumExt }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openExtensionPage(page, chromiumExt, path);
        await page.getByRole('combobox', { name: SEARCH }).waitFor();
        await page.evaluate(AXE_SOURCE);
        expect((await page.evaluate(axePageViolations)).join('\n')).toBe('');
      });
    }
  }
});
