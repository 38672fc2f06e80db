import { describe, expect, it } from 'vitest';
import { isWordChar } from '@/src/matcher/char-fold';

describe('isWordChar', () => {
  // Latin-1 and general punctuation are classed without the Unicode-property expression: they must agree with it.
  it('classes every unit as a letter, digit, mark or underscore of any script would be', () => {
    const unicode = /[\p{L}\p{N}\p{M}_]/u;
    const units = [
      ...Array.from({ length: 0x900 }, (_, c) => c),
      ...Array.from({ length: 0x80 }, (_, c) => 0x2000 + c),
      0x3042,
      0x4e2d,
      0xfb01,
      0xff21,
    ];
    const wrong = units.filter((c) => isWordChar(String.fromCharCode(c), 0) !== unicode.test(String.fromCharCode(c)));
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  it('is false past the end of the text', () => {
    expect(isWordChar('ab', 2)).toBe(false);
  });
});
