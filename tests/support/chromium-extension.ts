// Launches Debian's Chromium with the built extension loaded (shared by the Playwright suite and the demo).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const CHROME_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with 'sudo apt-get install -y chromium' or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

export interface LoadedChromium {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /**
   * Changes settings through the extension's own store (the background's `save-settings`), from an extension
   * page, as the options page does: the stored format and its version are the store's business.
   */
  saveSettings(patch: Record<string, unknown>, options?: { reset?: boolean }): Promise<void>;
  /** Whether the extension opened its welcome page on install (closed at once: tests open their own tabs). */
  welcomeOpened: boolean;
  close(): Promise<void>;
}

/**
 * The extension opens its welcome page on install (src/messaging/welcome.ts). Waits for it and closes it, so
 * a later tab of a test is never pushed aside by it ("the active tab" must be the test's).
 */
async function closeWelcomePage(context: BrowserContext, extensionId: string, extensionDir: string): Promise<boolean> {
  if (!existsSync(join(extensionDir, 'welcome.html'))) return false;
  const url = `chrome-extension://${extensionId}/welcome.html`;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const welcome = context.pages().find((page) => page.url() === url);
    if (welcome) {
      await welcome.close();
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const COMMON_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * The same browser with no extension: a persistent profile launched with the same flags, so a comparison
 * with launchChromiumWithExtension differs by the extension alone (the benchmark's no-extension arm).
 */
export function launchChromiumWithoutExtension(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gtc-chromium-plain-')), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: COMMON_ARGS,
  });
}

export async function launchChromiumWithExtension(extensionDir = CHROME_EXTENSION_DIR): Promise<LoadedChromium> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${extensionDir} has no manifest. Run 'npx wxt build' first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'gtc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...COMMON_ARGS],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const welcomeOpened = await closeWelcomePage(context, extensionId, extensionDir);
  return {
    context,
    serviceWorker,
    extensionId,
    welcomeOpened,
    saveSettings: async (patch, options) => {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/search.html`);
        const saved = await page.evaluate(
          ([changes, reset]) => chrome.runtime.sendMessage({ type: 'save-settings', patch: changes, reset }),
          [patch, options?.reset === true] as const,
        );
        if (!saved) throw new Error(`settings not saved: ${JSON.stringify(patch)}`);
      } finally {
        await page.close();
      }
    },
    close: async () => {
      await context.close();
      // Only after the browser has exited: it still writes to its profile while closing.
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
