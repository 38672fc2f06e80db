// fold() one character at a time, so text can be folded while it is read and offsets stay those of the page.
import { fold } from './fold';

// Per UTF-16 unit, filled as characters are met: typed-array reads keep the matcher's inner loop cheap.
// 0 not yet known, 1 folds to nothing, 2 folds to several units, else the folded unit + 3. Units from Latin
// to Arabic have a table; the rest (rare on the pages we read) a Map: tables of every unit were ~600 KB
// allocated on every page.
const LOW = 0x800;
/** General punctuation (quotes, dashes, spaces), frequent in news text, shares the tables. */
const PUNCTUATION = 0x2000;
const TABLE = LOW + 0x70;
/** A unit's slot in the tables, or -1. */
const slot = (code: number) => (code < LOW ? code : code >= PUNCTUATION && code < PUNCTUATION + 0x70 ? code - PUNCTUATION + LOW : -1);
const foldedCodes = new Int32Array(TABLE);
const foldedHigh = new Map<number, number>();
const folded = new Map<number, string>();
// Per UTF-16 unit: 0 not yet known, 1 a word character, 2 not.
const wordChars = new Uint8Array(TABLE);
const wordHigh = new Map<number, number>();
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/**
 * Latin-1 and general punctuation are known from the start, as WORD_CHAR would class them (a unit test
 * checks): an expression of Unicode properties costs about a millisecond to compile at its first use, and
 * most pages hold nothing else.
 */
const isLatin1WordCode = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  c === 0x5f ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0xaa ||
  c === 0xb2 ||
  c === 0xb3 ||
  c === 0xb5 ||
  c === 0xb9 ||
  c === 0xba ||
  (c >= 0xbc && c <= 0xbe) ||
  (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
for (let c = 0; c < 0x100; c++) wordChars[c] = isLatin1WordCode(c) ? 1 : 2;
/** Latin-1 units: 1 a word character, 2 not. The matcher's loop over every character reads it without a call. */
export const LATIN1_WORD: Readonly<Uint8Array> = wordChars.subarray(0, 0x100);
// General punctuation (spaces, dashes, quotes) holds no letter, digit or mark.
wordChars.fill(2, LOW, TABLE);

/** What foldCode returns for a mark or tatweel (read through) and for a unit that folds to several ("ß"). */
export const FOLDS_TO_NOTHING = -1;
export const FOLDS_TO_SEVERAL = -2;
/** Spaces, line breaks and dashes all fold to one space. */
export const SPACE = 32;
const APOSTROPHE = 39;

/**
 * ASCII and the spaces, dashes and apostrophes of news text are folded from the start, as fold() would fold
 * them (a unit test checks): fold() compiles four expressions at its first call, and ran once for every
 * character a page held before the first name was matched, cold, on every page about the talks.
 */
const asciiFold = (c: number): number =>
  (c >= 9 && c <= 13) || c === 32 || c === 45 ? SPACE : c >= 65 && c <= 90 ? c + 32 : c === 96 ? APOSTROPHE : c;
for (let c = 0; c < 0x80; c++) foldedCodes[c] = asciiFold(c) + 3;
/**
 * ASCII folded, as foldCode gives it: the matcher's loops over a page's characters read it without a call
 * (calls into foldCode were ~2.4 ms of a 5 KB article, sampled: the page is read once, mostly before V8 has
 * optimised the loop).
 */
export const ASCII_FOLDED: Readonly<Uint8Array> = Uint8Array.from({ length: 0x80 }, (_, c) => asciiFold(c));
foldedCodes[0xa0] = SPACE + 3;
for (let c = 0x2010; c <= 0x2015; c++) foldedCodes[c - PUNCTUATION + LOW] = SPACE + 3;
foldedCodes[0x2018 - PUNCTUATION + LOW] = APOSTROPHE + 3;
foldedCodes[0x2019 - PUNCTUATION + LOW] = APOSTROPHE + 3;

/**
 * The folded form of the character at `at`: '' for marks and tatweel, ' ' for spaces and dashes, "'" for
 * apostrophes, else lower-case without diacritics.
 */
export function foldCharAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  let out = folded.get(code);
  if (out === undefined) {
    const ch = text[at] ?? '';
    out = /^[\s\u00a0\u2010-\u2015-]$/u.test(ch) ? ' ' : fold(ch);
    folded.set(code, out);
  }
  return out;
}

/** foldCharAt as one code unit: FOLDS_TO_NOTHING, FOLDS_TO_SEVERAL (then ask foldCharAt) or the unit. `at` must be inside `text`. */
export function foldCode(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const where = slot(code);
  let known = (where >= 0 ? foldedCodes[where] : foldedHigh.get(code)) ?? 0;
  if (known === 0) {
    const out = foldCharAt(text, at);
    known = out === '' ? 1 : out.length > 1 ? 2 : out.charCodeAt(0) + 3;
    if (where >= 0) foldedCodes[where] = known;
    else foldedHigh.set(code, known);
  }
  return known === 1 ? FOLDS_TO_NOTHING : known === 2 ? FOLDS_TO_SEVERAL : known - 3;
}

/**
 * Ideographs, hiragana and CJK punctuation: Japanese writes no spaces, so each of these is a word edge of its own
 * (a katakana name, "ハマス", stands between them: "イスラエルとハマスの"), and a name written in them is found
 * inside a longer run ("ガザ停戦合意"). Katakana, Hangul and every other script are words as usual.
 */
export const isSpacelessCode = (c: number): boolean =>
  c >= 0x3000 &&
  (c <= 0x3098 ||
    (c >= 0x309d && c <= 0x309f) ||
    (c >= 0x3400 && c <= 0x9fff && (c < 0x4dc0 || c > 0x4dff)) ||
    (c >= 0xf900 && c <= 0xfaff));

/**
 * A letter, digit, combining mark or underscore of any script but the spaceless ones (isSpacelessCode): what a
 * name may not touch on either side.
 */
export function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  const where = slot(code);
  let known = where >= 0 ? wordChars[where] : wordHigh.get(code);
  if (!known) {
    known = WORD_CHAR.test(text[at] ?? '') && !isSpacelessCode(code) ? 1 : 2;
    if (where >= 0) wordChars[where] = known;
    else wordHigh.set(code, known);
  }
  return known === 1;
}
