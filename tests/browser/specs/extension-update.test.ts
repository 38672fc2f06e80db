// The extension reloaded or updated while pages are open: the old content scripts remove their paint and
// listeners and throw nothing, the new ones take over (painted once, one card host, cards open again).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, test } from 'vitest';
import { KINDS } from '../../../src/dataset/kinds';
import { cardSeen, paintedList, stagesRun, textCentre } from '../../support/page-probes';
import { browserName } from '../driver/extension-driver';
import { collectPageErrors, moveAway, openCard } from '../driver/hostile-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

// A copy of the build, so the test can rewrite its manifest as an update would.
const built = resolve(import.meta.dirname, '../../../.output', browserName() === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
const copy = mkdtempSync(join(tmpdir(), 'gtc-update-'));
cpSync(built, copy, { recursive: true });

const engineLoads = (page: Page) => page.evaluate(() => performance.getEntriesByName('gaza-talks-context:engine', 'mark').length);
const firstStageRuns = (page: Page) => page.evaluate(() => performance.getEntriesByName('gaza-talks-context:first-stage', 'mark').length);
/**
 * Whether the newest engine on the page finished its first full pass. Painted text alone does not say so in
 * Firefox: the old copy's scripts are ended at once, its highlights stay registered (unseen: its style sheets go
 * with it) and the new sheets show them again, the same ranges under the same names, before the new engine has
 * read the page. A pointer resting on a name before that pass finds nothing to open.
 */
const newestEngineScanned = (page: Page) =>
  page.evaluate(() => {
    const engines = performance.getEntriesByName('gaza-talks-context:engine', 'mark');
    const newest = engines[engines.length - 1];
    return performance.getEntriesByName('gaza-talks-context:scan', 'mark').some((m) => {
      const kind = (JSON.parse(String((m as PerformanceMark).detail)) as { kind: string }).kind;
      return newest !== undefined && m.startTime > newest.startTime && kind === 'full';
    });
  });
const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('gaza-talks-context-ui').length);

describe('extension reloaded or updated with pages open', () => {
  const suite = useBrowser({ extensionDir: copy });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  test('an update to a new version: the open page is painted once by the new scripts and its cards open', async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    const before = await (async () => {
      await openPainted(page, suite.server, '/demo.html');
      return page.evaluate(paintedList);
    })();
    await openCard(page, 'Steve Witkoff');
    const offTopic = await suite.driver.newPage();
    await offTopic.goto(suite.server.url('/sports-results.html'), { waitUntil: 'load' });
    await expect.poll(() => offTopic.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });

    const manifestFile = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
    const version = `${manifest.version}.1`;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, version }));
    await suite.driver.reloadExtension();
    expect(await suite.driver.extensionCall((api) => api.runtime.getManifest().version, null)).toBe(version);

    // The new engine ran on the open page and painted what the old one had, once.
    await expect.poll(() => engineLoads(page)).toBe(2);
    await expect.poll(() => newestEngineScanned(page)).toBe(true);
    await expect.poll(() => page.evaluate(paintedList)).toEqual(before);
    // Back to the article's tab (a background tab runs no animation frames, and the card waits for one).
    await page.bringToFront();
    await page.mouse.move(5, 5);
    await openCard(page, 'Khalil al-Hayya');
    expect(await hosts(page)).toBe(1);
    // The off-topic page got the new first stage, which again did not load the engine.
    await expect.poll(() => firstStageRuns(offTopic)).toBe(2);
    expect(await offTopic.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names', 'no-strong-names'], engine: false });
    expect(errors).toEqual([]);
  });

  test("a page shown at the reader's request keeps none of the old paint after an update that holds it back again", async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await page.goto(suite.server.url('/adjacent-hezbollah.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['strong-names'], engine: false });
    // The popup's "Show on this page anyway".
    const tabId = await suite.driver.tabIdOf(page);
    await suite.driver.extensionCall((api, id) => api.tabs.sendMessage(id, { type: 'show-anyway' }, { frameId: 0 }), tabId);
    await expect.poll(() => page.evaluate(paintedList)).toContain('Hamas');
    await suite.driver.reloadExtension();
    // The new first stage counts the page again and holds its names back: the engine is not loaded, and the old
    // copy's ranges (left registered in Firefox, where the old scripts end at once) must not be shown by the new
    // style sheets.
    await expect.poll(() => firstStageRuns(page)).toBe(2);
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['strong-names', 'strong-names'], engine: true });
    expect(await engineLoads(page)).toBe(1);
    await expect.poll(() => page.evaluate(paintedList)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a reload: settings changed afterwards reach the open page through the new scripts only', async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await openPainted(page, suite.server, '/demo.html');
    await suite.driver.reloadExtension();
    await expect.poll(() => engineLoads(page)).toBe(2);
    await expect.poll(() => newestEngineScanned(page)).toBe(true);
    expect(await page.evaluate(paintedList)).not.toEqual([]);
    // Off clears the paint: had an old copy still painted, its ranges would stay.
    await suite.driver.saveSettings({ enabled: false });
    await expect.poll(() => page.evaluate(paintedList)).toEqual([]);
    await suite.driver.saveSettings({ enabled: true });
    await expect.poll(() => page.evaluate(paintedList)).not.toEqual([]);
    expect(errors).toEqual([]);
  });

  test("turned off and on again in the browser's extensions page: the open page's paint and card go, then it is painted again", async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await openPainted(page, suite.server, '/demo.html');
    const before = await page.evaluate(paintedList);
    // What the first mention of Khalil al-Hayya looks like with nothing shown, and painted.
    const centre = await page.evaluate(textCentre, 'Khalil al-Hayya');
    if (!centre) throw new Error('no Khalil al-Hayya on the demo page');
    const clip = { x: centre.x - 70, y: centre.y - 14, width: 140, height: 28 };
    const look = () => page.screenshot({ clip, encoding: 'base64' });
    await suite.driver.saveSettings({ kinds: [] });
    await expect.poll(() => page.evaluate(paintedList)).toEqual([]);
    const unpainted = await look();
    await suite.driver.saveSettings({ kinds: [...KINDS] });
    await expect.poll(() => page.evaluate(paintedList)).toEqual(before);
    expect(await look()).not.toBe(unpainted);
    await openCard(page, 'Khalil al-Hayya');

    await suite.driver.setExtensionEnabled(false);
    // Nothing of ours is seen: the name looks as it does unpainted, and the open card is gone. (Firefox ends the
    // scripts at once, before they can remove anything; the sheets it takes away with them were what showed it.)
    await expect.poll(look).toBe(unpainted);
    await expect.poll(() => page.evaluate(cardSeen)).toBe(false);

    await suite.driver.setExtensionEnabled(true);
    await expect.poll(() => page.evaluate(paintedList)).toEqual(before);
    await expect.poll(look).not.toBe(unpainted);
    await moveAway(page);
    await openCard(page, 'Steve Witkoff');
    expect(await hosts(page)).toBe(1);
    expect(errors).toEqual([]);
  });
});
