// A page more than 200 screens tall in real Firefox: read round the screen first, the rest on scroll or for the popup.
import { describe, expect, test } from 'vitest';
import { paintedTexts, scanFinished } from '../../support/page-probes';
import { openPainted, tabIdOf, useFirefox } from './fixtures';

const allPainted = (painted: Record<string, string[]>) => Object.values(painted).flat();
/** A 300-pixel window makes our ~94,000-pixel page over 300 screens tall. */
const SHORT_WINDOW = { width: 1000, height: 300 };

describe('a page more than 200 screens tall (Firefox)', () => {
  const suite = useFirefox();

  test('is scanned round the screen first, and further down as the reader scrolls there', async () => {
    const page = await suite.firefox.newPage();
    await page.setViewport(SHORT_WINDOW);
    const painted = allPainted(await openPainted(page, suite.server, '/long-archive.html'));
    expect(painted).toEqual(expect.arrayContaining(['Steve Witkoff', 'Hamas']));
    // The last entry is a hundred screens down: not read yet.
    expect(painted).not.toContain('Kerem Shalom');
    await page.evaluate(() => document.getElementById('last-entry')?.scrollIntoView());
    await expect
      .poll(async () => allPainted(await page.evaluate(paintedTexts)))
      .toEqual(expect.arrayContaining(['Kerem Shalom', 'Sharm el-Sheikh']));
    await page.close();
  });

  test('is read whole when the popup lists what it mentions', async () => {
    const page = await suite.firefox.newPage();
    await page.setViewport(SHORT_WINDOW);
    await page.goto(suite.server.url('/long-archive.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    expect(allPainted(await page.evaluate(paintedTexts))).not.toContain('Kerem Shalom');
    const popup = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(popup, 'popup.html');
    const tabId = await tabIdOf(popup, page);
    await suite.firefox.openExtensionPage(popup, `popup.html?tab=${tabId}`);
    const listed = () =>
      popup.$$eval('[aria-label="On this page"] button.gtc-result', (buttons) => buttons.map((b) => b.getAttribute('data-entry-id')));
    await expect.poll(listed).toEqual(expect.arrayContaining(['person-steve-witkoff', 'place-kerem-shalom']));
    await popup.close();
    // Read for the popup, the end of the page is counted, not located: it is painted when the reader gets there.
    expect(allPainted(await page.evaluate(paintedTexts))).not.toContain('Kerem Shalom');
    await page.evaluate(() => document.getElementById('last-entry')?.scrollIntoView());
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Kerem Shalom');
    await page.close();
  });
});
