// The two stages: the first stage on every page, the engine only where the page names the talks.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { firstStageCounts, highlightStyle, paintedTexts, scanPasses, stagesRun } from '../../support/page-probes';
import { pause } from '../driver/page-actions';
import { useBrowser } from '../driver/use-browser';

const allPainted = (painted: Record<string, string[]>) => Object.values(painted).flat();

describe('two stages', () => {
  const suite = useBrowser();

  const open = async (path: string, viewport?: { width: number; height: number }): Promise<Page> => {
    const page = await suite.driver.newPage();
    if (viewport) await page.setViewport(viewport);
    await page.goto(suite.server.url(path), { waitUntil: 'load' });
    return page;
  };

  test('an off-topic page full of false friends never loads the engine', async () => {
    const page = await open('/offtopic-false-friends-50k.html');
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    // Still nothing a while later: no late load, no paint.
    await pause(1_000);
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    expect(await page.evaluate(paintedTexts)).toEqual({});
    // Nor, in Firefox, the underline rules: a decorated ::highlight() rule on every element slows the styling of
    // a whole page. Chromium's rules sit on :root, where they cost nothing: its manifest has them on every page.
    expect(await page.evaluate(highlightStyle)).toBe(suite.driver.name === 'firefox' ? 'none' : 'underline');
  });

  test('an on-topic page loads the engine and is painted', async () => {
    const page = await open('/wire-story.html');
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Hamas');
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['on-topic'], engine: true });
    // Our underline rules (Firefox: inserted by the background once the engine found the page is not long)
    // style what was painted.
    await expect.poll(() => page.evaluate(highlightStyle)).toBe('underline');
  });

  test("the background matches an article's text, as it loads and as it changes: the page builds no matcher", async () => {
    const page = await open('/wire-story.html');
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Hamas');
    expect(allPainted(await page.evaluate(paintedTexts))).not.toContain('Nickolay Mladenov');
    expect(await page.evaluate(scanPasses)).toEqual([{ kind: 'full', byBackground: true, builtMatcher: false }]);
    // A paragraph added later (a live update) is matched the same way, and painted.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Nickolay Mladenov met Hamas negotiators in Cairo.';
      document.body.append(p);
    });
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Nickolay Mladenov');
    expect(await page.evaluate(scanPasses)).toContainEqual({ kind: 'partial', byBackground: true, builtMatcher: false });
    expect((await page.evaluate(scanPasses)).some((pass) => pass.builtMatcher)).toBe(false);
  });

  test('a page that keeps changing builds its own matcher after 20 changes, and goes on painting them without a round trip', async () => {
    const page = await open('/wire-story.html');
    await expect.poll(async () => (await page.evaluate(scanPasses)).length).toBe(1);
    // Twenty changes, each its own pass: the background matches them.
    for (let i = 1; i <= 20; i++) {
      await page.evaluate((n) => {
        const p = document.createElement('p');
        p.textContent = `Update ${n}: mediators in Doha said Hamas would answer.`;
        document.body.append(p);
      }, i);
      await expect.poll(async () => (await page.evaluate(scanPasses)).length).toBe(i + 1);
    }
    const passes = await page.evaluate(scanPasses);
    expect(passes.filter((pass) => pass.kind === 'partial' && pass.byBackground)).toHaveLength(20);
    // The page has fetched the index and built its matcher meanwhile: the next change is matched here.
    await pause(500);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Nickolay Mladenov met Hamas negotiators in Cairo.';
      document.body.append(p);
    });
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Nickolay Mladenov');
    expect((await page.evaluate(scanPasses)).at(-1)).toEqual({ kind: 'partial', byBackground: false, builtMatcher: true });
  });

  test("a story whose app data repeats it is counted as a reader sees it: the scripts' names are left out", async () => {
    const page = await open('/data-script-story.html');
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Khalil al-Hayya');
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['on-topic'], engine: true });
    // Hamas, Khalil al-Hayya and the Board of Peace once each in the story; the JSON data names them seven times more.
    expect(await page.evaluate(firstStageCounts)).toEqual([{ entries: 3, mentions: 3 }]);
    const painted = allPainted(await page.evaluate(paintedTexts));
    expect(painted).toEqual(expect.arrayContaining(['Hamas', 'Board of Peace']));
  });

  test('an off-topic page whose app data names the talks never loads the engine', async () => {
    const page = await open('/recipe-data-script.html');
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    expect(await page.evaluate(firstStageCounts)).toEqual([{ entries: 0, mentions: 0 }]);
    await pause(1_000);
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    expect(await page.evaluate(paintedTexts)).toEqual({});
  });

  test('a story about another war that names Hamas and Gaza once each never loads the engine', async () => {
    const page = await open('/adjacent-hezbollah.html');
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['strong-names'], engine: false });
    await pause(1_000);
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['strong-names'], engine: false });
    expect(await page.evaluate(paintedTexts)).toEqual({});
  });

  test('an off-topic live page that later receives a story about the talks is painted', async () => {
    const page = await open('/offtopic-live.html#on-request');
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    await page.evaluate(() => document.dispatchEvent(new Event('gtc-test-story')));
    await expect
      .poll(async () => allPainted(await page.evaluate(paintedTexts)))
      .toEqual(expect.arrayContaining(['Hamas', 'Steve Witkoff', 'Sharm el-Sheikh']));
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names', 'mutation'], engine: true });
  });

  test('a page over 200 screens tall whose top names the talks twice is painted on load', async () => {
    const page = await open('/long-sparse-top.html', { width: 1100, height: 300 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight / innerHeight)).toBeGreaterThan(200);
    // The top alone (Hamas, twice) would not be on topic; the archive far below names the talks often.
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Hamas');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(allPainted(await page.evaluate(paintedTexts))).not.toContain('Board of Peace');
  });

  for (const [what, patch] of [
    ['turning the extension off', { enabled: false }],
    ['pausing the site', { pausedSites: ['127.0.0.1'] }],
  ] as const) {
    test(`${what} while only the first stage ran leaves nothing behind, and undoing it looks again`, async () => {
      const page = await open('/offtopic-live.html#on-request');
      await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
      await suite.driver.saveSettings(patch);
      await expect.poll(async () => (await page.evaluate(stagesRun)).firstStage).toEqual(['no-strong-names', 'off']);
      // The story arrives while the extension is off here: nothing may notice it.
      await page.evaluate(() => document.dispatchEvent(new Event('gtc-test-story')));
      await pause(800);
      expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names', 'off'], engine: false });
      expect(await page.evaluate(paintedTexts)).toEqual({});
      // Back on: the first stage reads the page again and finds the story.
      await suite.driver.saveSettings({ enabled: true, pausedSites: [] });
      await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Hamas');
      expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names', 'off', 'on-topic'], engine: true });
    });
  }
});
