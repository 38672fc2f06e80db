// The driver's own extension tab: where it sends settings and asks the extension API, so no test page is
// ever used for that. Reopened after the extension reloads (its pages close then).
import type { Page } from 'puppeteer-core';
import type { ExtensionApi } from './extension-driver';

type OpenPage = (page: Page, path: string) => Promise<void>;

export class ControlPage {
  #page: Page | undefined;

  constructor(
    private readonly newPage: () => Promise<Page>,
    private readonly open: OpenPage,
  ) {}

  /** The tab, opened on search.html the first time (a page with no side effects on settings or tabs). */
  async page(): Promise<Page> {
    if (this.#page && !this.#page.isClosed()) return this.#page;
    const page = await this.newPage();
    await this.open(page, 'search.html');
    this.#page = page;
    return page;
  }

  isControl(page: Page): boolean {
    return page === this.#page;
  }

  /** Forgets the tab (the extension reloaded and closed it). */
  forget(): void {
    this.#page = undefined;
  }

  async call<A, R>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const page = await this.page();
    // The function travels as source text (puppeteer evaluates an expression without the page's CSP).
    const expression = `(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (${fn.toString()})(api, ${JSON.stringify(arg ?? null)});
    })()`;
    return (await page.evaluate(expression)) as R;
  }

  /**
   * The browser's id for `page`'s tab: brought to the front, it is the active tab (without the "tabs"
   * permission an extension cannot query tabs by URL). `scope` names the window as each browser wants it.
   */
  async tabIdOf(page: Page, scope: { lastFocusedWindow: true } | { currentWindow: true }): Promise<number> {
    // The driver's own tab first: opened after, it would be the active tab.
    await this.page();
    await page.bringToFront();
    return this.call(async (api, query) => {
      const [tab] = await api.tabs.query({ active: true, ...query });
      if (tab?.id === undefined) throw new Error('no active tab');
      return tab.id;
    }, scope);
  }

  /** Changes settings through the background's `save-settings`, as the options page does. */
  async saveSettings(patch: Record<string, unknown>, options?: { reset?: boolean }): Promise<void> {
    const saved = await this.call((api, message) => api.runtime.sendMessage(message), {
      type: 'save-settings',
      patch,
      reset: options?.reset === true,
    });
    if (!saved) throw new Error(`settings not saved: ${JSON.stringify(patch)}`);
  }
}
