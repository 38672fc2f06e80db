// Whether the page's HTML was small: what the browser decoded for the document, read from its navigation
// entry (no DOM walked). A small page's whole text is read in one go (count-page's probe); a large one, or a
// frame whose size is not known (about:blank, srcdoc, written by script), in slices.

/** Up to this much decoded HTML, one read of the whole text is a task of a few milliseconds at most. */
export const SMALL_PAGE_BYTES = 512 * 1024;

export function smallPage(): boolean {
  try {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const bytes = navigation?.decodedBodySize ?? 0;
    return bytes > 0 && bytes <= SMALL_PAGE_BYTES;
  } catch {
    return false;
  }
}
