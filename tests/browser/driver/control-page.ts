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
}
