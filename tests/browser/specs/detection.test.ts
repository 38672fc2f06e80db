// Detection on our varied pages: expected findings on-topic, nothing at all off-topic, the DOM untouched.
import { beforeEach, describe, expect, test } from 'vitest';
import type { FindingsResponse } from '@/src/messaging/messages';
import { detectionProblems, loadExpectations, SCRIPTED_PAGES, unpainted } from '../../support/expectations';
import { bodyMatchesSource, paintedList, scanFinished, stagesRun } from '../../support/page-probes';
import { useBrowser } from '../driver/use-browser';

describe('detection on varied pages', () => {
  const suite = useBrowser();

  // Before each test, as useBrowser resets the settings after each one.
  beforeEach(async () => {
    // Paint every mention, so each expected spelling can be checked, not only first mentions.
    await suite.driver.saveSettings({ density: 'every' });
  });

  for (const expected of loadExpectations()) {
    test(`${expected.page}: ${expected.onTopic ? 'finds what it names' : 'shows nothing'}`, async () => {
      const page = await suite.driver.newPage();
      await page.goto(suite.server.url(`/${expected.page}`), { waitUntil: 'load' });
      await expect.poll(() => page.evaluate(scanFinished), { timeout: 15_000 }).toBe(true);
      if (expected.onTopic) {
        // Live pages keep adding text after load: wait until every expected spelling has been painted.
        await expect.poll(async () => unpainted(expected, await page.evaluate(paintedList)), { timeout: 20_000 }).toEqual([]);
      }
      const tabId = await suite.driver.tabIdOf(page);
      const response = await suite.driver.extensionCall<number, FindingsResponse>(
        (api, id) => api.tabs.sendMessage(id, { type: 'get-findings' }, { frameId: 0 }),
        tabId,
      );
      const painted = await page.evaluate(paintedList);
      const engineLoaded = (await page.evaluate(stagesRun)).engine;
      const seen = { onTopic: response.relevance.onTopic, found: response.findings.map((f) => f.id), painted, engineLoaded };
      expect(detectionProblems(expected, seen)).toEqual([]);
      if (!SCRIPTED_PAGES.has(expected.page)) expect(await page.evaluate(bodyMatchesSource)).toBe(true);
    });
  }
});
