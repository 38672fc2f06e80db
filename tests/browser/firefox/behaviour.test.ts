// What a reader changes in options and meets on real pages, in Firefox: density, hover delay, disabled sites,
// figures with the page's own value, single-page navigation, frames.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { cardText, paintedRangeCentre, paintedTexts, textCentre } from '../../support/page-probes';
import { openPainted, useFirefox } from './fixtures';

const painted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

async function hoverAt(page: Page, point: { x: number; y: number } | null): Promise<void> {
  if (!point) throw new Error('nothing to hover');
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y);
}

/** Replaces a form field's text the way a user does, then leaves it so its change is saved. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  if (text) {
    await page.locator(selector).fill(text);
  } else {
    // Emptying a field: select its text, then delete it from the keyboard.
    await page.locator(selector).click();
    await page.$eval(selector, (field) => (field as HTMLTextAreaElement).select());
    await page.keyboard.press('Backspace');
  }
  // Leaving the field commits it (a change event), as when the user clicks elsewhere.
  await page.$eval(selector, (field) => (field as HTMLElement).blur());
}

describe('behaviour (Firefox)', () => {
  const suite = useFirefox();

  const openOptions = async () => {
    const options = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(options, 'options.html');
    return options;
  };

  test('density: every mention, none, back to first mentions; every mention opens its card', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    expect(await painted(page)).not.toContain('Witkoff');
    await hoverAt(page, await page.evaluate(textCentre, "Witkoff's office"));
    await expect.poll(() => page.evaluate(cardText)).toContain('Steve Witkoff');
    await page.mouse.move(5, 5);
    // The card closes after a short delay; the next hover must not land on it.
    await expect.poll(() => page.evaluate(cardText)).toBeNull();

    const options = await openOptions();
    await options.locator('::-p-aria([name="Every mention"][role="radio"])').click();
    await expect.poll(() => painted(page)).toContain('Witkoff');
    await options.locator('::-p-aria([name="None (hover still opens cards)"][role="radio"])').click();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await hoverAt(page, await page.evaluate(textCentre, 'Khalil al-Hayya'));
    await expect.poll(() => page.evaluate(cardText)).toContain('Khalil al-Hayya');
    await page.mouse.move(5, 5);
    // The card closes after a short delay; the next hover must not land on it.
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
    await options.locator('input[name="density"][value="first"]').click();
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
    await options.close();
    await page.close();
  });

  test('the hover delay set in options is waited for', async () => {
    const options = await openOptions();
    const delay = '::-p-aria([name="Delay before a card opens on hover (milliseconds)"][role="spinbutton"])';
    await typeInto(options, delay, '1500');
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    await hoverAt(page, await page.evaluate(paintedRangeCentre, 'Hamas'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate(cardText)).toBeNull();
    await expect.poll(() => page.evaluate(cardText), { timeout: 5_000 }).toContain('Hamas');
    await page.mouse.move(5, 5);
    // The card closes after a short delay; the next hover must not land on it.
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
    await typeInto(options, delay, '150');
    await options.close();
    await page.close();
  });

  test('a site listed in options is left alone, and painted again when removed', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const options = await openOptions();
    const sites = '::-p-aria([name="Sites where the extension does nothing (one host name per line)"][role="textbox"])';
    await typeInto(options, sites, '127.0.0.1');
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await typeInto(options, sites, '');
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
    await options.close();
    await page.close();
  });

  test("a figure's card sets the page's own number beside the reported ones", async () => {
    const page = await suite.firefox.newPage();
    const texts = await openPainted(page, suite.server, '/figures.html');
    const figure = texts['gaza-talks-context-figure']?.find((t) => t.includes('67,173'));
    if (!figure) throw new Error(`no painted 67,173 figure in ${JSON.stringify(texts)}`);
    await hoverAt(page, await page.evaluate(paintedRangeCentre, figure));
    await expect.poll(() => page.evaluate(cardText)).toContain(`This page says “${figure}”`);
    expect(await page.evaluate(cardText)).toContain('Gaza health ministry (reported by Al Jazeera, via Dawn) reported as of 2025-10-07');
    await page.close();
  });

  test("another reporter's value of a figure is matched and its card says whose it is", async () => {
    const page = await suite.firefox.newPage();
    const texts = await openPainted(page, suite.server, '/figure-forms.html');
    expect(texts['gaza-talks-context-figure']).toContain('1,219');
    // Below the first screen in an 800×600 window.
    await page.evaluate(() =>
      [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('1,219'))?.scrollIntoView({ block: 'center' }),
    );
    await hoverAt(page, await page.evaluate(paintedRangeCentre, '1,219'));
    await expect
      .poll(() => page.evaluate(cardText))
      .toContain('This page says “1,219”, as AFP tally based on official Israeli data (via Caliber.Az) reported');
    await page.close();
  });

  test('a single-page navigation is followed: removed names go, new ones are found', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/spa.html');
    expect(await painted(page)).toContain('Steve Witkoff');
    await page.locator('::-p-aria([name="Next story"][role="button"])').click();
    await expect.poll(() => painted(page)).toContain('Ibrahim Kalın');
    expect(await painted(page)).toContain('Badr Abdelatty');
    expect(await painted(page)).not.toContain('Steve Witkoff');
    await page.close();
  });

  test('frames run their own scan: a srcdoc frame and a same-origin frame are painted', async () => {
    const page = await suite.firefox.newPage();
    await page.goto(suite.server.url('/components.html'), { waitUntil: 'load' });
    const frameTexts = async (match: (url: string) => boolean) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && match(f.url()));
      return frame ? Object.values(await frame.evaluate(paintedTexts)).flat() : [];
    };
    await expect.poll(() => frameTexts((url) => url.endsWith('/components-frame.html'))).toContain('Hassan Rashad');
    await expect.poll(() => frameTexts((url) => url === 'about:srcdoc')).toContain('Badr Abdelatty');
    await page.close();
  });
});
