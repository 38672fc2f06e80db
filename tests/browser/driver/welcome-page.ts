// The extension opens its welcome page on first install (src/messaging/welcome.ts). The drivers wait for it
// and close it, so a test's tab is never pushed aside by it ("the active tab" must be the test's).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';

export async function closeWelcomePage(browser: Browser, url: string, dir: string): Promise<boolean> {
  if (!existsSync(resolve(dir, 'welcome.html'))) return false;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const pages = await browser.pages();
    // Firefox's BiDi reports an extension tab's URL as about:blank: ask the page itself.
    const urls = await Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => page.url())));
    const welcome = pages[urls.indexOf(url)];
    if (welcome) {
      await welcome.close();
      return true;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
}
