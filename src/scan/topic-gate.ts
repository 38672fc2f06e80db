// Before any scan: does the page's text hold at least one strong name at all? One native textContent read
// and an expression test in slices cost a fraction of a walk, so an off-topic page costs almost nothing.
import { SLICE_MS, yieldToPage } from './yield-to-page';

export interface TopicGate {
  /** False only when no strong name occurs anywhere under `root` (open shadow roots included). */
  mayBeOnTopic(root: Node, signal?: AbortSignal): Promise<boolean>;
  /** Characters of light-tree text read by the last call. */
  readonly lastTextLength: number;
}

/** Text tested per step; consecutive steps overlap so a name across a cut is still seen whole. */
const CHUNK = 256 * 1024;
const OVERLAP = 512;

export function createTopicGate(pattern: string): TopicGate {
  const expression = new RegExp(pattern, 'iu');

  const testText = async (text: string, signal?: AbortSignal) => {
    let sliceStart = performance.now();
    for (let at = 0; at < text.length; at += CHUNK) {
      if (expression.test(text.slice(at, at + CHUNK + OVERLAP))) return true;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
    return false;
  };

  const gate: TopicGate = {
    lastTextLength: 0,
    async mayBeOnTopic(root, signal) {
      const text = root.textContent ?? '';
      (gate as { lastTextLength: number }).lastTextLength = text.length;
      if (await testText(text, signal)) return true;
      // textContent leaves out open shadow roots: look there only when the light tree had nothing.
      const doc = root.ownerDocument ?? (root as Document);
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
        if (el.shadowRoot && (await gate.mayBeOnTopic(el.shadowRoot, signal))) return true;
      }
      return false;
    },
  };
  return gate;
}
