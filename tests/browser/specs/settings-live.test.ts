// Settings changed while a page is open reach its paint and its card at once: kinds, highlight style, trigger, theme, figure comparison.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { KINDS } from '../../../src/dataset/kinds';
import { colourPixels } from '../../support/hostile-probes';
import {
  cardMention,
  cardText,
  paintedInDocumentOrder,
  paintedRangeCentre,
  paintedTexts,
  textCentre,
  unseenCard,
} from '../../support/page-probes';
import { cardHasPageValue, cardLook, highlightBox, highlightLook, highlightSizes } from '../../support/settings-probes';
import { pause } from '../driver/page-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const PERSON = 'gaza-talks-context-person';
/** The person fill, rgba(64, 140, 220, 0.26), over the demo page's #fbfaf7. */
const PERSON_FILL: [number, number, number] = [202, 221, 240];
const WHITE = 'rgb(255, 255, 255)';
/** --gtc-bg in the dark theme (src/card/card.css). */
const DARK_BG = 'rgb(31, 34, 39)';
const isDark = (page: Page) => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);

async function pointAt(page: Page, point: { x: number; y: number } | null): Promise<{ x: number; y: number }> {
  if (!point) throw new Error('nothing to point at');
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y);
  return point;
}

/** Hovers `text` until no card opens: a trigger other than hover has reached the engine. Leaves the pointer on it. */
async function untilHoverOpensNothing(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => {
      await page.mouse.move(2, 2);
      await page.keyboard.press('Escape');
      await pointAt(page, await page.evaluate(paintedRangeCentre, text));
      await pause(500);
      return page.evaluate(cardText);
    })
    .toBeNull();
}

async function hoverText(page: Page, text: string): Promise<void> {
  await pointAt(page, await page.evaluate(paintedRangeCentre, text));
  await expect.poll(() => page.evaluate(cardText)).not.toBeNull();
}

