// One small interface over a real browser with the built extension, so each browser spec is written once
// and run in Chromium and in Firefox (tests/browser/specs). Both drivers use puppeteer-core: Chromium over
// CDP with the extension loaded at launch, Firefox over WebDriver BiDi with the extension installed.
import type { Browser, Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** The pages' and extension pages' colour scheme (the reader's system theme). */
  colorScheme?: 'light' | 'dark';
  /** Another build of the extension (a copy the update test rewrites). */
  extensionDir?: string;
  /** `127.0.0.1:<port>` of a proxy every non-loopback request must go through (the privacy test's recorder). */
  proxy?: string;
}

/** The extension API inside an extension page (Chrome's promise-based `chrome`, or Firefox's `browser`). */
export type ExtensionApi = typeof chrome;

export interface ExtensionDriver {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly origin: string;
  /** Whether the extension opened its welcome page on install (closed at once: tests open their own tabs). */
  readonly welcomeOpened: boolean;
  /** A new tab (with the launch's colour scheme). */
  newPage(): Promise<Page>;
  /** Navigates `page` to one of the extension's pages (popup.html, options.html, search.html). */
  openExtensionPage(page: Page, path: string): Promise<void>;
  /**
   * Runs `fn` in an extension page of ours, where `api` is the extension API. `fn` is serialised into that
   * page: it must be self-contained.
   */
  extensionCall<A, R>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The browser's id for `page`'s tab (brought to the front, it is the active tab). */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge's text on a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Changes settings through the background's `save-settings`, as the options page does. */
  saveSettings(patch: Record<string, unknown>, options?: { reset?: boolean }): Promise<void>;
  /** True for the driver's own extension tab (where it sends settings), which tests leave open. */
  isOwnPage(page: Page): boolean;
  /** Loads the extension's directory again (the browsers' own "Reload", and how an update lands), and waits until it runs. */
  reloadExtension(): Promise<void>;
  /**
   * Turns the extension off or on as the reader does in the browser's extensions page (chrome://extensions,
   * about:addons), and once on, waits until it runs.
   */
  setExtensionEnabled(enabled: boolean): Promise<void>;
  close(): Promise<void>;
}

/** The browser a run uses: `GTC_BROWSER=chromium|firefox` (vitest.browser.config.ts sets it per run). */
export function browserName(): BrowserName {
  const name = process.env.GTC_BROWSER ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`GTC_BROWSER must be chromium or firefox, not ${name}`);
  return name;
}
