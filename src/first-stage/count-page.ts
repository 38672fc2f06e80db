// Reads a page's text natively (textContent pieces, inline scripts and styles passed over) and counts its
// strong names, in slices that yield: a 10 MB body read in one go is a ~50 ms task.

import { possibleHosts } from '../scan/shadow-hosts';
import { textPieces } from '../scan/text-pieces';
import { SLICE_MS, yieldToPage } from '../scan/yield-to-page';
import { foldForCount } from './fold-text';
import type { StrongCounter } from './strong-count';

export interface CountOptions {
  signal?: AbortSignal;
  /** Called with the main-thread time of each slice. */
  onSlice?: (ms: number) => void;
  /** Called with each open shadow root read (looked for only while the light tree's count is not enough). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Called for a custom element with no open shadow root: it may hold a closed one, which only the engine
   * reads (scan/closed-shadow-root.ts), so this count may be short of what the engine finds.
   */
  onClosedRootCandidate?: () => void;
  /**
   * The page is small (see first-stage's smallPage): one native read of its whole text (a `textContent` for
   * each of the root's children but its own scripts and styles) may say at once that it names nothing. The
   * text read piece by piece is part of it, so a whole text without a strong name has none in any piece; most
   * pages are passed at that (on the 50 KB off-topic page, ~7.5 → ~5 ms by the first stage's mark: hundreds of
   * reads from the isolated world were the cost).
   * Where it does name something, that one text is counted, less what the inline scripts, styles and templates
   * inside it name (probeWhole below).
   */
  probeWhole?: boolean;
}

/** Longest whole text a probe reads on: past it (a page grown since its HTML came) it is read in slices. */
const PROBE_MAX_CHARS = 512 * 1024;

/** What textPieces' 'skip' leaves out (text-pieces.ts's UNSEEN). */
const UNSEEN_SELECTOR = 'script,style,noscript,template';

/**
 * Below this much light text, open shadow roots are looked for in plain elements (<div>, <section>...) too,
 * not only in custom elements: a page showing its text in shadow roots has little of its own, while reading
 * the shadowRoot of every <div> of a page that has text cost the first stage ~1.5 ms on a 50 KB page.
 */
const FEW_LIGHT_CHARS = 2_000;

/**
 * Text counted per step, doubling from the first size to the last: most pages are read in one step, and
 * a page about the talks usually names them early. Steps overlap so a name across a cut is seen whole.
 */
const FIRST_CHUNK = 16 * 1024;
const CHUNK = 256 * 1024;
const OVERLAP = 512;

/**
 * Counts strong names under `root` into `counter`, and in open shadow roots too while that is not enough
 * (a yes, or the page on topic): a page naming the talks once in its light tree may name them again in a
 * web component's shadow root, and the engine loads only where the count reaches on topic.
 */
export async function countPage(root: Node, counter: StrongCounter, options: CountOptions = {}): Promise<void> {
  const light = (options.probeWhole ? probeWhole(root, counter, options) : undefined) ?? (await countText(root, counter, options));
  if (counter.finished) return;
  let sliceStart = performance.now();
  let hosts = 0;
  for (const el of possibleHosts(root, light < FEW_LIGHT_CHARS)) {
    if (el.shadowRoot) {
      options.onShadowRoot?.(el.shadowRoot);
      options.onSlice?.(performance.now() - sliceStart);
      await countPage(el.shadowRoot, counter, options);
      sliceStart = performance.now();
      if (counter.finished) return;
    } else if (el.localName.includes('-')) options.onClosedRootCandidate?.();
    // The clock is read every few dozen hosts: a page may have thousands of <div>s.
    if ((++hosts & 31) === 0 && performance.now() - sliceStart > SLICE_MS) {
      options.onSlice?.(performance.now() - sliceStart);
      await yieldToPage();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  options.onSlice?.(performance.now() - sliceStart);
}

/**
 * Reads the whole text at once, a child of the root at a time with its scripts, styles and templates passed
 * over, and counts it, less the names in those nested deeper (the pieces leave their text out); returns its
 * length, or undefined past PROBE_MAX_CHARS (then the page is counted in pieces). A news site's JSON data
 * often holds the whole story: on the bench's 20 KB article with its story again in a data script, the first
 * stage's busy time 7.8 → 2.6 ms median (reading the whole body and then the script to take its names away).
 */
function probeWhole(root: Node, counter: StrongCounter, options: CountOptions): number | undefined {
  if (root.nodeType !== Node.ELEMENT_NODE) return undefined;
  const start = performance.now();
  // The root's children's text, less the scripts, styles and templates among them: a news site's app data
  // (the story again, as JSON) is usually a script at the end of the body, read neither here nor below.
  let text = '';
  // Elements, text and CDATA (types under 7), as textContent reads them: not comments or processing instructions.
  for (const child of root.childNodes) if (child.nodeType < 7 && !(child as Element).matches?.(UNSEEN_SELECTOR)) text += child.textContent;
  let length: number | undefined;
  if (text.length <= PROBE_MAX_CHARS) {
    // Counted at once (the counter is fresh here); most pages name nothing, and their scripts are not read.
    const folded = foldForCount(text);
    const end = counter.add(folded);
    if (counter.any)
      counter.leaveOut(
        [...(root as Element).querySelectorAll(UNSEEN_SELECTOR)]
          .filter((e) => e.parentNode !== root)
          .map((e) => foldForCount(e.textContent ?? '')),
        () => counter.add(folded, end, folded.length, true),
      );
    length = text.length;
  }
  options.onSlice?.(performance.now() - start);
  return length;
}

/** Counts the text outside shadow roots, and returns its length. */
async function countText(root: Node, counter: StrongCounter, options: CountOptions): Promise<number> {
  let sliceStart = performance.now();
  let length = 0;
  // Folded text not yet counted, with the tail of what was.
  let buffer = '';
  // Where counting resumes in `buffer`: past the tail already counted.
  let from = 0;
  let chunk = FIRST_CHUNK;
  for (const piece of textPieces(root, undefined, 'skip')) {
    // Folded piece by piece, so the buffer's offsets are the folded text's own.
    length += piece.length;
    buffer += foldForCount(piece);
    if (buffer.length >= chunk) {
      chunk = Math.min(chunk * 2, CHUNK);
      // Names starting in the tail are left to the next step, which sees them whole.
      const cut = buffer.length - OVERLAP;
      const end = counter.add(buffer, from, cut);
      if (counter.finished) break;
      from = Math.max(0, end - cut);
      buffer = buffer.slice(-OVERLAP);
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      options.onSlice?.(performance.now() - sliceStart);
      await yieldToPage();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  if (!counter.finished) counter.add(buffer, from);
  options.onSlice?.(performance.now() - sliceStart);
  return length;
}
