// The content script in real Firefox: paint, the untouched DOM, the hover card, the on/off setting, the badge.
import { describe, expect, test } from 'vitest';
import { bodyMatchesSource, cardLinks, cardText, paintedRangeCentre, paintedTexts } from '../../support/page-probes';
import { type ExtensionApi, openPainted, tabIdOf, useFirefox } from './fixtures';

describe('content script on the demo page (Firefox)', () => {
  const suite = useFirefox();

  test('paints the first mention of each entry, a name split across <b> included', async () => {
    const page = await suite.firefox.newPage();
    const painted = await openPainted(page, suite.server, '/demo.html');
    expect(painted['gaza-talks-context-person']).toEqual(expect.arrayContaining(['Steve Witkoff', 'Khalil al-Hayya']));
    expect(painted['gaza-talks-context-organisation']).toContain('Hamas');
    expect(painted['gaza-talks-context-place']).toContain('Sharm el-Sheikh');
    expect(painted['gaza-talks-context-concept']).toContain('20-point plan');
    // First mentions only: no name is painted twice.
    const all = Object.values(painted).flat();
    expect(new Set(all).size).toBe(all.length);
    await page.close();
  });

  test('leaves the page DOM untouched', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    expect(await page.evaluate(bodyMatchesSource)).toBe(true);
    await page.close();
  });

  test('hovering a painted name shows its sourced card in a shadow root', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const centre = await page.evaluate(paintedRangeCentre, 'Steve Witkoff');
    if (!centre) throw new Error('no painted range for Steve Witkoff');
    await page.mouse.move(centre.x - 20, centre.y);
    await page.mouse.move(centre.x, centre.y);
    await expect.poll(() => page.evaluate(cardText)).toContain('Steve Witkoff');
    const text = (await page.evaluate(cardText)) ?? '';
    expect(text).toContain('Special Envoy');
    expect(text).toContain('Sources');
    expect(text).toContain('Caveats');
    expect(await page.evaluate(cardLinks)).toContain('https://www.israelnationalnews.com/news/399081');
    // The card lives in a shadow root: the page's own text is unchanged.
    expect(await page.evaluate(() => document.body.textContent)).not.toContain('Special Envoy');

    await page.mouse.move(5, 5);
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
    await page.close();
  });

  test('turning the extension off in options clears the paint on an open tab, and on repaints it', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const options = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(options, 'options.html');
    // Found by its accessible name, as a user finds it.
    const toggle = await options.waitForSelector('::-p-aria([name="Highlight and explain terms on web pages"][role="checkbox"])');
    if (!toggle) throw new Error('no on/off checkbox in options');
    expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    await toggle.click();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await toggle.click();
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
    await options.close();
    await page.close();
  });

  test('the badge counts the entries found on the tab', async () => {
    const page = await suite.firefox.newPage();
    const painted = await openPainted(page, suite.server, '/demo.html');
    const extensionPage = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(extensionPage, 'popup.html');
    const tabId = await tabIdOf(extensionPage, page);
    // Density "first": one painted range per entry found.
    const entries = Object.values(painted).flat().length;
    await expect
      .poll(() =>
        extensionPage.evaluate(
          // Firefox's MV2 build has `browserAction`, not `action`.
          (id) =>
            (globalThis as unknown as { browser: { browserAction: ExtensionApi['action'] } }).browser.browserAction.getBadgeText({
              tabId: id,
            }),
          tabId,
        ),
      )
      .toBe(String(entries));
    await extensionPage.close();
    await page.close();
  });
});
