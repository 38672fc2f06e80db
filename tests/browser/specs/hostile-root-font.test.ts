// Hostile pages, root font size: sites that set `html { font-size }` to 10px or 24px and size their own text
// in rem. The card is sized in px inside its shadow root: its text keeps its own size on both, and it stays
// inside the window.
import { describe, expect, test } from 'vitest';
import { cardFontSizes } from '../../support/hostile-probes';
import { cardBox, cardText, paintedRangeCentre } from '../../support/page-probes';
import { openPainted, useBrowser } from '../driver/use-browser';

/** The card's own sizes at the default text size ("medium"): 14px text, a 16px name (src/card/card.css). */
const CARD_SIZES = { card: '14px', name: '16px', summary: '14px' };

describe('hostile pages: root font size', () => {
  const suite = useBrowser();

  test.each([10, 24])('on a page whose root font is %ipx the card keeps its own text size and stays in the window', async (size) => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, `/hostile/root-font-${size}.html`);
    // The page really is sized from that root: its text follows it.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(`${size}px`);
    expect(Number.parseFloat(await page.$eval('#story', (p) => getComputedStyle(p).fontSize))).toBeCloseTo(1.6 * size, 1);

    const point = await page.evaluate(paintedRangeCentre, 'Hamas');
    if (!point) throw new Error('Hamas is not painted');
    await page.mouse.move(point.x - 20, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.evaluate(cardText)).toContain('Hamas');
    expect(await page.evaluate(cardFontSizes)).toEqual(CARD_SIZES);

    await expect.poll(() => page.evaluate(cardBox)).toMatchObject({ visible: true });
    const box = await page.evaluate(cardBox);
    if (!box) throw new Error('no card');
    expect(box.width).toBe(380);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.vw);
    expect(box.bottom).toBeLessThanOrEqual(box.vh);
  });
});
