import { bodyMatchesSource, cardLinks, cardText, paintedRangeCentre, paintedTexts } from '../../support/page-probes';
import { expect, openExtensionPage, openPainted, tabIdOf, test } from './fixtures';

test.describe('content script on the demo page', () => {
  test('paints the first mention of each entry, a name split across <b> included', async ({ page, server }) => {
    const painted = await openPainted(page, server, '/demo.html');
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
  });

  test('leaves the page DOM untouched', async ({ page, server }) => {
    await openPainted(page, server, '/demo.html');
    expect(await page.evaluate(bodyMatchesSource)).toBe(true);
  });

  test('hovering a painted name shows its sourced card in a shadow root', async ({ page, server }) => {
    await openPainted(page, server, '/demo.html');
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
    // The card is in a shadow root: the page's own DOM gains no text.
    expect(await page.locator('body').textContent()).not.toContain('Special Envoy');

    await page.mouse.move(5, 5);
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
  });

  test('the badge counts the entries found on the tab', async ({ page, server, chromiumExt }) => {
    const painted = await openPainted(page, server, '/demo.html');
    const tabId = await tabIdOf(chromiumExt, page);
    // Density "first": one painted range per entry found.
    const entries = String(Object.values(painted).flat().length);
    await expect.poll(() => chromiumExt.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(entries);
  });

  test('turning the extension off in options clears the paint on an open tab, and on repaints it', async ({
    page,
    server,
    chromiumExt,
  }) => {
    await openPainted(page, server, '/demo.html');
    const options = await chromiumExt.context.newPage();
    await openExtensionPage(options, chromiumExt, 'options.html');
    const toggle = options.getByRole('checkbox', { name: 'Highlight and explain terms on web pages' });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await toggle.check();
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
    await options.close();
  });
});