describe('settings, live', () => {
  const suite = useBrowser({ colorScheme: 'light' });

  test('a kind turned off loses its highlights while the others stay; turned on, they return', async () => {
    const page = await suite.driver.newPage();
    const before = await openPainted(page, suite.server, '/demo.html');
    expect(before[PERSON]).toEqual(expect.arrayContaining(['Khalil al-Hayya']));
    const others = Object.fromEntries(Object.entries(before).filter(([name]) => name !== PERSON));
    expect(Object.keys(others).length).toBeGreaterThan(0);

    await suite.driver.saveSettings({ kinds: KINDS.filter((k) => k !== 'person') });
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual(others);
    // A person's mention opens no card either.
    await pointAt(page, await page.evaluate(textCentre, 'Khalil al-Hayya'));
    await pause(600);
    expect(await page.evaluate(cardText)).toBeNull();

    await suite.driver.saveSettings({ kinds: [...KINDS] });
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual(before);
  });

  test('a name newly shown under a pointer already resting on it opens its card without a move', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    await suite.driver.saveSettings({ kinds: [] });
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    // The pointer comes to rest on a name nothing is shown for: no card.
    await pointAt(page, await page.evaluate(textCentre, 'Khalil al-Hayya'));
    await pause(600);
    expect(await page.evaluate(cardText)).toBeNull();
    // The page shows its names again while the pointer stays still: the name under it opens, after the delay.
    await suite.driver.saveSettings({ kinds: [...KINDS] });
    await expect.poll(() => page.evaluate(cardMention)).toBe('Khalil al-Hayya');
  });

  test('highlight style "background" moves the painted ranges to the background highlights, styled as fills', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const underline = await page.evaluate(highlightSizes);
    expect(underline[PERSON]).toBeGreaterThan(0);
    expect((await page.evaluate(highlightLook, PERSON)).decoration).toBe('underline');

    await suite.driver.saveSettings({ highlightStyle: 'background' });
    const moved = Object.fromEntries(
      Object.entries(underline).map(([name, size]) => [name.replace('gaza-talks-context-', 'gaza-talks-context-background-'), size]),
    );
    await expect.poll(() => page.evaluate(highlightSizes)).toEqual(moved);
    const fill = await page.evaluate(highlightLook, 'gaza-talks-context-background-person');
    expect(fill.decoration).toBe('none');
    expect(fill.background).toMatch(/^rgba\(\d+, \d+, \d+, 0\.\d+\)$/);
    // Drawn, not only computed: a person's fill over the page's #fbfaf7 (Chromium's rules sit on :root alone and
    // reach the text by highlight inheritance; Firefox's are on every element).
    const box = await page.evaluate(highlightBox, 'gaza-talks-context-background-person');
    if (!box) throw new Error('no painted person');
    await pause(200);
    const png = await page.screenshot({ encoding: 'base64' });
    expect(await page.evaluate(colourPixels, { png, box, colour: PERSON_FILL, tolerance: 10 })).toBeGreaterThan(60);

    await suite.driver.saveSettings({ highlightStyle: 'underline' });
    await expect.poll(() => page.evaluate(highlightSizes)).toEqual(underline);
  });

  test('trigger "click": hovering opens nothing, a click on a mention opens its card, a click in a link only follows it', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    // Before: hovering opens the card.
    await hoverText(page, 'Hamas');
    await page.mouse.move(2, 2);
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
    await suite.driver.saveSettings({ trigger: 'click' });
    // The engine has the new setting once hovering stops opening cards.
    await untilHoverOpensNothing(page, 'Hamas');

    await pointAt(page, await page.evaluate(paintedRangeCentre, 'Hamas'));
    await page.mouse.down();
    // The press gets the card ready before the click: drawn, not seen.
    await expect.poll(() => page.evaluate(unseenCard)).toMatchObject({ text: expect.stringContaining('Hamas'), visible: false });
    expect(await page.evaluate(cardText)).toBeNull();
    await page.mouse.up();
    await expect.poll(() => page.evaluate(cardText)).toContain('Hamas');
    expect(await page.evaluate(unseenCard)).toBeNull();
    // It stays while the pointer moves off; a press outside closes it.
    await page.mouse.move(2, 2);
    await pause(600);
    expect(await page.evaluate(cardText)).toContain('Hamas');
    await page.mouse.click(2, 2);
    await expect.poll(() => page.evaluate(cardText)).toBeNull();

    // "Sharm el-Sheikh" is a link on this page: the click follows it and opens nothing.
    const link = await page.evaluate(paintedRangeCentre, 'Sharm el-Sheikh');
    if (!link) throw new Error('the linked mention is not painted');
    await page.mouse.click(link.x, link.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#venue');
    await pause(500);
    expect(await page.evaluate(cardText)).toBeNull();
  });

  test('trigger "modifier": resting on a mention opens and draws nothing; pressing the key there opens its card', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    await suite.driver.saveSettings({ trigger: 'modifier', modifierKey: 'Alt' });
    // The engine has the new setting once hovering stops opening cards.
    await untilHoverOpensNothing(page, 'Hamas');
    // Resting on it with the key up: no card, not even one drawn unseen for later.
    await pause(500);
    expect(await page.evaluate(unseenCard)).toBeNull();
    await page.keyboard.down('Alt');
    await expect.poll(() => page.evaluate(cardText)).toContain('Hamas');
    // Letting go leaves the shown card.
    await page.keyboard.up('Alt');
    await pause(400);
    expect(await page.evaluate(cardText)).toContain('Hamas');
  });

  test('keyboard browsing opens cards under the click and the modifier triggers', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const first = (await page.evaluate(paintedInDocumentOrder))[0];
    for (const trigger of ['click', 'modifier'] as const) {
      await suite.driver.saveSettings({ trigger });
      const tabId = await suite.driver.tabIdOf(page);
      // What the command shortcut does (the shortcut itself is the browser's, outside the page).
      await suite.driver.extensionCall((api, id) => api.tabs.sendMessage(id, { type: 'browse-findings' }, { frameId: 0 }), tabId);
      await expect.poll(() => page.evaluate(cardMention), { message: trigger }).toBe(first);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(cardText)).toBeNull();
    }
  });

  test('theme "dark" forces the open card dark on a light page, with larger type and right to left; "auto" gives it back', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    expect(await isDark(page)).toBe(false);
    await hoverText(page, 'Hamas');
    expect(await page.evaluate(cardLook)).toMatchObject({ background: WHITE, theme: 'auto', dir: 'ltr' });

    await suite.driver.saveSettings({ theme: 'dark', textSize: 'large', language: 'ar' });
    // The card open now is drawn again (no new hover): dark, larger type, right to left.
    await expect
      .poll(() => page.evaluate(cardLook))
      .toMatchObject({ background: DARK_BG, theme: 'dark', size: 'large', dir: 'rtl', lang: 'ar' });
    expect(Number.parseFloat((await page.evaluate(cardLook))?.fontSize ?? '0')).toBeGreaterThan(16);

    await suite.driver.saveSettings({ theme: 'auto', textSize: 'medium', language: 'auto' });
    await expect.poll(() => page.evaluate(cardLook)).toMatchObject({ background: WHITE, theme: 'auto', fontSize: '14px', dir: 'ltr' });
  });

  test("figure comparison off removes the page's own value from an open figure card; on, it returns", async () => {
    const page = await suite.driver.newPage();
    const texts = await openPainted(page, suite.server, '/figures.html');
    const figure = texts['gaza-talks-context-figure']?.find((t) => t.includes('67,173'));
    if (!figure) throw new Error(`no painted 67,173 figure in ${JSON.stringify(texts)}`);
    await hoverText(page, figure);
    await expect.poll(() => page.evaluate(cardHasPageValue)).toBe(true);

    await suite.driver.saveSettings({ figureComparison: false });
    await expect.poll(() => page.evaluate(cardHasPageValue)).toBe(false);
    const text = await page.evaluate(cardText);
    expect(text).not.toContain('This page says');
    // The reported values are still there.
    expect(text).toContain('Gaza health ministry');

    await suite.driver.saveSettings({ figureComparison: true });
    await expect.poll(() => page.evaluate(cardHasPageValue)).toBe(true);
  });
});

// A page in a dark colour scheme needs its own launch: Firefox has no per-page colour-scheme emulation.
describe('settings, live, on a page in a dark colour scheme', () => {
  const suite = useBrowser({ colorScheme: 'dark' });

  test('theme "light" forces the open card light on a dark page; "auto" gives it back to the page', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    expect(await isDark(page)).toBe(true);
    await hoverText(page, 'Hamas');
    expect(await page.evaluate(cardLook)).toMatchObject({ background: DARK_BG, theme: 'auto', dir: 'ltr' });

    await suite.driver.saveSettings({ theme: 'light', textSize: 'medium', language: 'auto' });
    await expect.poll(() => page.evaluate(cardLook)).toMatchObject({ background: WHITE, theme: 'light', fontSize: '14px', dir: 'ltr' });
    await suite.driver.saveSettings({ theme: 'auto' });
    await expect.poll(() => page.evaluate(cardLook)).toMatchObject({ background: DARK_BG, theme: 'auto' });
  });
});
