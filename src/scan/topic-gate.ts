// Before any scan: does the page's text hold at least one strong name at all? Native textContent reads and
// an expression test, in slices, cost a fraction of a walk, so an off-topic page costs almost nothing.
import { isStrongEntry, type MatcherIndex } from '../dataset/matcher-index';
import { foldLetters } from '../matcher/fold';
import { keysPattern } from '../matcher/keys-pattern';
import { countSlice, type ScanStats } from './scan-page';
import { possibleHosts } from './shadow-hosts';
import { textPieces } from './text-pieces';
import { SLICE_MS, yieldToPage } from './yield-to-page';

export interface TopicGate {
  /** False only when no strong name occurs anywhere under `root` (open shadow roots included). */
  mayBeOnTopic(root: Node, signal?: AbortSignal, stats?: ScanStats): Promise<boolean>;
  /** Characters of light-tree text the last call read: all of it when it said no, a part when it said yes. */
  readonly lastTextLength: number;
}

/**
 * Text tested per step, doubling from the first to the last size: a page about the talks usually names
 * them early, so it is let through after a small read. Consecutive steps overlap so a name across a cut is
 * still seen whole.
 */
const FIRST_CHUNK = 8 * 1024;
const CHUNK = 256 * 1024;
const OVERLAP = 512;

export function createTopicGate(index: MatcherIndex): TopicGate {
  // Built on first use from the strong names' folded forms; the text is folded natively, offsets unneeded.
  let expression: RegExp | undefined;
  const matches = (text: string) => {
    expression ??= new RegExp(
      keysPattern(
        Object.entries(index.aliases)
          .filter(([, target]) => target.entries.some((e) => isStrongEntry(index.entries[e])))
          .map(([key]) => key),
      ),
    );
    return expression.test(foldLetters(text));
  };

  /** Tests the light-tree text piece by piece, stopping at the first strong name. */
  const testText = async (root: Node, signal?: AbortSignal, stats?: ScanStats) => {
    let sliceStart = performance.now();
    let buffer = '';
    let length = 0;
    let found = false;
    let chunk = FIRST_CHUNK;
    // Inline scripts are passed over: a news page's JSON often names what its links are about.
    for (const piece of textPieces(root, undefined, 'skip')) {
      length += piece.length;
      buffer += piece;
      if (buffer.length >= chunk) {
        chunk = Math.min(chunk * 2, CHUNK);
        found = matches(buffer);
        if (found) break;
        // Keep a tail: a name cut between two chunks is still seen whole.
        buffer = buffer.slice(-OVERLAP);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        countSlice(stats, sliceStart);
        await yieldToPage();
        signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
    (gate as { lastTextLength: number }).lastTextLength = length;
    const result = found || matches(buffer);
    countSlice(stats, sliceStart);
    return result;
  };

  const gate: TopicGate = {
    lastTextLength: 0,
    async mayBeOnTopic(root, signal, stats) {
      if (await testText(root, signal, stats)) return true;
      const length = gate.lastTextLength;
      // textContent leaves out open shadow roots: look there only when the light tree had nothing.
      let sliceStart = performance.now();
      try {
        for (const el of possibleHosts(root)) {
          if (el.shadowRoot) {
            countSlice(stats, sliceStart);
            const found = await gate.mayBeOnTopic(el.shadowRoot, signal, stats);
            sliceStart = performance.now();
            if (found) return true;
          }
          if (performance.now() - sliceStart > SLICE_MS) {
            countSlice(stats, sliceStart);
            await yieldToPage();
            signal?.throwIfAborted();
            sliceStart = performance.now();
          }
        }
        countSlice(stats, sliceStart);
        return false;
      } finally {
        (gate as { lastTextLength: number }).lastTextLength = length;
      }
    },
  };
  return gate;
}
