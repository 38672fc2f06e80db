// What a reader changes in options and meets on real pages: density, hover delay, disabled sites, figures
// with the page's own value, single-page navigation, frames.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { cardText, paintedRangeCentre, paintedTexts, textCentre, unseenCard } from '../../support/page-probes';
import { aria, isChecked, leave, pause, typeInto } from '../driver/page-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const painted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

async function hoverAt(page: Page, point: { x: number; y: number } | null): Promise<void> {
  if (!point) throw new Error('nothing to hover');
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y);
}

/** The card closes after a short delay: the next hover must not land on it. */
async function moveAway(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await expect.poll(() => page.evaluate(cardText)).toBeNull();
}

/** Chooses a radio button by its accessible name, as a reader does, and checks that it is then chosen. */
async function choose(page: Page, name: string): Promise<void> {
  // The reader goes to the options tab; puppeteer's locators wait for animation frames, which Chromium runs
  // only in the front tab.
  await page.bringToFront();
  await page.locator(aria('radio', name)).click();
  await expect.poll(() => isChecked(page, aria('radio', name))).toBe(true);
}

/** Types into a field and leaves it, which saves it. */
async function setField(page: Page, selector: string, text: string): Promise<void> {
  // In the options tab, in front (see choose).
  await page.bringToFront();
  await typeInto(page, selector, text);
  await leave(page, selector);
}

