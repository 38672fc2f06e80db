// The page's DOM byte for byte: on script-free pages, after the scan and with a card open, the live document
// without our one host element serialises exactly as a fresh parse of the served HTML, and that host (a
// child of <html>) is the only element added.
import { describe, expect, test } from 'vitest';
import { documentMatchesSource } from '../../support/page-probes';
import { collectPageErrors, openCard } from '../driver/hostile-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

// live-blog.html is left out: its own script adds an entry a second, so its DOM is not the served HTML.
// `hover`: the page's words a card is opened on; `entry`: the entry's (English) name the card then shows.
const PAGES = [
  { path: '/demo.html', hover: 'Khalil al-Hayya', entry: 'Khalil al-Hayya' },
  { path: '/wire-story.html', hover: 'Hamas', entry: 'Hamas' },
  { path: '/arabic.html', hover: 'شرم الشيخ', entry: 'Sharm el-Sheikh' },
  { path: '/op-ed.html', hover: 'Hamas', entry: 'Hamas' },
  // Its policy (default-src 'none') stops the page fetching its own address: the test passes the served HTML.
  { path: '/hostile/strict-csp.html', hover: 'Steve Witkoff', entry: 'Steve Witkoff', fetchOutside: true },
] as const;

describe('the page DOM, byte for byte', () => {
  const suite = useBrowser();

  for (const { path, hover, entry, ...options } of PAGES) {
    test(`${path}: only our host is added, and the rest is the served HTML`, async () => {
      const page = await suite.driver.newPage();
      const errors = collectPageErrors(page);
      await openPainted(page, suite.server, path);
      await openCard(page, hover, entry);
      const source = 'fetchOutside' in options ? await (await fetch(suite.server.url(path))).text() : undefined;
      expect(await page.evaluate(documentMatchesSource, source)).toEqual({
        same: true,
        firstDifference: null,
        added: 1,
        hostParents: ['html'],
      });
      expect(errors).toEqual([]);
    });
  }
});
