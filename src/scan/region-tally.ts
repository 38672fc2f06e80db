// The popup's whole read of a long page: the regions set aside far from the screen are read and matched in
// full, but their mentions are counted, not located. Each region's rendered text is one native `innerText`
// (blocks come out as lines), so no node of it is touched from the isolated world, where every node costs a
// wrapper: locating all 8,700 mentions of the 2 MB page was most of its whole read. A region is scanned
// (and painted) as before when the reader scrolls near it.
import type { MatchSource } from '../matcher/lazy-page-matcher';
import type { Reading } from '../matcher/page-matcher';
import { newBlockId } from './block-id';
import { GENERIC, LICENSED, type LineMatch, linesOf, matchLine } from './line-matches';
import type { Mention } from './mention';
import { inPageChrome } from './page-chrome';
import { RelevanceTally } from './relevance-tally';
import { countSlice, type ScanStats } from './scan-page';
import { OPT_OUT_ATTRIBUTE } from './skip-rules';
import { type RemoteRead, TallyBatches } from './tally-batches';
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
  /** Relevance's counts over all of them, made as they were (tens of thousands on a huge page: not in one task). */
  counted: RelevanceTally;
  /** Regions that must be scanned node by node instead (see TALLY_FALLBACK_SELECTOR). */
  scan: Element[];
  /** How long the background spent matching; absent when the page matched. */
  remoteMs?: number;
}

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

interface ReadRegion {
  region: Element;
  /** A region inside a sidebar or footer; one holding both content and sidebars is counted as content. */
  aside: boolean;
  text: string;
}

export async function tallyRegions(
  regions: readonly Element[],
  matcher: MatchSource,
  options: { signal?: AbortSignal; stats?: ScanStats; sliceMs?: number; remote?: () => RemoteRead } = {},
): Promise<RegionTally> {
  const tallies = new Map<Element, Mention[]>();
  const counted = new RelevanceTally();
  const keep = (region: Element, mentions: Mention[]) => {
    tallies.set(region, mentions);
    counted.add(mentions);
  };
  const scan: Element[] = [];
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  const breathe = async () => {
    if (performance.now() - sliceStart <= sliceMs) return;
    countSlice(options.stats, sliceStart);
    await yieldToPage();
    options.signal?.throwIfAborted();
    sliceStart = performance.now();
  };
  // Waiting for the background is not a slice of the page's time.
  const idle = {
    pause: () => countSlice(options.stats, sliceStart),
    resume: () => {
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    },
  };
  // Regions come in document order: one reading for them all, as the scan has for a pass.
  let reading: Reading | undefined;
  // The text is read at once (native); matching it yields between lines, so a long region is several slices
  // (on the 10 MB page the whole read's longest slice was 34–37 ms). Passes are queued one after another, so a
  // change to the region meanwhile is rescanned after this read, and its tally dropped then.
  const matchHere = async (read: ReadRegion) => {
    reading ??= await matcher.reading();
    const matches: LineMatch[] = [];
    let sinceClock = 0;
    for (const [at, line] of linesOf(read.text).entries()) {
      sinceClock += line.length;
      if (sinceClock >= CLOCK_EVERY_CHARS) {
        sinceClock = 0;
        await breathe();
      }
      matchLine(reading, line, at, matches);
    }
    keep(read.region, mentionsOf(matches, read.aside, matcher));
  };
  const remote = options.remote ? new TallyBatches(options.remote()) : undefined;
  // Sent regions, without their text: it goes to the background (and is read again only if the background fails).
  const sent: Omit<ReadRegion, 'text'>[] = [];
  for (const region of regions) {
    if (!region.isConnected) continue;
    if (!talliable(region)) {
      scan.push(region);
      continue;
    }
    // biome-ignore lint/performance/useDomNodeTextContent: innerText gives a line a block, which textContent does not.
    const read = { region, aside: inPageChrome(region), text: region.innerText };
    if (remote) {
      sent.push({ region, aside: read.aside });
      // A long region's innerText and a batch's send (serialising its text) in separate slices.
      await breathe();
      await remote.add(read.text, idle);
    } else await matchHere(read);
    await breathe();
  }
  countSlice(options.stats, sliceStart);
  if (!remote) return { tallies, counted, scan };
  // The page waits, idle, while the background matches.
  const answered = await remote.finish();
  options.signal?.throwIfAborted();
  sliceStart = performance.now();
  if (answered) {
    for (const [k, read] of sent.entries()) {
      keep(read.region, mentionsOf(answered.matches[k] ?? [], read.aside, matcher));
      await breathe();
    }
  } else {
    // The background could not match it all (another index, a background restarted): one reading here, from the start.
    for (const read of sent) {
      if (!read.region.isConnected || !(read.region instanceof HTMLElement)) continue;
      // biome-ignore lint/performance/useDomNodeTextContent: as above, a line a block.
      await matchHere({ ...read, text: read.region.innerText });
      await breathe();
    }
  }
  countSlice(options.stats, sliceStart);
  return answered ? { tallies, counted, scan, remoteMs: answered.ms } : { tallies, counted, scan };
}

/** A region's mentions from its line matches: a line is a block (a paragraph, a heading, a list item). */
function mentionsOf(matches: readonly LineMatch[], aside: boolean, matcher: MatchSource): Mention[] {
  const { entries } = matcher.index;
  const mentions: Mention[] = [];
  let line = -1;
  let block = 0;
  for (const [at, e, flags, text, value] of matches) {
    const entry = entries[e];
    if (!entry) continue;
    if (at !== line) {
      line = at;
      block = newBlockId();
    }
    const mention: Mention = { entry, text, licensed: (flags & LICENSED) !== 0, block };
    if (value !== undefined) mention.value = value;
    if (flags & GENERIC) mention.generic = true;
    if (aside) mention.aside = true;
    mentions.push(mention);
  }
  return mentions;
}
