// The highlight style a page is painted with. An underline is a text decoration, and Chromium answers any
// change to a decorated highlight by re-walking the whole page's paint tree (its ink overflow may have
// changed): ~20 ms on a 2 MB page and ~110-130 ms on a 10 MB page, at the first paint and again whenever
// scrolling brings new mentions. A fill costs under 5 ms on either (traced PrePaint; docs/performance.md).
// So long pages (far-regions.ts) get the tint: the background style's fills, with a correction filled
// more strongly instead of its wavy line.
import type { HighlightStyle } from '../settings/settings-defaults';
import type { PaintStyle } from './highlight-names';

export function paintStyle(chosen: HighlightStyle, longPage: boolean): PaintStyle {
  return longPage ? 'tint' : chosen;
}
