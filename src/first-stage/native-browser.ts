// `wxt/browser` in the first stage's build (see scripts/vite-native-browser.ts): the native namespace.
// WXT's content-script context only reads `browser.runtime.id` from it.
const g = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };

export const browser = g.browser?.runtime ? g.browser : g.chrome;
