// The popup (opened as a tab: the real panel is browser UI) and the search page: search, this page's findings, pausing, the badge, axe-core.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { AXE_SOURCE, axePageViolations } from '../../support/axe';
import { cardMention, cardText, paintedTexts, scanFinished, stagesRun, textCentre } from '../../support/page-probes';
import { aria, isChecked, pause, shownTexts, typeInto, waitShown } from '../driver/page-actions';
import { type BrowserSuite, openPainted, useBrowser } from '../driver/use-browser';

const BOX = aria('combobox', 'Search people, places, events and figures');
const RESULTS = aria('listbox', 'Search results');
const ON_THIS_PAGE = aria('region', 'On this page');
const PAGES = [
  ['popup', 'popup.html'],
  ['search page', 'search.html?q=hostages'],
] as const;

/** The first search result: its entry, whether it is the active option, its marked words and its detail line. */
const firstOption = (page: Page) =>
  page
    .$eval(`${RESULTS} [role="option"]`, (o) => ({
      id: o.getAttribute('data-entry-id'),
      domId: o.id,
      selected: o.getAttribute('aria-selected'),
      mark: o.querySelector('mark')?.textContent ?? null,
      detail: o.querySelector('.gtc-result-detail')?.textContent?.trim() ?? '',
    }))
    .catch(() => null);

async function axeClean(suite: BrowserSuite, path: string, dark: boolean): Promise<string> {
  const page = await suite.driver.newPage();
  await suite.driver.openExtensionPage(page, path);
  await page.waitForSelector(BOX);
  // The launch's colour scheme is the one the page sees.
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(dark);
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(axePageViolations)).join('\n');
}

/** Opens the popup for `page`'s tab, as the toolbar button does. */
async function popupFor(suite: BrowserSuite, page: Page): Promise<Page> {
  const tabId = await suite.driver.tabIdOf(page);
  const popup = await suite.driver.newPage();
  await suite.driver.openExtensionPage(popup, `popup.html?tab=${tabId}`);
  return popup;
}

