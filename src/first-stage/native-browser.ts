// `wxt/browser` in the builds that run in pages (see scripts/vite-native-browser.ts): the native namespace.
const g = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };

export const browser = g.browser?.runtime ? g.browser : g.chrome;
