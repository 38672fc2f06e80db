// Firefox ESR with the built extension installed, driven over WebDriver BiDi (no geckodriver exists here).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { z } from 'zod';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
// A fixed internal UUID makes moz-extension:// URLs predictable.
const EXTENSION_UUID = '6f1a1f38-5d1e-4e55-9a3c-1c0a7d1b2c3d';

const manifestSchema = z.object({ browser_specific_settings: z.object({ gecko: z.object({ id: z.string() }) }) });

/** The parts of puppeteer's BiDi browser and frame that its public types do not expose. */
interface BidiConnection {
  send(method: 'browsingContext.navigate', params: { context: string; url: string; wait: 'complete' }): Promise<unknown>;
}
const bidiConnectionSchema = z.custom<BidiConnection>(
  (v) => typeof v === 'object' && v !== null && 'send' in v && typeof v.send === 'function',
  "puppeteer's BiDi connection",
);
// Parsed with z.custom, which keeps the object itself: the connection's methods need their own `this`.
const bidiBrowserSchema = z.object({ connection: bidiConnectionSchema });
const bidiFrameSchema = z.object({ _id: z.string() });

export interface LoadedFirefox {
  browser: Browser;
  origin: string;
  newPage(): Promise<Page>;
  /** Opens an extension page (popup.html, options.html) in `page`; `page.goto` hangs on moz-extension:// URLs. */
  openExtensionPage(page: Page, path: string): Promise<void>;
  /** Whether the extension opened its welcome page on install (closed at once: tests open their own tabs). */
  welcomeOpened: boolean;
  close(): Promise<void>;
}

/**
 * The extension opens its welcome page on install (src/messaging/welcome.ts). Waits for it and closes it, so
 * a later tab of a test is never pushed aside by it ("the active tab" must be the test's).
 */
async function closeWelcomePage(browser: Browser, url: string, dir: string): Promise<boolean> {
  if (!existsSync(resolve(dir, 'welcome.html'))) return false;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    // BiDi reports an extension tab's URL as about:blank: ask the page itself.
    const pages = await browser.pages();
    const urls = await Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => '')));
    const welcome = pages[urls.indexOf(url)];
    if (welcome) {
      await welcome.close();
      return true;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
}

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox ESR not found at ${path}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  }
  return path;
}

/** `prefs` are extra Firefox preferences (a dark colour scheme for the pages, for one). */
export async function launchFirefoxWithExtension(dir = EXTENSION_DIR, prefs: Record<string, unknown> = {}): Promise<LoadedFirefox> {
  const manifestFile = resolve(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No Firefox build at ${dir}: run \`wxt build -b firefox\` first.`);
  const geckoId = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8'))).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    // Lets BiDi navigate tabs to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }), ...prefs },
  });
  try {
    await browser.installExtension(dir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const connection = bidiBrowserSchema.parse(browser).connection;
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const welcomeOpened = await closeWelcomePage(browser, `${origin}/welcome.html`, dir);
  return {
    browser,
    origin,
    newPage: () => browser.newPage(),
    async openExtensionPage(page, path) {
      const context = bidiFrameSchema.parse(page.mainFrame())._id;
      await connection.send('browsingContext.navigate', { context, url: `${origin}/${path}`, wait: 'complete' });
    },
    welcomeOpened,
    close: () => browser.close(),
  };
}
