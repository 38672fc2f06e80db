import { expect, openExtensionPage, openPainted, tabIdOf, test } from './fixtures';

test.describe('popup', () => {
  test('search finds an entry despite a typo and opens its card', async ({ page, chromiumExt }) => {
    await openExtensionPage(page, chromiumExt, 'popup.html');
    await page.getByRole('searchbox').fill('Witkof');
    const result = page.locator('button.gtc-result[data-entry-id="person-steve-witkoff"]');
    await expect(result).toBeVisible();
    await result.click();
    await expect(page.locator('article.gtc-card h2')).toHaveText('Steve Witkoff');
    await expect(page.locator('.gtc-source a').first()).toHaveAttribute('href', /^https:\/\//);
  });

  test('says plainly when nothing matches', async ({ page, chromiumExt }) => {
    await openExtensionPage(page, chromiumExt, 'popup.html');
    await page.getByRole('searchbox').fill('zzzzqqq');
    await expect(page.getByText('Nothing in the dataset matches “zzzzqqq”.')).toBeVisible();
  });

  test('lists what was found on the current page', async ({ page, server, chromiumExt }) => {
    const painted = await openPainted(page, server, '/demo.html');
    const tabId = await tabIdOf(chromiumExt, page);
    const popup = await chromiumExt.context.newPage();
    await openExtensionPage(popup, chromiumExt, `popup.html?tab=${tabId}`);
    const list = popup.getByRole('list', { name: 'On this page' });
    await expect(list.locator('button.gtc-result')).toHaveCount(Object.values(painted).flat().length);
    await expect(list.locator('button.gtc-result[data-entry-id="person-steve-witkoff"]')).toContainText('2 mentions');
    await popup.close();
  });
});
