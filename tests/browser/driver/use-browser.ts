// What every browser spec file shares: one browser with the extension and one page server per file, and a
// clean state between tests (extra tabs closed, settings reset) whatever the test did or where it failed.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { paintedTexts } from '../../support/page-probes';
import { type StaticServer, startStaticServer } from '../../support/static-server';
import type { ExtensionDriver, LaunchOptions } from './extension-driver';
import { launchDriver } from './launch-driver';

export interface BrowserSuite {
  driver: ExtensionDriver;
  server: StaticServer;
  /** Keeps a tab open across the file's tests (one opened in a beforeAll). */
  keep(page: Page): Page;
}

export function useBrowser(options: LaunchOptions = {}): BrowserSuite {
  const kept = new Set<Page>();
  const suite = {
    keep: (page: Page) => {
      kept.add(page);
      return page;
    },
  } as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startStaticServer();
    suite.driver = await launchDriver(options);
    // The driver's own tab opens now rather than at a test's first setting, where it would take the foreground
    // from the test's page: Chromium then holds each mouse event to that background page for 5 s.
    await suite.driver.extensionCall(() => null, null);
  });
  afterEach(async () => {
    if (!suite.driver) return;
    // Reset first: it opens the driver's own tab if needed, so the browser never loses its last tab.
    await suite.driver.saveSettings({}, { reset: true });
    for (const page of await suite.driver.browser.pages()) {
      if (!kept.has(page) && !suite.driver.isOwnPage(page)) await page.close().catch(() => undefined);
    }
  });
  afterAll(async () => {
    await suite.driver?.close();
    await suite.server?.close();
  });
  return suite;
}

/** Opens one of our test pages and waits until the extension has painted something on it. */
export async function openPainted(page: Page, server: StaticServer, path: string): Promise<Record<string, string[]>> {
  await page.goto(server.url(path), { waitUntil: 'load' });
  await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
  return page.evaluate(paintedTexts);
}
