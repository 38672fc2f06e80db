// The popup's whole read of a long page: the regions set aside far from the screen are read and matched in
// full, but their mentions are counted, not located. Each region's rendered text is one native `innerText`
// (blocks come out as lines), so no node of it is touched from the isolated world, where every node costs a
// wrapper: locating all 8,700 mentions of the 2 MB page was most of its whole read. A region is scanned
// (and painted) as before when the reader scrolls near it.
import type { PageMatcher } from '../matcher/page-matcher';
import { newBlockId } from './block-id';
import type { Mention } from './mention';
import { inPageChrome } from './page-chrome';
import { countSlice, type ScanStats } from './scan-page';
import { OPT_OUT_ATTRIBUTE } from './skip-rules';
import { SLICE_MS, yieldToPage } from './yield-to-page';

/**
 * Regions holding what the scan skips but `innerText` keeps (code, form text, editable or opted-out text,
 * text hidden from assistive technology): those are scanned node by node instead, so both reads agree.
 * (Scripts, styles and `hidden` are not rendered, so `innerText` leaves them out already.)
 */
export const TALLY_FALLBACK_SELECTOR = `code,pre,kbd,samp,textarea,select,svg,math,[aria-hidden="true"],[${OPT_OUT_ATTRIBUTE}],[contenteditable]:not([contenteditable="false" i])`;

export interface RegionTally {
  /** The mentions counted in each region, in document order. */
  tallies: Map<Element, Mention[]>;
  /** Regions that must be scanned node by node instead (see TALLY_FALLBACK_SELECTOR). */
  scan: Element[];
}

const LINES = /\n+/;
/** Text matched between two looks at the clock, inside a region (one region can hold a long stretch of a page). */
const CLOCK_EVERY_CHARS = 2_000;
/** A region with more children than this may be too long for one `innerText` task: it is scanned in slices. */
const MAX_CHILDREN = 64;

/** Whether a region can be read with one `innerText` that agrees with the scan. */
const talliable = (region: Element): region is HTMLElement =>
  region instanceof HTMLElement &&
  region.childElementCount <= MAX_CHILDREN &&
  !region.matches(TALLY_FALLBACK_SELECTOR) &&
  region.querySelector(TALLY_FALLBACK_SELECTOR) === null;

export async function tallyRegions(
  regions: readonly Element[],
  matcher: PageMatcher,
  options: { signal?: AbortSignal; stats?: ScanStats; sliceMs?: number } = {},
): Promise<RegionTally> {
  const tallies = new Map<Element, Mention[]>();
  const scan: Element[] = [];
  const { entries } = matcher.index;
  // Regions come in document order: one reading for them all, as the scan has for a pass.
  const reading = matcher.reading();
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  const breathe = async () => {
    if (performance.now() - sliceStart <= sliceMs) return;
    countSlice(options.stats, sliceStart);
    await yieldToPage();
    options.signal?.throwIfAborted();
    sliceStart = performance.now();
  };
  for (const region of regions) {
    if (!region.isConnected) continue;
    if (!talliable(region)) {
      scan.push(region);
      continue;
    }
    const mentions: Mention[] = [];
    // A region inside a sidebar or footer; one holding both content and sidebars is counted as content.
    const aside = inPageChrome(region);
    const text = region.innerText;
    // The text is read at once (native); matching it yields between lines, so a long region is several
    // slices (on the 10 MB page the whole read's longest slice was 34–37 ms). Passes are queued one after another, so
    // a change to the region meanwhile is rescanned after this read, and its tally dropped then.
    let sinceClock = 0;
    for (const line of text.split(LINES)) {
      if (line.length === 0) continue;
      sinceClock += line.length;
      if (sinceClock >= CLOCK_EVERY_CHARS) {
        sinceClock = 0;
        await breathe();
      }
      // A line of the region's text is a paragraph, a heading or a list item: one block.
      const block = newBlockId();
      for (const match of reading.find(line)) {
        const entry = entries[match.entry];
        if (!entry) continue;
        const mention: Mention = { entry, text: match.text, licensed: match.licensed, block };
        if (match.value !== undefined) mention.value = match.value;
        if (match.generic) mention.generic = true;
        if (aside) mention.aside = true;
        mentions.push(mention);
      }
    }
    tallies.set(region, mentions);
    await breathe();
  }
  countSlice(options.stats, sliceStart);
  return { tallies, scan };
}
