// Debian's Chromium with the built extension, driven by puppeteer-core over CDP.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { chromiumPath } from '../../support/chromium-extension';
import { ControlPage } from './control-page';
import type { ExtensionDriver, LaunchOptions } from './extension-driver';
import { closeWelcomePage } from './welcome-page';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

const isOurWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://');

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionDriver> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`The extension is not built: ${dir} has no manifest. Run 'npx wxt build'.`);
  const profile = mkdtempSync(join(tmpdir(), 'gtc-chromium-'));
  const browser: Browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    enableExtensions: [dir],
    defaultViewport: { width: 1100, height: 800 },
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      // The browser's own update and time checks: a test of the extension has no use for them.
      '--disable-background-networking',
      '--disable-component-update',
      // Loopback (our page server) bypasses a proxy in Chromium by default.
      ...(options.proxy ? [`--proxy-server=http://${options.proxy}`] : []),
    ],
  });
  const worker = await browser.waitForTarget(isOurWorker, { timeout: 15_000 });
  // URL.origin is "null" for non-web schemes: build it from the host.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    if (options.colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.colorScheme }]);
    return page;
  };
  const openExtensionPage = async (page: Page, path: string): Promise<void> => {
    await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  };
  const control = new ControlPage(newPage, openExtensionPage);
  const welcomeOpened = await closeWelcomePage(browser, `${origin}/welcome.html`, dir);

  const driver: ExtensionDriver = {
    name: 'chromium',
    browser,
    origin,
    welcomeOpened,
    newPage,
    openExtensionPage,
    extensionCall: (fn, arg) => control.call(fn, arg),
    isOwnPage: (page) => control.isControl(page),
    tabIdOf: (page) => control.tabIdOf(page, { lastFocusedWindow: true }),
    badgeText: (tabId) => control.call((api, id) => api.action.getBadgeText({ tabId: id }), tabId),
    saveSettings: (patch, saveOptions) => control.saveSettings(patch, saveOptions),
    async reloadExtension() {
      const before = new Set(browser.targets().filter(isOurWorker));
      // Loading the same unpacked directory again is Chrome's "Reload" (chrome://extensions) and how an
      // update lands: the extension is replaced in place, `onInstalled` says "update". (A headless
      // Chromium does not bring an extension back after its own `runtime.reload()`.)
      await browser.installExtension(dir);
      control.forget();
      await browser.waitForTarget((t) => isOurWorker(t) && !before.has(t), { timeout: 15_000 });
    },
    async setExtensionEnabled(enabled) {
      const before = new Set(browser.targets().filter(isOurWorker));
      // The extensions page's own API: its toggle turns an extension off and on through it.
      const page = await browser.newPage();
      try {
        await page.goto('chrome://extensions', { waitUntil: 'load' });
        await page.evaluate(
          (id, on) => (globalThis as unknown as { chrome: typeof chrome }).chrome.management.setEnabled(id, on),
          new URL(origin).host,
          enabled,
        );
      } finally {
        await page.close();
      }
      control.forget();
      if (enabled) await browser.waitForTarget((t) => isOurWorker(t) && !before.has(t), { timeout: 15_000 });
    },
    async close() {
      await browser.close();
      // Only after the browser has exited: it still writes to its profile while closing.
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return driver;
}
