// The toolbar popup in real Firefox, opened as a tab (the real popup panel is browser UI).
import { describe, expect, test } from 'vitest';
import { openPainted, tabIdOf, useFirefox } from './fixtures';

describe('popup (Firefox)', () => {
  const suite = useFirefox();

  test('search finds an entry despite a typo and opens its card', async () => {
    const page = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(page, 'popup.html');
    await page.locator('::-p-aria([role="searchbox"])').fill('Witkof');
    const result = await page.waitForSelector('button.gtc-result[data-entry-id="person-steve-witkoff"]', { visible: true });
    await result?.click();
    await page.waitForSelector('article.gtc-card h2');
    expect(await page.$eval('article.gtc-card h2', (h) => h.textContent)).toBe('Steve Witkoff');
    expect(await page.$eval('.gtc-source a', (a) => (a as HTMLAnchorElement).href)).toMatch(/^https:\/\//);
    await page.close();
  });

  test('says plainly when nothing matches', async () => {
    const page = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(page, 'popup.html');
    await page.locator('::-p-aria([role="searchbox"])').fill('zzzzqqq');
    await expect.poll(() => page.evaluate(() => document.body.textContent)).toContain('Nothing in the dataset matches “zzzzqqq”.');
    await page.close();
  });

  test('lists what was found on the current page', async () => {
    const page = await suite.firefox.newPage();
    const painted = await openPainted(page, suite.server, '/demo.html');
    const popup = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(popup, 'popup.html');
    const tabId = await tabIdOf(popup, page);
    await suite.firefox.openExtensionPage(popup, `popup.html?tab=${tabId}`);
    const listed = () =>
      popup.$$eval('[aria-label="On this page"] button.gtc-result', (buttons) =>
        buttons.map((b) => `${b.getAttribute('data-entry-id')}: ${b.textContent}`),
      );
    await expect.poll(async () => (await listed()).length).toBe(Object.values(painted).flat().length);
    expect((await listed()).find((l) => l.startsWith('person-steve-witkoff:'))).toContain('2 mentions');
    await popup.close();
    await page.close();
  });
});
