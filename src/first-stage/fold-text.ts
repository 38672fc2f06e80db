// Page text folded for counting strong names: lower case, without diacritics or tatweel, as fold does for
// the names at build time, with native string calls only: a character-by-character loop in a script that
// has not warmed up cost milliseconds on every page, and a Unicode-property expression (/\p{M}/u) costs
// milliseconds to compile. Marks are stripped by code range: Latin, Greek and Cyrillic combining marks,
// Hebrew points, Arabic harakat and tatweel, the Indic scripts' nuktas (not their vowel signs: see fold),
// kana's voicing marks (NFD parts "ガ" into "カ" and one); so is the Arabic, Urdu and Bengali punctuation
// (comma, semicolon, question mark, full stop, danda) that strong-count's word range would read as letters:
// it ends many a clause ("قطاع غزة،"), and the engine reads it as punctuation.

const BEYOND_BASIC_LATIN = /[\u00c0-\u1fff\u2c00-\uffff]/;
const MARKS =
  /[\u0300-\u036f\u0591-\u05c7\u060c-\u061f\u064b-\u065f\u0670\u0640\u06d4\u0964\u0965\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc\u3099\u309a]/g;
/** Letters that do not decompose. */
const SPECIAL = /[ıłđøß]/g;
const HANGUL_LETTERS = /[\u1100-\u11ff]/;
const SPECIAL_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ø: 'o', ß: 'ss' };

export function foldForCount(text: string): string {
  if (!BEYOND_BASIC_LATIN.test(text)) return text.toLowerCase();
  const out = text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => SPECIAL_FOLDS[c] ?? c);
  // Hangul syllables put back together, as fold does.
  return HANGUL_LETTERS.test(out) ? out.normalize('NFC') : out;
}
