// Chromium builds: our ::highlight() rules are written on :root alone. Chromium carries highlight styles down
// the tree (CSS highlight inheritance: a child's highlight inherits even non-inherited properties such as
// background-color from its parent's), so one rule on the root paints every element, shadow trees included.
// A bare `::highlight(x)` means `*::highlight(x)`: every element of every page matches it and gets highlight
// styles of its own, which made Chromium's first styling of a 50 KB off-topic page ~8 ms slower (traces, see
// docs/performance.md), on every page the extension runs on. Firefox 153 does not inherit highlights (a rule
// on :root paints nothing below it), so its build keeps the rules on every element.
import type { Plugin } from 'vite';

/** The sheets holding our highlight rules (entrypoints/*.content.css). */
const SHEETS = /\/entrypoints\/(highlights|underlines)\.content\.css$/;
const BARE_HIGHLIGHT = /(^|[\s,{}])::highlight\(/g;

/** `::highlight(x)` rules as `:root::highlight(x)` (selectors already scoped are left alone). */
export function onRoot(css: string): string {
  return css.replace(BARE_HIGHLIGHT, '$1:root::highlight(');
}

export function highlightsOnRoot(browser: string): Plugin {
  return {
    name: 'gtc-highlights-on-root',
    enforce: 'pre',
    transform(code, id) {
      if (browser === 'firefox' || !SHEETS.test(id.split('?')[0] ?? id)) return undefined;
      const css = onRoot(code);
      if (css === code) this.error(`highlights-on-root: no ::highlight() rule found in ${id}`);
      return { code: css, map: null };
    },
  };
}
