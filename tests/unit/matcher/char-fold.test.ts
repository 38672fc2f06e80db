import { describe, expect, it } from 'vitest';
import { ASCII_FOLDED, FOLDS_TO_NOTHING, FOLDS_TO_SEVERAL, foldCharAt, foldCode, isWordChar } from '@/src/matcher/char-fold';

describe('isWordChar', () => {
  // Latin-1 and general punctuation are classed without the Unicode-property expression: they must agree with it.
  it('classes every unit as a letter, digit, mark or underscore of any script would be, but ideographs and hiragana', () => {
    const unicode = /[\p{L}\p{N}\p{M}_]/u;
    const spaceless = /[\u3000-\u3098\u309d-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
    const units = [
      ...Array.from({ length: 0x900 }, (_, c) => c),
      ...Array.from({ length: 0x80 }, (_, c) => 0x2000 + c),
      0x3005,
      0x3042,
      0x3099,
      0x30a2,
      0x30fb,
      0x30fc,
      0x4e2d,
      0xac00,
      0xfa11,
      0xfb01,
      0xff21,
      0xff71,
    ];
    const wordLike = (s: string) => unicode.test(s) && !spaceless.test(s);
    const wrong = units.filter((c) => isWordChar(String.fromCharCode(c), 0) !== wordLike(String.fromCharCode(c)));
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
    // Katakana (ア), its long vowel mark (ー) and Hangul (가) are words; hiragana (あ), ideographs (中) and the
    // iteration mark (々) are word edges.
    expect(['ア', 'ー', '가', 'あ', '中', '々', '・'].map((c) => isWordChar(c, 0))).toEqual([true, true, true, false, false, false, false]);
  });

  it('is false past the end of the text', () => {
    expect(isWordChar('ab', 2)).toBe(false);
  });
});

describe('foldCode', () => {
  // ASCII and common punctuation are folded from a table filled at start-up: it must agree with fold().
  it('folds every unit as foldCharAt (fold) does', () => {
    const codeOf = (folded: string) => (folded === '' ? FOLDS_TO_NOTHING : folded.length > 1 ? FOLDS_TO_SEVERAL : folded.charCodeAt(0));
    const units = [
      ...Array.from({ length: 0x100 }, (_, c) => c),
      ...Array.from({ length: 0x70 }, (_, c) => 0x2000 + c),
      0x300,
      0x640,
      0xdf,
    ];
    const wrong = units.filter((c) => {
      const s = String.fromCharCode(c);
      return foldCode(s, 0) !== codeOf(foldCharAt(s, 0));
    });
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
    expect([foldCode('A', 0), foldCode('-', 0), foldCode('\u2019', 0), foldCode('\u00a0', 0)]).toEqual([97, 32, 39, 32]);
  });

  // The matcher's loops read ASCII from this table instead of calling foldCode.
  it('has ASCII folded in a table, as fold() folds it', () => {
    const wrong = Array.from({ length: 0x80 }, (_, c) => c).filter(
      (c) => ASCII_FOLDED[c] !== foldCharAt(String.fromCharCode(c), 0).charCodeAt(0),
    );
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
    expect(ASCII_FOLDED).toHaveLength(0x80);
  });
});