describe('popup', () => {
  const suite = useBrowser({ colorScheme: 'light' });

  test('search finds an entry despite a typo; the arrow keys and Enter open its card', async () => {
    const page = await suite.driver.newPage();
    await suite.driver.openExtensionPage(page, 'popup.html');
    await typeInto(page, BOX, 'Witkof');
    // The kind, the name with the reader's word marked, and a one-line summary.
    await expect.poll(() => firstOption(page)).toMatchObject({ id: 'person-steve-witkoff', mark: 'Witkoff' });
    expect((await firstOption(page))?.detail).not.toBe('');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => firstOption(page)).toMatchObject({ selected: 'true' });
    // Focus stays in the box: the active option is announced through aria-activedescendant.
    const optionId = (await firstOption(page))?.domId;
    expect(await page.$eval(BOX, (box) => box.getAttribute('aria-activedescendant'))).toBe(optionId);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$eval('article.gtc-card h2', (h) => h.textContent).catch(() => null)).toBe('Steve Witkoff');
    expect(await page.$eval('.gtc-source a', (a) => (a as HTMLAnchorElement).href)).toMatch(/^https:\/\//);
    await page.keyboard.press('Escape');
    await waitShown(page, BOX);
  });

  test('answers a reader question and says plainly when nothing matches', async () => {
    const page = await suite.driver.newPage();
    await suite.driver.openExtensionPage(page, 'popup.html');
    /** Types a question and waits for the entry it should put first. */
    const asked = async (query: string, id: string) => {
      await typeInto(page, BOX, query);
      await expect.poll(() => firstOption(page)).toMatchObject({ id });
    };
    await asked('who negotiates for israel', 'person-ron-dermer');
    // A name typed with a topic, typo and all, puts the person first.
    await asked('witkof hostages', 'person-steve-witkoff');
    // A reader's phrase that is an entry's keyword finds that entry first.
    await asked('death toll', 'fig-moh-killed');
    // "How many" asks for a figure.
    await asked('how many soldiers for the force', 'fig-isf-size');
    // "Who commands" asks for a person, "who is" about the name that follows.
    await asked('who commands the stabilization force', 'person-jasper-jeffers');
    await asked('who is the board of peace', 'org-board-of-peace');
    // "Who heads" a body: whoever heads it (its chairman), not whoever heads something else.
    await asked('who heads the board of peace', 'person-donald-trump');
    // The role after the body, a minister of a ministry, a member of a body: the person, not the body.
    await asked('isf head', 'person-jasper-jeffers');
    await asked('head of the turkish foreign ministry', 'person-hakan-fidan');
    await asked('israeli member of the gaza executive board', 'person-yakir-gabay');
    // A question for a person whose words hit no person well: what they hit best.
    await asked('who runs gaza after the war', 'concept-post-war-governance');
    await typeInto(page, BOX, 'zzzzqqq');
    await waitShown(page, '::-p-text(Nothing in the dataset matches “zzzzqqq”.)');
    await typeInto(page, BOX, '');
    // Starting points: the latest events and the key figures.
    const buttons = (list: string) => () => page.$$eval(`${aria('list', list)} button`, (bs) => bs.length);
    await expect.poll(buttons('Latest events')).toBe(5);
    await expect.poll(buttons('Key figures, newest values')).toBe(5);
  });

  test("lists the page's findings by kind; choosing one scrolls to it and opens its card", async () => {
    const page = await suite.driver.newPage();
    const painted = await openPainted(page, suite.server, '/wire-story.html');
    const popup = await popupFor(suite, page);
    const listed = () => popup.$$eval(`${ON_THIS_PAGE} button.gtc-result`, (bs) => bs.length);
    await expect.poll(listed).toBe(Object.values(painted).flat().length);
    expect(await shownTexts(popup, `${ON_THIS_PAGE} h3`)).toContainEqual(expect.stringMatching(/^Person \(\d+\)$/));
    await popup.locator(`${ON_THIS_PAGE} button.gtc-result[data-entry-id="fig-hostages-remaining-oct2025"]`).click();
    await page.bringToFront();
    await expect.poll(() => page.evaluate(cardText)).toContain('hostages');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test("a long name in the page's list wraps beside its kind, not under it", async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/figures.html');
    const popup = await popupFor(suite, page);
    await popup.setViewport({ width: 400, height: 600 });
    const item = `${ON_THIS_PAGE} button.gtc-result[data-entry-id="org-ipc"]`;
    await popup.waitForSelector(item);
    const lines = await popup.$eval(item, (b) => {
      const kind = b.querySelector('.gtc-kind')?.getBoundingClientRect();
      const name = b.querySelector('.gtc-result-name')?.getBoundingClientRect();
      return kind && name && { kindTop: kind.top, kindRight: kind.right, nameTop: name.top, nameLeft: name.left, nameHeight: name.height };
    });
    if (!lines) throw new Error('no kind or name in the IPC entry');
    // Its name is two lines long here, and both start right of the kind.
    expect(lines.nameHeight).toBeGreaterThan(30);
    expect(Math.abs(lines.nameTop - lines.kindTop)).toBeLessThan(6);
    expect(lines.nameLeft).toBeGreaterThan(lines.kindRight);
  });

  test('pausing the site from the popup clears its paint; resuming paints it again', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const popup = await popupFor(suite, page);
    await popup.locator(aria('button', 'Pause on 127.0.0.1')).click();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await popup.locator(aria('button', 'Resume on 127.0.0.1')).click();
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
  });

  test('an off-topic page says how many names it held back, and shows them here on request', async () => {
    const page = await suite.driver.newPage();
    await page.goto(suite.server.url('/adjacent-hezbollah.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    expect(await page.evaluate(paintedTexts)).toEqual({});
    const popup = await popupFor(suite, page);
    await waitShown(popup, '::-p-text(names found on it are held back)');
    await popup.locator(aria('button', 'Show on this page anyway')).click();
    await expect.poll(async () => Object.values(await page.evaluate(paintedTexts)).flat()).toContain('Hamas');
    await waitShown(popup, '::-p-text(Shown on this page at your request)');
  });

  test('a pointer resting on a held-back name opens its card when the reader asks to see the names anyway', async () => {
    // A page the engine read and held back (its first stage found Witkoff often enough to load it).
    const page = await suite.driver.newPage();
    await page.goto(suite.server.url('/envoy-ukraine.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    expect((await page.evaluate(stagesRun)).engine).toBe(true);
    expect(await page.evaluate(paintedTexts)).toEqual({});
    // The pointer comes to rest on a name the page holds back: nothing opens.
    const point = await page.evaluate(textCentre, 'Witkoff');
    if (!point) throw new Error('no Witkoff on the page');
    await page.mouse.move(point.x - 20, point.y);
    await page.mouse.move(point.x, point.y);
    await pause(600);
    expect(await page.evaluate(cardText)).toBeNull();
    const popup = await popupFor(suite, page);
    await waitShown(popup, '::-p-text(names found on it are held back)');
    await popup.locator(aria('button', 'Show on this page anyway')).click();
    await popup.close();
    await page.bringToFront();
    // Shown now under the still pointer: its card opens without a move.
    await expect.poll(() => page.evaluate(cardMention)).toContain('Witkoff');
  });

  test('the on/off switch in the popup applies to open tabs at once', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const popup = await suite.driver.newPage();
    await suite.driver.openExtensionPage(popup, 'popup.html');
    const on = aria('checkbox', 'On for all sites');
    await popup.locator(on).click();
    await expect.poll(() => isChecked(popup, on)).toBe(false);
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await popup.locator(on).click();
    await expect.poll(() => isChecked(popup, on)).toBe(true);
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
  });

  test('the badge can be turned off in options', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const tabId = await suite.driver.tabIdOf(page);
    const badge = () => suite.driver.badgeText(tabId);
    await expect.poll(badge).not.toBe('');
    const options = await suite.driver.newPage();
    await suite.driver.openExtensionPage(options, 'options.html');
    const toggle = aria('checkbox', 'Show the count of what the page mentions on the toolbar button');
    await options.locator(toggle).click();
    await expect.poll(() => isChecked(options, toggle)).toBe(false);
    await expect.poll(badge).toBe('');
    await options.locator(toggle).click();
    await expect.poll(() => isChecked(options, toggle)).toBe(true);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(badge).not.toBe('');
  });

  test('the search page answers the query in its address', async () => {
    const page = await suite.driver.newPage();
    await suite.driver.openExtensionPage(page, 'search.html?q=witkof');
    await page.waitForSelector(BOX);
    expect(await page.$eval(BOX, (i) => (i as HTMLInputElement).value)).toBe('witkof');
    await expect.poll(() => firstOption(page)).toMatchObject({ id: 'person-steve-witkoff' });
    await typeInto(page, BOX, 'hamas');
    // Asked of the page: Firefox's BiDi reports an extension page's URL as about:blank.
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('q'))).toBe('hamas');
  });

  for (const [name, path] of PAGES) {
    test(`axe-core finds no serious problem in the ${name} (light)`, async () => {
      expect(await axeClean(suite, path, false)).toBe('');
    });
  }
});

describe('popup in a dark colour scheme', () => {
  const suite = useBrowser({ colorScheme: 'dark' });

  for (const [name, path] of PAGES) {
    test(`axe-core finds no serious problem in the ${name} (dark)`, async () => {
      expect(await axeClean(suite, path, true)).toBe('');
    });
  }
});
