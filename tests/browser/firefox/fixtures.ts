// What every Firefox test file shares: one browser with the extension and one page server per file.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { paintedTexts } from '../../support/page-probes';
import { type StaticServer, startStaticServer } from '../../support/static-server';
import { type LoadedFirefox, launchFirefoxWithExtension } from './firefox-extension';

export interface FirefoxSuite {
  firefox: LoadedFirefox;
  server: StaticServer;
}

/** Launches Firefox and the page server before the file's tests and closes both after them. */
export function useFirefox(prefs: Record<string, unknown> = {}): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await startStaticServer();
    suite.firefox = await launchFirefoxWithExtension(undefined, prefs);
  });
  afterAll(async () => {
    await suite.firefox?.close();
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

/** The `browser` namespace inside an extension page (Firefox's promise-based API; typed like Chrome's). */
export type ExtensionApi = typeof chrome;

/**
 * The browser's id for `page`'s tab, asked from an extension page: brought to the front, `page` is the active tab.
 * (Without the "tabs" permission an extension cannot query tabs by URL.)
 */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/**
 * Changes settings through the extension's own store (the background's `save-settings`), from an extension
 * page, as the options page does: the stored format and its version are the store's business.
 */
export async function storeSettings(extensionPage: Page, patch: Record<string, unknown>, options?: { reset?: boolean }): Promise<void> {
  const saved = await extensionPage.evaluate(
    (changes, reset) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      return api.runtime.sendMessage({ type: 'save-settings', patch: changes, reset });
    },
    patch,
    options?.reset === true,
  );
  if (!saved) throw new Error(`settings not saved: ${JSON.stringify(patch)}`);
}
