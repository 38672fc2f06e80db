// A page that patches the DOM's and the language's built-ins before we run (some throw, the rest log): the
// extension, in its own isolated world, paints and opens cards as usual, never reaches a patched function,
// and throws nothing into the page.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { cardText, paintedRangeCentre, paintedTexts } from '../../support/page-probes';
import { collectPageErrors } from '../driver/hostile-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const PAGE = '/hostile/patched-globals.html';

interface HostileLog {
  calls: Record<string, number>;
  sightings: string[];
  thrown: Record<string, number>;
}
const hostileLog = () => (window as unknown as { hostileLog: HostileLog }).hostileLog;

/** Hovers a painted mention (this page's `document.createRange` throws, so it is found through our paint). */
async function openCardOn(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(paintedRangeCentre, text);
  if (!point) throw new Error(`"${text}" is not painted`);
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => page.evaluate(cardText)).toContain(text);
}

describe('a page that patches prototypes and globals', () => {
  const suite = useBrowser();

  test('is painted and its cards open, as on an untouched page, without a patched function ever reached', async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    const painted = await openPainted(page, suite.server, PAGE);
    expect(painted).toEqual({
      'gaza-talks-context-person': ['Steve Witkoff', 'Khalil al-Hayya'],
      'gaza-talks-context-place': ['Sharm el-Sheikh'],
      'gaza-talks-context-organisation': ['Hamas'],
      'gaza-talks-context-concept': ['20-point plan'],
    });
    for (const name of ['Steve Witkoff', 'Hamas', 'Khalil al-Hayya']) {
      await openCardOn(page, name);
      await page.mouse.move(3, 3);
      await expect.poll(() => page.evaluate(cardText)).toBeNull();
    }
    // A change of settings repaints through the same (unpatched) registry.
    await suite.driver.saveSettings({ density: 'every' });
    await expect.poll(async () => (await page.evaluate(paintedTexts))['gaza-talks-context-organisation']).toEqual(['Hamas', 'Hamas']);
    await openCardOn(page, 'Sharm el-Sheikh');

    const log = await page.evaluate(hostileLog);
    // Nothing of ours went through the page's functions: no call with our host or highlight names, none from
    // an extension's script, and none of the throwing patches (MutationObserver, createRange, CSS.highlights) reached.
    expect(log.sightings).toEqual([]);
    expect(log.thrown).toEqual({});
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('gaza-talks-context-ui').length)).toBe(1);

    // The patches are in force in the page's own world.
    const refused = await page.evaluate(() =>
      ['createRange', 'MutationObserver', 'highlights'].map((what) => {
        try {
          if (what === 'createRange') document.createRange();
          else if (what === 'MutationObserver') new MutationObserver(() => undefined);
          else CSS.highlights.delete('page-own');
          return `${what}: allowed`;
        } catch {
          return `${what}: refused`;
        }
      }),
    );
    expect(refused).toEqual(['createRange: refused', 'MutationObserver: refused', 'highlights: refused']);
    const logged = await page.evaluate(hostileLog);
    expect(Object.keys(logged.thrown).sort()).toEqual(['CSS.highlights.delete', 'MutationObserver', 'document.createRange']);
    // The wrapped built-ins were live too: the page's own calls (and the test's probes) went through them.
    expect(logged.calls['Array.push']).toBeGreaterThan(0);
  });
});
