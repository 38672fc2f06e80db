import { paintedTexts, scanFinished } from '../../support/page-probes';
import { expect, openExtensionPage, openPainted, tabIdOf, test } from './fixtures';

const allPainted = (painted: Record<string, string[]>) => Object.values(painted).flat();

// A 300-pixel window makes our ~94,000-pixel page over 300 screens tall.
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 300 });
});

test.describe('a page more than 200 screens tall', () => {
  test('is scanned round the screen first, and further down as the reader scrolls there', async ({ page, server }) => {
    const painted = allPainted(await openPainted(page, server, '/long-archive.html'));
    expect(painted).toEqual(expect.arrayContaining(['Steve Witkoff', 'Hamas']));
    // The last entry is a hundred screens down: not read yet.
    expect(painted).not.toContain('Kerem Shalom');
    await page.evaluate(() => document.getElementById('last-entry')?.scrollIntoView());
    await expect
      .poll(async () => allPainted(await page.evaluate(paintedTexts)))
      .toEqual(expect.arrayContaining(['Kerem Shalom', 'Sharm el-Sheikh']));
  });

  test('is read whole when the popup lists what it mentions', async ({ page, server, chromiumExt }) => {
    await page.goto(server.url('/long-archive.html'));
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    expect(allPainted(await page.evaluate(paintedTexts))).not.toContain('Kerem Shalom');
    const tabId = await tabIdOf(chromiumExt, page);
    const popup = await chromiumExt.context.newPage();
    await openExtensionPage(popup, chromiumExt, `popup.html?tab=${tabId}`);
    const list = popup.getByRole('region', { name: 'On this page' });
    await expect(list.locator('button.gtc-result[data-entry-id="place-kerem-shalom"]')).toBeVisible();
    await expect(list.locator('button.gtc-result[data-entry-id="person-steve-witkoff"]')).toBeVisible();
    await popup.close();
    // Read for the popup, the end of the page is counted, not located: it is painted when the reader gets there.
    expect(allPainted(await page.evaluate(paintedTexts))).not.toContain('Kerem Shalom');
    await page.evaluate(() => document.getElementById('last-entry')?.scrollIntoView());
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Kerem Shalom');
  });
});
