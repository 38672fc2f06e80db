// A subtree's text, read a few elements at a time with `textContent` and handed out node by node by length.
// Reading each text node's `data` was the walk's largest cost (~80 ms of a 2 MB page): every read hands a new
// string from the page to script. `length` hands over a number, and one `textContent` is one string. The text
// is read in pieces (textPieces) so a 10 MB page never reads all of it in one long task.
import { type LeftOut, textPieces } from './text-pieces';

export class SubtreeText {
  /** Offset of the next text node in tree order, in the subtree's whole text. */
  at = 0;
  private readonly pieces: Iterator<string>;
  /** The end of the text read so far, and the part of it still needed (it ends at `readEnd`). */
  private readEnd = 0;
  private buffer = '';
  private changed = false;
  private readonly observer: MutationObserver | undefined;

  /** `omit`: elements whose text the walk leaves out too (far from the screen on a long page). */
  constructor(
    root: Node,
    private readonly omit?: LeftOut,
  ) {
    this.pieces = textPieces(root.nodeType === Node.DOCUMENT_NODE ? ((root as Document).documentElement ?? root) : root, omit);
    // The walk yields to the page between slices: a change made meanwhile would shift every later offset.
    if (typeof MutationObserver === 'function') {
      this.observer = new MutationObserver(() => {
        this.changed = true;
        this.observer?.disconnect();
      });
      this.observer.observe(root, { subtree: true, childList: true, characterData: true });
    }
  }

  /** True once the subtree has changed since reading began: `data` must then be read node by node. */
  get stale(): boolean {
    return this.changed;
  }

  /** The text from `from` to `to`. Calls come in order: nothing before `from` is asked for again. */
  slice(from: number, to: number): string {
    if (from === to) return '';
    while (this.readEnd < to) {
      const next = this.pieces.next();
      if (next.done) break;
      const piece = next.value;
      // Text before `from` is no longer needed: drop it so the buffer stays about one block long.
      this.buffer =
        from >= this.readEnd
          ? piece.slice(Math.min(piece.length, from - this.readEnd))
          : this.buffer.slice(from - this.bufferStart()) + piece;
      this.readEnd += piece.length;
    }
    const start = this.bufferStart();
    return this.buffer.slice(from - start, to - start);
  }

  private bufferStart(): number {
    return this.readEnd - this.buffer.length;
  }

  /** Steps over a subtree that is not read (its text is in the whole text all the same). */
  pass(element: Element): void {
    if (this.changed) return;
    if (!this.omit?.holders.has(element)) this.at += (element.textContent ?? '').length;
    else for (const piece of textPieces(element, this.omit)) this.at += piece.length;
  }

  close(): void {
    this.observer?.disconnect();
  }
}
