// Detection on our varied pages: expected findings on-topic, nothing at all off-topic, the DOM untouched.
import type { FindingsResponse } from '@/src/messaging/messages';
import { detectionProblems, loadExpectations, SCRIPTED_PAGES, unpainted } from '../../support/expectations';
import { bodyMatchesSource, paintedList, scanFinished, stagesRun } from '../../support/page-probes';
import { expect, tabIdOf, test } from './fixtures';

test.describe('detection on varied pages', () => {
  test.beforeAll(async ({ chromiumExt }) => {
    // Paint every mention, so each expected spelling can be checked, not only first mentions.
    await chromiumExt.saveSettings({ density: 'every' });
  });

  test.afterAll(async ({ chromiumExt }) => {
    await chromiumExt.saveSettings({}, { reset: true });
  });

  for (const expected of loadExpectations()) {
    test(`${expected.page}: ${expected.onTopic ? 'finds what it names' : 'shows nothing'}`, async ({ page, server, chromiumExt }) => {
      await page.goto(server.url(`/${expected.page}`));
      await expect.poll(() => page.evaluate(scanFinished), { timeout: 15_000 }).toBe(true);
      if (expected.onTopic) {
        // Live pages keep adding text after load: wait until every expected spelling has been painted.
        await expect.poll(async () => unpainted(expected, await page.evaluate(paintedList)), { timeout: 20_000 }).toEqual([]);
      }
      const tabId = await tabIdOf(chromiumExt, page);
      const response = (await chromiumExt.serviceWorker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'get-findings' }, { frameId: 0 }),
        tabId,
      )) as FindingsResponse;
      const painted = await page.evaluate(paintedList);
      const engineLoaded = (await page.evaluate(stagesRun)).engine;
      const seen = { onTopic: response.relevance.onTopic, found: response.findings.map((f) => f.id), painted, engineLoaded };
      expect(detectionProblems(expected, seen)).toEqual([]);
      if (!SCRIPTED_PAGES.has(expected.page)) expect(await page.evaluate(bodyMatchesSource)).toBe(true);
    });
  }
});
