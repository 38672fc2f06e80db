import { describe, expect, it } from 'vitest';
import { findNumbers, sentenceAround } from '@/src/matcher/numbers';

const one = (text: string) => {
  const [n] = findNumbers(text);
  return n && { text: n.text, value: n.value, percent: n.percent, approximate: n.approximate };
};

describe('findNumbers: the forms news pages use', () => {
  it.each([
    ['67,173 killed', '67,173', 67173],
    ['67173 killed', '67173', 67173],
    ['67 173 killed', '67 173', 67173],
    ['67\u00a0173 killed', '67\u00a0173', 67173],
    ['67\u202f173 killed', '67\u202f173', 67173],
    ['67.2k killed', '67.2k', 67200],
    ['67.2K killed', '67.2K', 67200],
    ['67k killed', '67k', 67000],
    ['67 thousand killed', '67 thousand', 67000],
    ['1.2 million people', '1.2 million', 1_200_000],
    ['$10bn pledged', '10bn', 10_000_000_000],
    ['$17 billion pledged', '17 billion', 17_000_000_000],
    ['1,968 prisoners', '1,968', 1968],
    ['169,780 wounded', '169,780', 169780],
    ['the 20 living hostages', '20', 20],
    ['251 people were taken', '251', 251],
  ])('%j reads %j as %d', (text, matched, expected) => {
    expect(one(text)).toMatchObject({ text: matched, value: expected });
  });

  it.each([
    ['more than 67,000', 67000],
    ['More than 67,000', 67000],
    ['over 67,000', 67000],
    ['at least 67,173', 67173],
    ['nearly 67,200', 67200],
    ['almost 2,000', 2000],
    ['about 1,200', 1200],
    ['around 1,200', 1200],
    ['roughly 250', 250],
    ['some 1,950', 1950],
    ['upwards of 70,000', 70000],
    ['close to 70,000', 70000],
    ['fewer than 500', 500],
    ['an estimated 10,000', 10000],
  ])('%j is an approximate %d including its qualifier', (text, expected) => {
    expect(one(text)).toEqual({ text, value: expected, percent: false, approximate: true });
  });

  it.each([
    ['67,000-plus dead', '67,000-plus', 67000],
    ['67,000+ dead', '67,000+', 67000],
    ['67,000 plus dead', '67,000 plus', 67000],
  ])('%j marks a "plus" number approximate', (text, matched, expected) => {
    expect(one(text)).toEqual({ text: matched, value: expected, percent: false, approximate: true });
  });

  it.each([
    ['70% of Israelis', '70%', 70],
    ['70 % of Israelis', '70 %', 70],
    ['70 percent of Israelis', '70 percent', 70],
    ['70 per cent of Israelis', '70 per cent', 70],
    ['nearly 70 percent of Israelis', 'nearly 70 percent', 70],
    ['53% of the Strip', '53%', 53],
    ['66.5% backed it', '66.5%', 66.5],
  ])('%j is a percentage', (text, matched, expected) => {
    expect(one(text)).toMatchObject({ text: matched, value: expected, percent: true });
  });

  it.each([
    ['two-thirds of voters', 'two-thirds', 66.7],
    ['Two thirds of voters', 'Two thirds', 66.7],
    ['a third of the land', 'a third', 33.3],
    ['half of the Strip', 'half', 50],
    ['three-quarters of homes', 'three-quarters', 75],
  ])('%j is a fraction, read as a percentage', (text, matched, expected) => {
    expect(one(text)).toMatchObject({ text: matched, value: expected, percent: true });
  });

  it.each(['in 2025 the talks', 'since 1948', 'the 2023 attack', 'by 2100'])('%j: a bare year is not a count', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it.each([
    ['A1234 road', []],
    ['version 2.5.1', []],
    ['covid19', []],
    ['halfway there', []],
    ['behalf of', []],
  ])('%j: digits or fraction words inside a word are not numbers', (text, expected) => {
    expect(findNumbers(text).map((n) => n.text)).toEqual(expected);
  });

  it.each([
    ['More than 67,000 killed', 'More than 67,000', 67000],
    ['NEARLY 70 PERCENT of homes', 'NEARLY 70 PERCENT', 70],
    ['Two-Thirds of the strip', 'Two-Thirds', 66.7],
    ['about 2.1 Million people', 'about 2.1 Million', 2_100_000],
  ])('%j: qualifiers, units and fractions in any of the three cases', (text, found, value) => {
    const [number] = findNumbers(text);
    expect(number?.text).toBe(found);
    expect(number?.value).toBe(value);
  });

  it('finds several numbers with their offsets', () => {
    const text = 'Of 251 taken, 48 remained and 20 were alive.';
    expect(findNumbers(text).map((n) => [n.text, text.slice(n.start, n.end)])).toEqual([
      ['251', '251'],
      ['48', '48'],
      ['20', '20'],
    ]);
  });
});

describe('sentenceAround', () => {
  const text = 'Talks resumed on Monday. More than 67,000 people were killed, officials said. The U.N. agreed.';

  it('bounds the sentence holding an offset', () => {
    const [from, to] = sentenceAround(text, text.indexOf('67,000'));
    expect(text.slice(from, to).trim()).toBe('More than 67,000 people were killed, officials said.');
  });

  it('does not split on decimals or thousands separators', () => {
    const t = 'The toll rose to 67.2k on Tuesday. Nothing else.';
    const [from, to] = sentenceAround(t, 5);
    expect(t.slice(from, to).trim()).toBe('The toll rose to 67.2k on Tuesday.');
  });

  it('takes the first and last sentences to the ends of the text', () => {
    expect(sentenceAround('One sentence only', 3)).toEqual([0, 17]);
  });
});
