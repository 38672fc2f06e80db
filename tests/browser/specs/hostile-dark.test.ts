// Hostile pages, a dark page: dark background and light text set by the site itself, with no color-scheme and
// no prefers-color-scheme. Every kind's underline keeps 3:1 against the page's background, so the paint is
// seen, and the card that opens there passes axe-core.
import { describe, expect, test } from 'vitest';
import { KINDS } from '../../../src/dataset/kinds';
import { highlightName } from '../../../src/overlay/highlight-names';
import { AXE_SOURCE, axeCardViolations } from '../../support/axe';
import { highlightColours } from '../../support/hostile-probes';
import { cardText, paintedRangeCentre } from '../../support/page-probes';
import { openPainted, useBrowser } from '../driver/use-browser';

/** "rgb(r, g, b)" or "rgba(r, g, b, a)" as three channels (0–255); an opaque colour is expected. */
function channels(css: string): [number, number, number] {
  const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(css);
  if (!match || (match[4] !== undefined && Number(match[4]) !== 1)) throw new Error(`not an opaque rgb colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const luminance = ([r, g, b]: [number, number, number]) => {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('hostile pages: a dark page', () => {
  const suite = useBrowser({ colorScheme: 'light' });

  test("every kind's underline keeps 3:1 against the dark background", async () => {
    const page = await suite.driver.newPage();
    const painted = await openPainted(page, suite.server, '/hostile/dark-page.html');
    // Every kind but corrections is on the page.
    for (const kind of KINDS.filter((k) => k !== 'correction')) expect(painted[highlightName(kind)], kind).toBeDefined();
    const { page: background, colours } = await page.evaluate(highlightColours, {
      selector: '#story',
      names: KINDS.map((kind) => highlightName(kind)),
    });
    expect(background).toBe('rgb(18, 18, 18)');
    const weak = Object.entries(colours)
      .map(([name, colour]) => [name, colour, contrast(colour, background)] as const)
      .filter(([, , ratio]) => ratio < 3)
      .map(([name, colour, ratio]) => `${name} ${colour}: ${ratio.toFixed(2)}`);
    expect(weak).toEqual([]);
  });

  test('the card on a dark page passes axe-core', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/dark-page.html');
    const point = await page.evaluate(paintedRangeCentre, 'Khalil al-Hayya');
    if (!point) throw new Error('Khalil al-Hayya is not painted');
    await page.mouse.move(point.x - 20, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.evaluate(cardText)).toContain('Khalil al-Hayya');
    await page.addScriptTag({ content: AXE_SOURCE });
    expect(await page.evaluate(axeCardViolations)).toEqual([]);
  });
});
