// The first stage (entrypoints/content.ts) runs on every page, so it ships without webextension-polyfill
// (38 KB of source, most of the stage's size): in its build only, `wxt/browser` (which WXT's own
// content-script context imports) resolves to the browser's native namespace. Chromium's `chrome` and
// Firefox's `browser` both return promises for what the first stage calls. Every other build keeps the
// polyfill.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const NATIVE = resolve(import.meta.dirname, '../src/first-stage/native-browser.ts');

export function nativeBrowserForFirstStage(entry = 'entrypoints/content.ts'): Plugin {
  let firstStage = false;
  return {
    name: 'gtc-native-browser-for-first-stage',
    enforce: 'pre',
    options(input) {
      firstStage = JSON.stringify(input.input ?? '').includes(entry);
      return null;
    },
    resolveId(id) {
      if (!firstStage) return undefined;
      return id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? NATIVE : undefined;
    },
  };
}
