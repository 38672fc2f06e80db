// The two stages: the first stage on every page, the engine only where the page names the talks.
import type { LoadedChromium } from '../../support/chromium-extension';
import { highlightStyle, paintedTexts, stagesRun } from '../../support/page-probes';
import { expect, test } from './fixtures';

const allPainted = (painted: Record<string, string[]>) => Object.values(painted).flat();

const patchSettings = (ext: LoadedChromium, patch: Record<string, unknown>) => ext.saveSettings(patch);

test.describe('two stages', () => {
  test.afterEach(async ({ chromiumExt }) => {
    await patchSettings(chromiumExt, { enabled: true, pausedSites: [] });
  });

  test('an off-topic page full of false friends never loads the engine', async ({ page, server }) => {
    await page.goto(server.url('/offtopic-false-friends-50k.html'));
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    // Still nothing a while later: no late load, no paint.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    expect(await page.evaluate(paintedTexts)).toEqual({});
  });

  test('an on-topic page loads the engine and is painted', async ({ page, server }) => {
    await page.goto(server.url('/wire-story.html'));
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Hamas');
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['on-topic'], engine: true });
    // Our highlight rules (in the manifest, from the page's start) style what was painted.
    expect(await page.evaluate(highlightStyle)).toBe('underline');
  });

  test('an off-topic live page that later receives a story about the talks is painted', async ({ page, server }) => {
    await page.goto(server.url('/offtopic-live.html#on-request'));
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
    await page.evaluate(() => document.dispatchEvent(new Event('gtc-test-story')));
    await expect
      .poll(async () => allPainted(await page.evaluate(paintedTexts)))
      .toEqual(expect.arrayContaining(['Hamas', 'Steve Witkoff', 'Sharm el-Sheikh']));
    expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names', 'mutation'], engine: true });
  });

  test('a page over 200 screens tall whose top names the talks twice is painted on load', async ({ page, server }) => {
    await page.setViewportSize({ width: 1100, height: 300 });
    await page.goto(server.url('/long-sparse-top.html'));
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
    test(`${what} while only the first stage ran leaves nothing behind, and undoing it looks again`, async ({
      page,
      server,
      chromiumExt,
    }) => {
      await page.goto(server.url('/offtopic-live.html#on-request'));
      await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });
      await patchSettings(chromiumExt, patch);
      await expect.poll(async () => (await page.evaluate(stagesRun)).firstStage).toEqual(['no-strong-names', 'off']);
      // The story arrives while the extension is off here: nothing may notice it.
      await page.evaluate(() => document.dispatchEvent(new Event('gtc-test-story')));
      await page.waitForTimeout(800);
      expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names', 'off'], engine: false });
      expect(await page.evaluate(paintedTexts)).toEqual({});
      // Back on: the first stage reads the page again and finds the story.
      await patchSettings(chromiumExt, { enabled: true, pausedSites: [] });
      await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Hamas');
      expect(await page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names', 'off', 'on-topic'], engine: true });
    });
  }
});
