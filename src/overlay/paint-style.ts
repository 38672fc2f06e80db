// The highlight style a page is painted with. An underline is a text decoration, and Chromium answers any
// change to a decorated highlight by re-walking the whole page's paint tree (its ink overflow may have
// changed): ~20 ms on a 2 MB page and ~110 ms on a 10 MB page, at the first paint and again whenever
// scrolling brings new mentions. A tint costs under 3 ms on either (measured with a trace of PrePaint; see
// docs/performance.md). So on long pages (far-regions.ts) mentions are tinted whatever the style chosen.
import type { HighlightStyle } from '../settings/settings-defaults';

export function paintStyle(chosen: HighlightStyle, longPage: boolean): HighlightStyle {
  return longPage ? 'background' : chosen;
}
