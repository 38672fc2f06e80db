// Hostile pages, shadow DOM: a story whose boxes render their text into open shadow roots, and the same
// story with closed roots. Open roots are read, painted visibly (Firefox needs our rules adopted inside the
// root) and open their cards. A custom element's closed root is read through the extension-only API; a
// closed root on a plain <div> stays closed (asking every element would cost too much) and is left alone, as
// is a story told only in a closed root: the first stage, on every page, does not open closed roots.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { colourPixels, shadowHighlightStyles, shadowTextBox, shadowTextCentre } from '../../support/hostile-probes';
import { cardText, paintedRangeCentre, paintedTexts, scanFinished, stagesRun } from '../../support/page-probes';
import { pause } from '../driver/page-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

/** The person underline of our highlight stylesheet (#1d6fb8). */
const PERSON_UNDERLINE: [number, number, number] = [29, 111, 184];
const LIGHT_STORY = ['Hamas', 'Sharm el-Sheikh'];

const paintedList = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

async function hoverShadowText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(shadowTextCentre, text);
  if (!point) throw new Error(`no "${text}" in the page's shadow roots`);
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y);
}

/** Pixels of the person underline just under `text` in a screenshot (taken with no card open). */
async function underlinePixels(page: Page, text: string): Promise<number> {
  const box = await page.evaluate(shadowTextBox, text);
  if (!box) throw new Error(`no "${text}" in the page's shadow roots`);
  const png = await page.screenshot({ encoding: 'base64' });
  return page.evaluate(colourPixels, {
    png,
    box: { left: box.left, right: box.right, top: box.bottom - 4, bottom: box.bottom + 8 },
    colour: PERSON_UNDERLINE,
    tolerance: 40,
  });
}

async function moveAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await expect.poll(() => page.evaluate(cardText)).toBeNull();
}

describe('hostile pages: shadow DOM', () => {
  const suite = useBrowser();

  test("open roots: a custom element's and a <div>'s text is painted, visibly, and opens its card", async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/shadow-open.html');
    await expect.poll(() => paintedList(page)).toEqual(expect.arrayContaining([...LIGHT_STORY, 'Khalil al-Hayya', 'Badr Abdelatty']));
    // Our rules reach into both roots, and the underline is drawn there.
    expect(await page.evaluate(shadowHighlightStyles)).toEqual([
      { line: 'underline', colour: 'rgb(29, 111, 184)' },
      { line: 'underline', colour: 'rgb(29, 111, 184)' },
    ]);
    for (const name of ['Khalil al-Hayya', 'Badr Abdelatty']) expect(await underlinePixels(page, name), name).toBeGreaterThan(40);

    for (const name of ['Khalil al-Hayya', 'Badr Abdelatty']) {
      await hoverShadowText(page, name);
      await expect.poll(() => page.evaluate(cardText)).toContain(name);
      await moveAway(page);
    }
  });

  test("closed roots: a custom element's is read, painted visibly and opens its card; a <div>'s is left alone", async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/shadow-closed.html');
    await expect.poll(() => paintedList(page)).toEqual(expect.arrayContaining([...LIGHT_STORY, 'Khalil al-Hayya']));
    expect(await paintedList(page)).not.toContain('Badr Abdelatty');
    expect((await page.evaluate(shadowHighlightStyles))[0]).toEqual({ line: 'underline', colour: 'rgb(29, 111, 184)' });
    expect(await underlinePixels(page, 'Khalil al-Hayya')).toBeGreaterThan(40);
    // The unread root is drawn as the page drew it: no underline of ours under its name.
    expect(await underlinePixels(page, 'Badr Abdelatty')).toBe(0);

    await hoverShadowText(page, 'Khalil al-Hayya');
    await expect.poll(() => page.evaluate(cardText)).toContain('Khalil al-Hayya');
    await moveAway(page);

    // Quietly: resting on the unread root's name opens nothing, and the page's story still works after.
    await hoverShadowText(page, 'Badr Abdelatty');
    await pause(800);
    expect(await page.evaluate(cardText)).toBeNull();
    const hamas = await page.evaluate(paintedRangeCentre, 'Hamas');
    if (!hamas) throw new Error('Hamas is not painted');
    await page.mouse.move(hamas.x - 20, hamas.y);
    await page.mouse.move(hamas.x, hamas.y);
    await expect.poll(() => page.evaluate(cardText)).toContain('Hamas');
  });

  test('a story told only inside a closed root is not opened by the first stage: the page is left alone', async () => {
    const page = await suite.driver.newPage();
    await page.goto(suite.server.url('/hostile/shadow-closed-only.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    expect(await page.evaluate(paintedTexts)).toEqual({});
  });
});
