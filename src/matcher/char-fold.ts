// fold() one character at a time, so text can be folded while it is read and offsets stay those of the page.
import { fold } from './fold';

// Per UTF-16 unit, filled as characters are met: an array read is much cheaper than a Map lookup by string.
const folded: (string | undefined)[] = new Array(65536);
// Per UTF-16 unit: 0 not yet known, 1 a word character, 2 not.
const wordChars = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/**
 * The folded form of the character at `at`: '' for marks and tatweel, ' ' for spaces and dashes, "'" for
 * apostrophes, else lower-case without diacritics.
 */
export function foldCharAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  let out = folded[code];
  if (out === undefined) {
    const ch = text[at] ?? '';
    out = /^[\s\u00a0\u2010-\u2015-]$/u.test(ch) ? ' ' : fold(ch);
    folded[code] = out;
  }
  return out;
}

/** A letter, digit, combining mark or underscore of any script: what a name may not touch on either side. */
export function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  let known = wordChars[code];
  if (!known) {
    known = WORD_CHAR.test(text[at] ?? '') ? 1 : 2;
    wordChars[code] = known;
  }
  return known === 1;
}
