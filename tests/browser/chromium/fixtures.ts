// Worker-scoped: one Chromium with the extension and one page server for the whole suite.
import { test as base, expect, type Page } from '@playwright/test';
import { type LoadedChromium, launchChromiumWithExtension } from '../../support/chromium-extension';
import { paintedTexts } from '../../support/page-probes';
import { type StaticServer, startStaticServer } from '../../support/static-server';

interface WorkerFixtures {
  chromiumExt: LoadedChromium;
  server: StaticServer;
}

export const test = base.extend<{ page: Page }, WorkerFixtures>({
  chromiumExt: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const loaded = await launchChromiumWithExtension();
      await use(loaded);
      await loaded.close();
    },
    { scope: 'worker' },
  ],
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const server = await startStaticServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ chromiumExt }, use) => {
    const page = await chromiumExt.context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

/** Opens one of our test pages and waits until the extension has painted something on it. */
export async function openPainted(page: Page, server: StaticServer, path: string): Promise<Record<string, string[]>> {
  await page.goto(server.url(path));
  await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
  return page.evaluate(paintedTexts);
}

/** Opens an extension page (popup.html, options.html) in a tab. */
export async function openExtensionPage(page: Page, ext: LoadedChromium, path: string): Promise<void> {
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
}

/** The browser's id for `page`'s tab: brought to the front, it is the active tab the extension sees. */
export async function tabIdOf(ext: LoadedChromium, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}
