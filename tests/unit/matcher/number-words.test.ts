// Numbers in words are read by number-words.ts, not by an alternative of the number expression (whose first
// use it made compile for milliseconds on every page). The expression they had is kept here as the oracle:
// over generated text full of number words, qualifiers, digits and near misses, findNumbers must find
// exactly what the old single expression found.
import { describe, expect, it } from 'vitest';
import {
  anyCase,
  FRACTION,
  LETTER,
  MULTIPLIER,
  NUMBER,
  NUMBER_END,
  NUMBER_START,
  PERCENT,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from '@/src/matcher/number-patterns';
import { nextWordsNumber } from '@/src/matcher/number-words';
import { findNumbers, type PageNumber, wordsValue } from '@/src/matcher/numbers';

const SIMPLE_WORD = `(?:${anyCase(TENS_WORDS)}(?:[-\\u2010 ]${anyCase(UNIT_WORDS)}(?![${LETTER}]))?|${anyCase(UNIT_WORDS)})(?![${LETTER}])`;
const SCALE = `${anyCase(SCALE_WORDS)}(?![${LETTER}])`;
const WORDS_NUMBER = `(?:(?:${SIMPLE_WORD}|${anyCase('a')})\\s${SCALE}(?:\\s(?:${anyCase('and')}\\s)?${SIMPLE_WORD}(?:\\s${SCALE})?)*|${anyCase('a dozen')}|${SIMPLE_WORD})`;
const OLD = new RegExp(
  `${NUMBER_START}(?:(?<num>${NUMBER})(?:\\s?(?<mult>${MULTIPLIER}))?(?<plus>\\+|[-\\u2010\\u2011 ]${anyCase('plus')}(?![${LETTER}]))?(?:\\s?(?<pct>%|${PERCENT}(?![${LETTER}])))?|(?<half>${anyCase('half a million')})(?![${LETTER}])|(?<frac>${FRACTION})(?![${LETTER}])|(?<words>${WORDS_NUMBER})(?![${LETTER}]))${NUMBER_END}`,
  'gi',
);

const FRACTIONS: Record<string, number> = {
  'two thirds': 66.7,
  'one third': 33.3,
  'a third': 33.3,
  'one half': 50,
  half: 50,
  'three quarters': 75,
  'a quarter': 25,
  'one quarter': 25,
};
const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, bn: 1e9, billion: 1e9 };

/** findNumbers as it was, with the single expression. */
function oldFindNumbers(text: string): PageNumber[] {
  const out: PageNumber[] = [];
  OLD.lastIndex = 0;
  for (let m = OLD.exec(text); m !== null; m = OLD.exec(text)) {
    const g = m.groups ?? {};
    const approximate = g.qual !== undefined || g.plus !== undefined;
    const at = { start: m.index, end: m.index + m[0].length, text: m[0] };
    if (g.frac) {
      const value = FRACTIONS[g.frac.toLowerCase().replace(/[- ]/g, ' ')];
      if (value !== undefined) out.push({ ...at, value, percent: true, approximate: true });
      continue;
    }
    if (g.words || g.half) {
      const value = wordsValue(g.words ?? g.half ?? '');
      if (value > 0) out.push({ ...at, value, percent: g.pct !== undefined, approximate });
      continue;
    }
    const raw = g.num ?? '';
    if (!g.mult && !g.pct && !g.qual && !g.plus && /^(?:19\d\d|20\d\d|2100)$/.test(raw)) continue;
    const value = Number.parseFloat(raw.replace(/[,\u00a0\u202f\u2009 ]/g, '')) * (g.mult ? (MULTIPLIERS[g.mult.toLowerCase()] ?? 1) : 1);
    if (Number.isFinite(value)) out.push({ ...at, value, percent: g.pct !== undefined, approximate });
  }
  return out;
}

const PIECES = [
  ...UNIT_WORDS.split('|'),
  ...TENS_WORDS.split('|'),
  ...SCALE_WORDS.split('|'),
  'a',
  'A',
  'and',
  'dozen',
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'million',
  'Twenty',
  'THREE',
  'Hundred',
  'more than',
  'about',
  'nearly',
  'some',
  'an estimated',
  'no more than',
  '5',
  '12',
  '1,200',
  '3.5',
  '67 173',
  '%',
  'percent',
  'plus',
  'k',
  'cat',
  'oneself',
  'twentyé',
  'sixteen',
  'é',
  'Ω',
  'ten-fold',
  // Where a fraction and a number in words start at one place, with and without a qualifier.
  'about one third',
  'nearly one half',
  'some a quarter',
  'over two-thirds',
  'more than half a million',
  'one half',
  'three quarters',
  '2026',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '-', '\u2010', '\u2011', '\n', '\u00a0', ', ', '. ', '.', ',', '', '(', ')'];

/** A small seeded generator, so a failure names a text that can be run again. */
function texts(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = 1 + next(12);
    for (let j = 0; j < length; j++) text += (PIECES[next(PIECES.length)] ?? '') + (SEPARATORS[next(SEPARATORS.length)] ?? '');
    out.push(text);
  }
  return out;
}

describe('numbers in words, read word by word', () => {
  it('find exactly what the single old expression found, over 30,000 generated texts', () => {
    const differing = texts(30_000, 7).filter((text) => JSON.stringify(findNumbers(text)) !== JSON.stringify(oldFindNumbers(text)));
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('are tried on texts that hold them: the generated texts are not all misses', () => {
    const sample = texts(2_000, 7);
    const inWords = sample.filter((text) => findNumbers(text).some((n) => /[a-z]/i.test(n.text) && !/half|third|quarter/i.test(n.text)));
    expect(inWords.length).toBeGreaterThan(500);
    expect(sample.filter((text) => findNumbers(text).some((n) => n.approximate)).length).toBeGreaterThan(100);
  });

  it.each([
    ['two thousand five hundred trucks', 'two thousand five hundred', 2500],
    ['Twenty-one hostages', 'Twenty-one', 21],
    ['a dozen aid workers', 'a dozen', 12],
    ['nearly two thousand and twelve people', 'nearly two thousand and twelve', 2012],
    ['a thousand trucks', 'a thousand', 1000],
    ['some twenty hundred5 km', 'some twenty', 20],
  ])('%j reads %j as %d', (text, matched, value) => {
    expect(findNumbers(text).map((n) => [n.text, n.value])).toEqual([[matched, value]]);
  });

  it('passes over words that only begin like numbers, and an article before anything but a scale', () => {
    expect(findNumbers('Someone said oneself, a cat, sixteenth and tenfold.')).toEqual([]);
    expect(nextWordsNumber('a cat and a dog', 0)).toBeUndefined();
  });
});
