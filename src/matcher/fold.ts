// One folding for both sides: aliases at build time and matched page text at run time,
// so a match found by the tolerant pattern always maps back to its alias key.

/**
 * Marks, except the vowel signs, viramas and nasal signs of the Indic scripts (Devanagari to Sinhala), which spell
 * their words: without them Hindi's "हमास" (Hamas) and "हमसे" ("from us") fold alike. Their nuktas go, as news
 * spells Gaza both "गाजा" and "ग़ाज़ा".
 */
const MARKS = /[^\P{M}\u0900-\u0dff]|[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]/gu;
const TATWEEL = /\u0640/g;
const APOSTROPHES = /[’‘ʼ`´]/g;
const SEPARATORS = /[\s\u00a0\u2010-\u2015-]+/gu;
const LETTERS: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ø: 'o', ß: 'ss' };
const SPECIAL_LETTERS = /[ıłđøß]/g;
const HANGUL_LETTERS = /[\u1100-\u11ff]/;
/** Where a letter may need more than lower-casing: Latin-1 letters onwards, except the punctuation and symbol blocks. */
const BEYOND_BASIC_LATIN = /[\u00c0-\u1fff\u2c00-\uffff]/;

export function fold(text: string): string {
  return foldLetters(text).replace(APOSTROPHES, "'").replace(SEPARATORS, ' ').trim();
}

/**
 * Letters only: case, diacritics, tatweel. Spaces and apostrophes are left as they are (rewriting every
 * space of a long page costs more than the rest together); the topic gate's expression accepts them all.
 */
export function foldLetters(text: string): string {
  // Text with no letter beyond basic Latin (typographic punctuation and spaces allowed) only needs lower
  // case: decomposing and stripping a long page's text costs far more than this test.
  if (!BEYOND_BASIC_LATIN.test(text)) return text.toLowerCase();
  const out = text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(SPECIAL_LETTERS, (c) => LETTERS[c] ?? c);
  // Decomposing parts a Hangul syllable into its letters, which are no marks: put back together, a Korean name and
  // the particles after it are read syllable by syllable, as written.
  return HANGUL_LETTERS.test(out) ? out.normalize('NFC') : out;
}

/** An acronym (IPC, COI, ISF) only counts when the page writes it in capitals. */
export function isAcronym(alias: string): boolean {
  return /^[\p{Lu}\p{N}]{2,6}$/u.test(alias) && /\p{Lu}/u.test(alias);
}
