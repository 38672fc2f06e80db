// Firefox ESR with the built extension installed, driven by puppeteer-core over WebDriver BiDi.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { z } from 'zod';
import { ControlPage } from './control-page';
import type { ExtensionDriver, LaunchOptions } from './extension-driver';
import { closeWelcomePage } from './welcome-page';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
// A fixed internal UUID makes moz-extension:// URLs predictable.
const EXTENSION_UUID = '6f1a1f38-5d1e-4e55-9a3c-1c0a7d1b2c3d';

const manifestSchema = z.object({ browser_specific_settings: z.object({ gecko: z.object({ id: z.string() }) }) });

/** The parts of puppeteer's BiDi browser and frame that its public types do not expose. */
interface BidiConnection {
  send(method: 'browsingContext.navigate', params: { context: string; url: string; wait: 'complete' }): Promise<unknown>;
  send(method: 'browsingContext.getTree', params: { 'moz:scope': 'chrome' }): Promise<unknown>;
  send(method: 'script.evaluate', params: { expression: string; target: { context: string }; awaitPromise: true }): Promise<unknown>;
}
/** The browser window's own context (`--remote-allow-system-access`), where about:addons' code runs. */
const chromeTreeSchema = z.object({ result: z.object({ contexts: z.array(z.object({ context: z.string() })).min(1) }) });
const evaluatedSchema = z.object({ result: z.object({ type: z.literal('success') }) });
const bidiConnectionSchema = z.custom<BidiConnection>(
  (v) => typeof v === 'object' && v !== null && 'send' in v && typeof v.send === 'function',
  "puppeteer's BiDi connection",
);
// Parsed with z.custom, which keeps the object itself: the connection's methods need their own `this`.
const bidiBrowserSchema = z.object({ connection: bidiConnectionSchema });
const bidiFrameSchema = z.object({ _id: z.string() });

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox ESR not found at ${path}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  return path;
}

const DARK_PREFS = { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 };
const LIGHT_PREFS = { 'layout.css.prefers-color-scheme.content-override': 1, 'ui.systemUsesDarkTheme': 0 };

/** Every protocol through `proxy`; loopback stays direct (Firefox's default, `allow_hijacking_localhost` off). */
function proxyPrefs(proxy: string | undefined): Record<string, unknown> {
  if (!proxy) return {};
  const [host, port] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionDriver> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const manifestFile = resolve(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No Firefox build at ${dir}: run \`wxt build -b firefox\` first.`);
  const geckoId = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8'))).browser_specific_settings.gecko.id;
  const scheme = options.colorScheme === 'dark' ? DARK_PREFS : options.colorScheme === 'light' ? LIGHT_PREFS : {};
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // Lets BiDi navigate tabs to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      ...scheme,
      ...proxyPrefs(options.proxy),
    },
  });
  try {
    await browser.installExtension(dir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const connection = bidiBrowserSchema.parse(browser).connection;
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const newPage = () => browser.newPage();
  // `page.goto` hangs on moz-extension:// URLs: navigate over BiDi directly.
  const openExtensionPage = async (page: Page, path: string): Promise<void> => {
    const context = bidiFrameSchema.parse(page.mainFrame())._id;
    await connection.send('browsingContext.navigate', { context, url: `${origin}/${path}`, wait: 'complete' });
  };
  const control = new ControlPage(newPage, openExtensionPage);
  const welcomeOpened = await closeWelcomePage(browser, `${origin}/welcome.html`, dir);

  /** Once the extension was installed again or turned on: its pages answer again once it runs. */
  const untilRunning = async (when: string): Promise<void> => {
    for (const deadline = Date.now() + 15_000; ; ) {
      control.forget();
      const alive = await control.call((api) => api.runtime.getManifest().version, null).catch(() => undefined);
      if (alive) return;
      if (Date.now() > deadline) throw new Error(`the extension did not come back ${when}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  };

  return {
    name: 'firefox',
    browser,
    origin,
    welcomeOpened,
    newPage,
    openExtensionPage,
    extensionCall: (fn, arg) => control.call(fn, arg),
    isOwnPage: (page) => control.isControl(page),
    tabIdOf: (page) => control.tabIdOf(page, { currentWindow: true }),
    // Firefox's MV2 build has `browserAction`, not `action`.
    badgeText: (tabId) =>
      control.call((api, id) => (api as unknown as { browserAction: typeof api.action }).browserAction.getBadgeText({ tabId: id }), tabId),
    saveSettings: (patch, saveOptions) => control.saveSettings(patch, saveOptions),
    async reloadExtension() {
      // Installing the same temporary add-on again is about:debugging's "Reload" and how an update lands.
      await browser.installExtension(dir);
      await untilRunning('after reload');
    },
    async setExtensionEnabled(enabled) {
      const tree = chromeTreeSchema.parse(await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }));
      const context = tree.result.contexts[0]?.context ?? '';
      // What about:addons' switch calls: the add-on manager's disable() and enable().
      const expression = `(async () => {
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        const addon = await AddonManager.getAddonByID(${JSON.stringify(geckoId)});
        await addon.${enabled ? 'enable' : 'disable'}();
      })()`;
      const result = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
      if (!evaluatedSchema.safeParse(result).success)
        throw new Error(`the add-on was not turned ${enabled ? 'on' : 'off'}: ${JSON.stringify(result)}`);
      if (enabled) await untilRunning('when turned on');
      else control.forget();
    },
    close: () => browser.close(),
  };
}
