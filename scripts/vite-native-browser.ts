// What runs in web pages (the first stage, the engine, the card) ships without webextension-polyfill (38 KB
// of source, most of the first stage's size and a tenth of the engine's parsing): in their builds only,
// `wxt/browser` (which WXT's own content-script context imports too) resolves to the browser's native
// namespace. Chromium's `chrome` and Firefox's `browser` both return promises for what they call, and their
// message listeners answer through `sendResponse`. The extension's own pages and the background keep the
// polyfill.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const NATIVE = resolve(import.meta.dirname, '../src/first-stage/native-browser.ts');

const IN_PAGES = ['entrypoints/content.ts', 'entrypoints/engine.content.ts', 'entrypoints/card.ts'];

export function nativeBrowserInPages(entries = IN_PAGES): Plugin {
  let inPage = false;
  return {
    name: 'gtc-native-browser-in-pages',
    enforce: 'pre',
    options(input) {
      const inputs = JSON.stringify(input.input ?? '');
      inPage = entries.some((entry) => inputs.includes(entry));
      return null;
    },
    resolveId(id) {
      if (!inPage) return undefined;
      return id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? NATIVE : undefined;
    },
  };
}
