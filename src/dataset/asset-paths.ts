// The dataset files the build packages beside the scripts (not web-accessible: only the extension's own
// pages and background read them).
/** The full entries: cards, search, the options page. */
export const FULL_ASSET = 'dataset/entries.json';
/** The bundled matcher index, which the background sends to each engine it runs. */
export const INDEX_ASSET = 'dataset/index.json';
