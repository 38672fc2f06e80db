// What a reader changes in options and meets on real pages: density, hover delay, disabled sites, figures
// with the page's own value, single-page navigation, frames.
import type { Page } from '@playwright/test';
import { cardText, paintedRangeCentre, paintedTexts, textCentre } from '../../support/page-probes';
import { expect, openExtensionPage, openPainted, test } from './fixtures';

const painted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

async function hoverAt(page: Page, point: { x: number; y: number } | null): Promise<void> {
  if (!point) throw new Error('nothing to hover');
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y);
}

test.describe('behaviour', () => {
  test('density: every mention, none, back to first mentions; every mention opens its card', async ({ page, server, chromiumExt }) => {
    await openPainted(page, server, '/demo.html');
    expect(await painted(page)).not.toContain('Witkoff');
    // A mention that is not painted still opens its card.
    await hoverAt(page, await page.evaluate(textCentre, "Witkoff's office"));
    await expect.poll(() => page.evaluate(cardText)).toContain('Steve Witkoff');
    await page.mouse.move(5, 5);
    // The card closes after a short delay; the next hover must not land on it.
    await expect.poll(() => page.evaluate(cardText)).toBeNull();

    const options = await chromiumExt.context.newPage();
    await openExtensionPage(options, chromiumExt, 'options.html');
    await options.getByRole('radio', { name: 'Every mention', exact: true }).check();
    await expect.poll(() => painted(page)).toContain('Witkoff');
    await options.getByRole('radio', { name: 'None (hover still opens cards)' }).check();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await hoverAt(page, await page.evaluate(textCentre, 'Khalil al-Hayya'));
    await expect.poll(() => page.evaluate(cardText)).toContain('Khalil al-Hayya');
    await page.mouse.move(5, 5);
    // The card closes after a short delay; the next hover must not land on it.
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
    await options.getByRole('radio', { name: /^The first mention/ }).check();
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
    await options.close();
  });

  test('the hover delay set in options is waited for', async ({ page, server, chromiumExt }) => {
    const options = await chromiumExt.context.newPage();
    await openExtensionPage(options, chromiumExt, 'options.html');
    const delay = options.getByRole('spinbutton', { name: 'Delay before a card opens on hover (milliseconds)' });
    await delay.fill('1500');
    await delay.blur();
    await openPainted(page, server, '/demo.html');
    await hoverAt(page, await page.evaluate(paintedRangeCentre, 'Hamas'));
    await page.waitForTimeout(300);
    expect(await page.evaluate(cardText)).toBeNull();
    await expect.poll(() => page.evaluate(cardText), { timeout: 5_000 }).toContain('Hamas');
    await page.mouse.move(5, 5);
    // The card closes after a short delay; the next hover must not land on it.
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
    await delay.fill('150');
    await delay.blur();
    await options.close();
  });

  test('a site listed in options is left alone, and painted again when removed', async ({ page, server, chromiumExt }) => {
    await openPainted(page, server, '/demo.html');
    const options = await chromiumExt.context.newPage();
    await openExtensionPage(options, chromiumExt, 'options.html');
    const sites = options.getByRole('textbox', { name: 'Sites where the extension does nothing (one host name per line)' });
    await sites.fill('127.0.0.1');
    await sites.blur();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await sites.fill('');
    await sites.blur();
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
    await options.close();
  });

  test("a figure's card sets the page's own number beside the reported ones", async ({ page, server }) => {
    const texts = await openPainted(page, server, '/figures.html');
    const figure = texts['gaza-talks-context-figure']?.find((t) => t.includes('67,173'));
    if (!figure) throw new Error(`no painted 67,173 figure in ${JSON.stringify(texts)}`);
    await hoverAt(page, await page.evaluate(paintedRangeCentre, figure));
    await expect.poll(() => page.evaluate(cardText)).toContain(`This page says “${figure}”`);
    expect(await page.evaluate(cardText)).toContain('Gaza health ministry (reported by Al Jazeera, via Dawn) reported as of 2025-10-07');
    await page.mouse.move(5, 5);
    // The card closes after a short delay; the next hover must not land on it.
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
  });

  test("another reporter's value of a figure is matched and its card says whose it is", async ({ page, server }) => {
    const texts = await openPainted(page, server, '/figure-forms.html');
    expect(texts['gaza-talks-context-figure']).toContain('1,219');
    // Below the first screen in an 800×600 window.
    await page.evaluate(() =>
      [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('1,219'))?.scrollIntoView({ block: 'center' }),
    );
    await hoverAt(page, await page.evaluate(paintedRangeCentre, '1,219'));
    await expect
      .poll(() => page.evaluate(cardText))
      .toContain('This page says “1,219”, as AFP tally based on official Israeli data (via Caliber.Az) reported');
  });

  test('a single-page navigation is followed: removed names go, new ones are found', async ({ page, server }) => {
    await openPainted(page, server, '/spa.html');
    expect(await painted(page)).toContain('Steve Witkoff');
    await page.getByRole('button', { name: 'Next story' }).click();
    await expect.poll(() => painted(page)).toContain('Ibrahim Kalın');
    expect(await painted(page)).toContain('Badr Abdelatty');
    expect(await painted(page)).not.toContain('Steve Witkoff');
  });

  test('frames run their own scan: a srcdoc frame and a same-origin frame are painted', async ({ page, server }) => {
    await page.goto(server.url('/components.html'));
    const frameTexts = async (match: (url: string) => boolean) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && match(f.url()));
      return frame ? Object.values(await frame.evaluate(paintedTexts)).flat() : [];
    };
    await expect.poll(() => frameTexts((url) => url.endsWith('/components-frame.html'))).toContain('Hassan Rashad');
    await expect.poll(() => frameTexts((url) => url === 'about:srcdoc')).toContain('Badr Abdelatty');
  });
});
