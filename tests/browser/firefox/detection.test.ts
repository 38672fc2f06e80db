// Detection on our varied pages in Firefox: expected findings on-topic, nothing at all off-topic, the DOM untouched.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FindingsResponse } from '@/src/messaging/messages';
import { detectionProblems, loadExpectations, SCRIPTED_PAGES, unpainted } from '../../support/expectations';
import { bodyMatchesSource, paintedList, scanFinished, stagesRun } from '../../support/page-probes';
import { type ExtensionApi, storeSettings, tabIdOf, useFirefox } from './fixtures';

describe('detection on varied pages (Firefox)', () => {
  const suite = useFirefox();
  let extensionPage: Page;

  beforeAll(async () => {
    extensionPage = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(extensionPage, 'popup.html');
    // Paint every mention, so each expected spelling can be checked, not only first mentions.
    await storeSettings(extensionPage, { density: 'every' });
  });

  afterAll(async () => {
    await storeSettings(extensionPage, { density: 'first' });
  });

  for (const expected of loadExpectations()) {
    test(`${expected.page}: ${expected.onTopic ? 'finds what it names' : 'shows nothing'}`, async () => {
      const page = await suite.firefox.newPage();
      await page.goto(suite.server.url(`/${expected.page}`), { waitUntil: 'load' });
      await expect.poll(() => page.evaluate(scanFinished), { timeout: 15_000 }).toBe(true);
      if (expected.onTopic) {
        // Live pages keep adding text after load: wait until every expected spelling has been painted.
        await expect.poll(async () => unpainted(expected, await page.evaluate(paintedList)), { timeout: 20_000 }).toEqual([]);
      }
      const tabId = await tabIdOf(extensionPage, page);
      const response = (await extensionPage.evaluate(
        (id) => (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.sendMessage(id, { type: 'get-findings' }, { frameId: 0 }),
        tabId,
      )) as FindingsResponse;
      const painted = await page.evaluate(paintedList);
      const engineLoaded = (await page.evaluate(stagesRun)).engine;
      const seen = { onTopic: response.relevance.onTopic, found: response.findings.map((f) => f.id), painted, engineLoaded };
      expect(detectionProblems(expected, seen)).toEqual([]);
      if (!SCRIPTED_PAGES.has(expected.page)) expect(await page.evaluate(bodyMatchesSource)).toBe(true);
      await page.close();
    });
  }
});