describe('behaviour', () => {
  const suite = useBrowser();

  const openOptions = async (): Promise<Page> => {
    const options = await suite.driver.newPage();
    await suite.driver.openExtensionPage(options, 'options.html');
    return options;
  };

  test('density: every mention, none, back to first mentions; every mention opens its card', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    expect(await painted(page)).not.toContain('Witkoff');
    // A mention that is not painted still opens its card.
    await hoverAt(page, await page.evaluate(textCentre, "Witkoff's office"));
    await expect.poll(() => page.evaluate(cardText)).toContain('Steve Witkoff');
    await moveAway(page);

    const options = await openOptions();
    await choose(options, 'Every mention');
    await expect.poll(() => painted(page)).toContain('Witkoff');
    await choose(options, 'None (hover still opens cards)');
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    // Back to the page's tab, as a reader would: Chromium does not run a background tab's animation frames.
    await page.bringToFront();
    await hoverAt(page, await page.evaluate(textCentre, 'Khalil al-Hayya'));
    await expect.poll(() => page.evaluate(cardText)).toContain('Khalil al-Hayya');
    await moveAway(page);
    await choose(options, 'The first mention of each name or figure (every mention still opens its card on hover)');
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
  });

  test("first mentions: the underline goes to the first mention the reader can see, past ones the page's CSS hides", async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hidden-first-mentions.html');
    const where = () =>
      page.evaluate(() => {
        const out: string[] = [];
        CSS.highlights.forEach((highlight) => {
          for (const range of highlight) {
            const at = range.startContainer.parentElement?.closest('[data-where]');
            out.push(`${range.toString()} @ ${at instanceof HTMLElement ? at.dataset.where : '?'}`);
          }
        });
        return out.sort();
      });
    await expect
      .poll(where)
      .toEqual(expect.arrayContaining(['Steve Witkoff @ visible', 'Khalil al-Hayya @ visible', 'Jared Kushner @ visible']));
    expect((await where()).filter((w) => !w.endsWith('@ visible'))).toEqual([]);
    // Once the drawer opens, its mentions come first in the page again and take the underline at the next change.
    await page.evaluate(() => {
      document.querySelector('.drawer')?.classList.add('open');
      document.querySelector('article')?.append(Object.assign(document.createElement('p'), { textContent: 'Updated at noon.' }));
    });
    await expect.poll(where).toContain('Steve Witkoff @ hidden');
  });

  test('the hover delay set in options is waited for; the card is drawn unseen meanwhile', async () => {
    const options = await openOptions();
    await setField(options, aria('spinbutton', 'Delay before a card opens on hover (milliseconds)'), '2500');
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    await hoverAt(page, await page.evaluate(paintedRangeCentre, 'Hamas'));
    await pause(300);
    expect(await page.evaluate(cardText)).toBeNull();
    // Drawn during the delay, so that showing it then only places it; nothing of it can be seen yet.
    await expect.poll(() => page.evaluate(unseenCard), { timeout: 2_000 }).toMatchObject({ text: expect.stringContaining('Hamas') });
    expect(await page.evaluate(unseenCard)).toMatchObject({ visible: false });
    await expect.poll(() => page.evaluate(cardText), { timeout: 5_000 }).toContain('Hamas');
    expect(await page.evaluate(unseenCard)).toBeNull();
    await moveAway(page);
    // Left before the delay ends: the card drawn for it is never shown.
    await hoverAt(page, await page.evaluate(paintedRangeCentre, 'Steve Witkoff'));
    await expect.poll(() => page.evaluate(unseenCard), { timeout: 2_000 }).toMatchObject({ text: expect.stringContaining('Witkoff') });
    await page.mouse.move(5, 5);
    await pause(3_000);
    expect(await page.evaluate(cardText)).toBeNull();
  });

  test('a site listed in options is left alone, and painted again when removed', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const options = await openOptions();
    const sites = aria('textbox', 'Sites where the extension does nothing (one host name per line)');
    await setField(options, sites, '127.0.0.1');
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await setField(options, sites, '');
    await expect.poll(() => painted(page)).toContain('Steve Witkoff');
  });

  test("a figure's card sets the page's own number beside the reported ones", async () => {
    const page = await suite.driver.newPage();
    const texts = await openPainted(page, suite.server, '/figures.html');
    const figure = texts['gaza-talks-context-figure']?.find((t) => t.includes('67,173'));
    if (!figure) throw new Error(`no painted 67,173 figure in ${JSON.stringify(texts)}`);
    await hoverAt(page, await page.evaluate(paintedRangeCentre, figure));
    await expect.poll(() => page.evaluate(cardText)).toContain(`This page says “${figure}”`);
    expect(await page.evaluate(cardText)).toContain('Gaza health ministry (reported by Al Jazeera, via Dawn) reported as of 2025-10-07');
    await moveAway(page);
  });

  test("another reporter's value of a figure is matched and its card says whose it is", async () => {
    const page = await suite.driver.newPage();
    const texts = await openPainted(page, suite.server, '/figure-forms.html');
    expect(texts['gaza-talks-context-figure']).toContain('1,219');
    // Scrolled to, wherever the window's size puts it.
    await page.evaluate(() =>
      [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('1,219'))?.scrollIntoView({ block: 'center' }),
    );
    await hoverAt(page, await page.evaluate(paintedRangeCentre, '1,219'));
    await expect
      .poll(() => page.evaluate(cardText))
      .toContain('This page says “1,219”, as AFP tally based on official Israeli data (via Caliber.Az) reported');
  });

  test('a single-page navigation is followed: removed names go, new ones are found', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/spa.html');
    expect(await painted(page)).toContain('Steve Witkoff');
    await page.locator(aria('button', 'Next story')).click();
    await expect.poll(() => painted(page)).toContain('Ibrahim Kalın');
    expect(await painted(page)).toContain('Badr Abdelatty');
    expect(await painted(page)).not.toContain('Steve Witkoff');
  });

  test('frames run their own scan: a srcdoc frame and a same-origin frame are painted', async () => {
    const page = await suite.driver.newPage();
    await page.goto(suite.server.url('/components.html'), { waitUntil: 'load' });
    const frameTexts = async (match: (url: string) => boolean) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && match(f.url()));
      return frame ? Object.values(await frame.evaluate(paintedTexts)).flat() : [];
    };
    await expect.poll(() => frameTexts((url) => url.endsWith('/components-frame.html'))).toContain('Hassan Rashad');
    await expect.poll(() => frameTexts((url) => url === 'about:srcdoc')).toContain('Badr Abdelatty');
  });
});
