// Long pages: what lies far from the screen is scanned when the reader scrolls near it, or all at once when
// the popup asks what the page mentions. Touching a DOM node from a content script's isolated world costs
// ~3× what it does from the page, so a full walk of a 2 MB page is ~70 ms before any matching.
import { countSlice, type ScanStats } from './scan-page';
import { type LeftOut, leftOut } from './text-pieces';
import { SLICE_MS, yieldToPage } from './yield-to-page';

/** Pages taller than this many screens are long (a news article, even a long live blog, is well under). */
const LONG_PAGE_SCREENS = 200;
/** Screens above and below the viewport that are scanned with it. */
const SCREENS_BEFORE = 1;
const SCREENS_AFTER = 2;
/** How deep the split looks for far regions: deeper regions are smaller and not worth the measuring. */
const MAX_DEPTH = 8;

interface Region {
  element: Element;
  /** Page coordinates, measured when the region was set aside. */
  top: number;
  bottom: number;
}

export class FarRegions {
  private regions: Region[] = [];
  private measuredHeight = 0;

  constructor(private readonly win: Window) {}

  get pending(): number {
    return this.regions.length;
  }

  /** True for a page many screens tall (one layout read: no walk). */
  isLong(): boolean {
    return this.pageHeight() > LONG_PAGE_SCREENS * this.win.innerHeight;
  }

  /**
   * Sets aside the elements under `root` lying wholly outside the band round the screen. Measuring is done
   * in slices: a 10 MB page has thousands of sections to measure (~4 µs each from a content script).
   */
  async split(root: Element, options: { signal?: AbortSignal; stats?: ScanStats } = {}): Promise<LeftOut | undefined> {
    this.regions = [];
    const { top, bottom } = this.band();
    const scrollY = this.win.scrollY;
    let sliceStart = performance.now();
    // Runs of set-aside siblings, found here, in slices, so the scan can pass each run in one step.
    const runEnds = new Map<Element, Element>();
    const visit = async (container: Element, depth: number) => {
      let runStart: Element | null = null;
      let previous: Element | null = null;
      for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
        if (performance.now() - sliceStart > SLICE_MS) {
          countSlice(options.stats, sliceStart);
          await yieldToPage();
          options.signal?.throwIfAborted();
          sliceStart = performance.now();
        }
        const rect = child.getBoundingClientRect();
        const far = rect.bottom < top || rect.top > bottom;
        // Nothing laid out (display: none, empty): cheap to scan now, and it has no place to scroll to.
        if ((rect.width === 0 && rect.height === 0) || !far) {
          runStart = null;
          if (!far && (rect.top < top || rect.bottom > bottom) && depth < MAX_DEPTH) await visit(child, depth + 1);
          continue;
        }
        this.regions.push({ element: child, top: rect.top + scrollY, bottom: rect.bottom + scrollY });
        if (runStart && previous && onlyBlankBetween(previous, child)) runEnds.set(runStart, child);
        else runStart = child;
        previous = child;
      }
    };
    await visit(root, 0);
    countSlice(options.stats, sliceStart);
    this.measuredHeight = this.pageHeight();
    return this.regions.length > 0 ? leftOut(new Set(this.regions.map((r) => r.element)), runEnds) : undefined;
  }

  /** Takes the regions that have come within the band round the screen. */
  takeNear(): Element[] {
    if (this.regions.length === 0) return [];
    // The page grew or shrank since measuring (images, late content): measure again.
    if (this.pageHeight() !== this.measuredHeight) this.remeasure();
    const scrollY = this.win.scrollY;
    const { top, bottom } = this.band();
    const near = (r: Region) => !r.element.isConnected || (r.bottom >= top + scrollY && r.top <= bottom + scrollY);
    const taken = this.regions.filter(near);
    this.regions = this.regions.filter((r) => !near(r));
    return taken.map((r) => r.element).filter((e) => e.isConnected);
  }

  /** Every region still set aside, left set aside (the popup's whole read counts them: region-tally.ts). */
  peekAll(): Element[] {
    return this.regions.map((r) => r.element).filter((e) => e.isConnected);
  }

  /** Takes these regions: they are scanned now. */
  take(elements: readonly Element[]): void {
    const taken = new Set(elements);
    this.regions = this.regions.filter((r) => !taken.has(r.element));
  }

  clear(): void {
    this.regions = [];
  }

  private band(): { top: number; bottom: number } {
    const height = this.win.innerHeight;
    return { top: -SCREENS_BEFORE * height, bottom: (1 + SCREENS_AFTER) * height };
  }

  private pageHeight(): number {
    return this.win.document.documentElement.scrollHeight;
  }

  private remeasure(): void {
    const scrollY = this.win.scrollY;
    for (const region of this.regions) {
      const rect = region.element.getBoundingClientRect();
      region.top = rect.top + scrollY;
      region.bottom = rect.bottom + scrollY;
    }
    this.measuredHeight = this.pageHeight();
  }
}

const NOT_BLANK = /\S/;

/** True when only blank text or comments stand between sibling elements `before` and `after`. */
function onlyBlankBetween(before: Element, after: Element): boolean {
  // A few nodes at most: the line breaks and indentation between sections.
  let node = after.previousSibling;
  for (let steps = 0; node && steps < 4; steps++, node = node.previousSibling) {
    if (node === before) return true;
    if (node.nodeType === Node.COMMENT_NODE) continue;
    if (node.nodeType !== Node.TEXT_NODE || NOT_BLANK.test((node as Text).data)) return false;
  }
  return false;
}
