// The content script on the demo page: paint, the untouched DOM, the hover card, the on/off setting, the badge.
import { describe, expect, test } from 'vitest';
import { bodyMatchesSource, cardLinks, cardText, paintedRangeCentre, paintedTexts } from '../../support/page-probes';
import { openPainted, useBrowser } from '../driver/use-browser';

describe('content script on the demo page', () => {
  const suite = useBrowser();

  test('paints the first mention of each entry, a name split across <b> included', async () => {
    const page = await suite.driver.newPage();
    const painted = await openPainted(page, suite.server, '/demo.html');
    expect(painted['gaza-talks-context-person']).toEqual(['Steve Witkoff', 'Khalil al-Hayya']);
    expect(painted['gaza-talks-context-organisation']).toEqual(['Hamas', "Gaza's health ministry"]);
    expect(painted['gaza-talks-context-place']).toEqual(['Sharm el-Sheikh', 'Gaza']);
    expect(painted['gaza-talks-context-concept']).toEqual([
      '20-point plan',
      'prisoner exchange',
      'withdrawal',
      'technocratic administration',
      'second phase',
    ]);
    expect(painted['gaza-talks-context-figure']).toEqual(['more than 70,000']);
    // First mentions only: no name is painted twice.
    const all = Object.values(painted).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  test('leaves the page DOM untouched', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    expect(await page.evaluate(bodyMatchesSource)).toBe(true);
  });

  test('hovering a painted name shows its sourced card in a shadow root', async () => {
    const page = await suite.driver.newPage();
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
  });

  test('turning the extension off in options clears the paint on an open tab, and on repaints it', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const options = await suite.driver.newPage();
    await suite.driver.openExtensionPage(options, 'options.html');
    // Found by its accessible name, as a user finds it.
    const toggle = await options.waitForSelector('::-p-aria([name="Highlight and explain terms on web pages"][role="checkbox"])');
    if (!toggle) throw new Error('no on/off checkbox in options');
    expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    await toggle.click();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await toggle.click();
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
  });

  test('the badge counts the entries found on the tab', async () => {
    const page = await suite.driver.newPage();
    const painted = await openPainted(page, suite.server, '/demo.html');
    const tabId = await suite.driver.tabIdOf(page);
    // Density "first": one painted range per entry found.
    const entries = String(Object.values(painted).flat().length);
    await expect.poll(() => suite.driver.badgeText(tabId)).toBe(entries);
  });
});
