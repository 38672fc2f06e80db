// A region's rendered text matched line by line (each line a paragraph, heading or list item: one block), in
// a form that crosses the extension's messaging: the popup's whole read of a long page has the background
// match it (region-tally.ts, messaging/tally-service.ts), and the page matches it itself when the background
// cannot.
import type { Reading } from '../matcher/page-matcher';
import type { LineMatch } from '../messaging/messages';

export type { LineMatch };

export const LICENSED = 1;
export const GENERIC = 2;

const LINES = /\n+/;

/** The region's lines, empty ones dropped (a line's number is its place in this list). */
export const linesOf = (text: string): string[] => text.split(LINES).filter((line) => line.length > 0);

/** Matches one line through the reading (the region's, or the whole read's: what came before names bare names). */
export function matchLine(reading: Reading, line: string, at: number, out: LineMatch[]): void {
  for (const match of reading.find(line)) {
    const flags = (match.licensed ? LICENSED : 0) | (match.generic ? GENERIC : 0);
    out.push(match.value === undefined ? [at, match.entry, flags, match.text] : [at, match.entry, flags, match.text, match.value]);
  }
}

/** Every line of a region's text, in order. */
export function matchRegionText(reading: Reading, text: string): LineMatch[] {
  const out: LineMatch[] = [];
  for (const [at, line] of linesOf(text).entries()) matchLine(reading, line, at, out);
  return out;
}
