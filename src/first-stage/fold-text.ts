// Page text folded for counting strong names: lower case, without diacritics or tatweel, as fold does for
// the names at build time, but with no Unicode-property expression (compiling /\p{M}/u on every page costs
// milliseconds). Marks are stripped by code range: Latin, Greek and Cyrillic combining marks, Hebrew
// points, Arabic harakat and tatweel.

const BEYOND_BASIC_LATIN = /[\u00c0-\u1fff\u2c00-\uffff]/;
/** Letters that do not decompose: ı ł đ ø ß. */
const SPECIAL = new Map([
  [0x131, 'i'],
  [0x142, 'l'],
  [0x111, 'd'],
  [0xf8, 'o'],
  [0xdf, 'ss'],
]);

const isMark = (c: number) =>
  (c >= 0x300 && c <= 0x36f) || (c >= 0x591 && c <= 0x5c7) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640;

export function foldForCount(text: string): string {
  if (!BEYOND_BASIC_LATIN.test(text)) return text.toLowerCase();
  const decomposed = text.toLowerCase().normalize('NFD');
  let out = '';
  let from = 0;
  for (let i = 0; i < decomposed.length; i++) {
    const c = decomposed.charCodeAt(i);
    const special = SPECIAL.get(c);
    if (special === undefined && !isMark(c)) continue;
    out += decomposed.slice(from, i) + (special ?? '');
    from = i + 1;
  }
  return from === 0 ? decomposed : out + decomposed.slice(from);
}
