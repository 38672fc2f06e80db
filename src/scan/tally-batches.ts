// The whole read's text on its way to the background (region-tally.ts): regions' texts gathered into batches
// of about BATCH_CHARS, a text longer than that cut at line breaks into pieces, at most IN_FLIGHT batches
// unanswered, and the answers put back together, one list of line matches a region.
import type { TallyTextResponse } from '../messaging/messages';
import { type LineMatch, linesOf } from './line-matches';

/** One whole read matched elsewhere: batches of texts in document order, the last one saying so. */
export interface RemoteRead {
  match(texts: string[], last: boolean): Promise<TallyTextResponse>;
}

/**
 * Text sent at once. The extension messaging serialises it as JSON (~50 ms a megabyte on the bench machine,
 * more while the background matches beside the page), so no send makes a long task, and the background
 * matches one batch while the page reads the next.
 */
export const BATCH_CHARS = 64_000;
/** Batches sent and not yet answered: more only crowd the background and the page onto the same cores. */
const IN_FLIGHT = 2;

interface Piece {
  /** The region's number, in the order they were added. */
  region: number;
  text: string;
  /** Lines of the region before this piece. */
  lineOffset: number;
}

/** A text cut after line breaks into pieces of about `size` characters (a longer line is cut at a space). */
export function piecesOf(text: string, size = BATCH_CHARS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let cut = text.lastIndexOf('\n', start + size);
    if (cut <= start) cut = text.lastIndexOf(' ', start + size);
    if (cut <= start) cut = start + size;
    pieces.push(text.slice(start, cut + 1));
    start = cut + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

export class TallyBatches {
  // What was sent, without its text: the page keeps no copy of a page's worth of text while it waits.
  private readonly sent: { pieces: Omit<Piece, 'text'>[]; answer: Promise<TallyTextResponse> }[] = [];
  private batch: Piece[] = [];
  private chars = 0;
  private regions = 0;

  constructor(private readonly remote: RemoteRead) {}

  /**
   * Adds a region's text. Resolves at once, or, when IN_FLIGHT batches wait for an answer, once the oldest
   * is answered (`idle` says so: the page is not working meanwhile).
   */
  async add(text: string, idle: { pause(): void; resume(): void }): Promise<void> {
    const region = this.regions++;
    const pieces = piecesOf(text);
    let lineOffset = 0;
    for (const [k, piece] of pieces.entries()) {
      this.batch.push({ region, text: piece, lineOffset });
      // Only a text cut in pieces needs its lines counted (the background numbers each piece's from 0).
      if (k < pieces.length - 1) lineOffset += linesOf(piece).length;
      this.chars += piece.length;
      if (this.chars < BATCH_CHARS) continue;
      this.send(false);
      const waitFor = this.sent.at(-IN_FLIGHT);
      if (!waitFor) continue;
      idle.pause();
      await waitFor.answer;
      idle.resume();
    }
  }

  /** Sends the last batch; each region's line matches, in the order added, and the background's time; null if any batch failed. */
  async finish(): Promise<{ matches: LineMatch[][]; ms: number } | null> {
    this.send(true);
    const answers = await Promise.all(this.sent.map((batch) => batch.answer));
    const matches: LineMatch[][] = Array.from({ length: this.regions }, () => []);
    let ms = 0;
    for (const [k, answer] of answers.entries()) {
      const pieces = this.sent[k]?.pieces ?? [];
      if (!answer || answer.regions.length !== pieces.length) return null;
      ms += answer.matchMs;
      for (const [p, piece] of pieces.entries()) {
        const into = matches[piece.region];
        for (const match of answer.regions[p] ?? []) {
          match[0] += piece.lineOffset;
          into?.push(match);
        }
      }
    }
    return { matches, ms };
  }

  private send(last: boolean): void {
    const texts = this.batch.map((piece) => piece.text);
    const answer = this.remote.match(texts, last).catch(() => null);
    this.sent.push({ pieces: this.batch.map(({ region, lineOffset }) => ({ region, lineOffset })), answer });
    this.batch = [];
    this.chars = 0;
  }
}
