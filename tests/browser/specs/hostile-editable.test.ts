// Hostile pages, editable text: a newsroom form whose editor, textarea, input and select name the talks
// among a story that does too. The story is painted; what the writer edits is never read, painted or
// covered by a card, and typing into the editor gives exactly the typed text with the caret left in place.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { editorState, paintedInside } from '../../support/hostile-probes';
import { bodyMatchesSource, cardText, paintedRangeCentre, paintedTexts, textCentre } from '../../support/page-probes';
import { pause } from '../driver/page-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const FIELDS = '#editor, #notes, #headline, #desk';
/** Names that only the editor and the form's fields hold. */
const FIELD_NAMES = ['Khalil al-Hayya', 'Badr Abdelatty', 'Hassan Rashad', 'Ibrahim Kalın'];
/** Longer than the hover delay (150 ms) and a card's loading. */
const CARD_WAIT_MS = 900;

const paintedList = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

async function hoverAt(page: Page, point: { x: number; y: number } | null): Promise<void> {
  if (!point) throw new Error('nothing to hover');
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y);
}

/** Centre of an element, scrolled into view. */
const centreOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });

describe('hostile pages: editable text and forms', () => {
  const suite = useBrowser();

  test('the story is painted; the editor and the form fields are not, and the page is unchanged', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/editable-forms.html');
    await expect
      .poll(() => paintedList(page))
      .toEqual(expect.arrayContaining(['Hamas', 'Sharm el-Sheikh', 'Steve Witkoff', '20-point plan']));
    const painted = await paintedList(page);
    for (const name of FIELD_NAMES) expect(painted).not.toContain(name);
    expect(await page.evaluate(paintedInside, FIELDS)).toBe(0);
    expect(await page.evaluate(bodyMatchesSource)).toBe(true);
    expect(
      await page.evaluate(() => [
        (document.getElementById('notes') as HTMLTextAreaElement).value,
        (document.getElementById('headline') as HTMLInputElement).value,
        (document.getElementById('desk') as HTMLSelectElement).value,
      ]),
    ).toEqual([
      'Check the spelling of Badr Abdelatty before the piece goes out.',
      'Hassan Rashad keeps the delegations talking',
      'Ibrahim Kalın profile desk',
    ]);
  });

  test('typing into the editor gives exactly the typed text, names included, with the caret where it was', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/editable-forms.html');
    const before = (await page.evaluate(editorState, '#editor')).html;
    // The caret at the end of the editor's text, as a writer clicking there puts it.
    await page.$eval('#editor', (el) => {
      (el as HTMLElement).focus();
      const last = el.querySelector('p')?.lastChild;
      if (!last || last.nodeType !== Node.TEXT_NODE) throw new Error('the editor has no closing text');
      getSelection()?.collapse(last, (last as Text).length);
    });
    const typed = ' Steve Witkoff said Hamas would answer from Sharm el-Sheikh.';
    await page.keyboard.type(typed);
    // Long enough for the engine to hear the change and scan again.
    await pause(CARD_WAIT_MS);
    const after = await page.evaluate(editorState, '#editor');
    // Browsers may keep a typed space as &nbsp; until the next character: the text is what counts.
    expect(after.html.replaceAll('&nbsp;', ' ')).toBe(before.replace('guarantees.</p>', `guarantees.${typed}</p>`));
    expect(after).toMatchObject({ focused: true, caretInEditor: true, collapsed: true, caretAtEnd: true });
    expect(await page.evaluate(paintedInside, FIELDS)).toBe(0);
    // The story's paint is still there.
    expect(await paintedList(page)).toContain('Steve Witkoff');
  });

  test('no card opens over the editor or the fields; the story still opens its own', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/editable-forms.html');
    // The story's card opens first, so a card not opening below is the editor's doing, not a broken hover.
    await hoverAt(page, await page.evaluate(paintedRangeCentre, 'Steve Witkoff'));
    await expect.poll(() => page.evaluate(cardText)).toContain('Steve Witkoff');
    await page.mouse.move(2, 2);
    await expect.poll(() => page.evaluate(cardText)).toBeNull();

    await hoverAt(page, await page.evaluate(textCentre, 'Khalil al-Hayya'));
    await pause(CARD_WAIT_MS);
    expect(await page.evaluate(cardText)).toBeNull();
    for (const field of ['#notes', '#headline', '#desk']) {
      await hoverAt(page, await centreOf(page, field));
      await pause(CARD_WAIT_MS);
      expect(await page.evaluate(cardText), field).toBeNull();
    }
  });
});
