// Figures as reporters write them: numbers in words, qualifiers, words between the number and its noun,
// other reporters' values, and numbers that count something else. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { countedWords } from '@/src/matcher/counted-noun';
import { createFigureMatcher } from '@/src/matcher/figure-matcher';
import { findNumbers, mayHoldNumber, wordsValue } from '@/src/matcher/numbers';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { entry, fixtureIndex, value } from '../../support/fixture-dataset';

const index = fixtureIndex([
  entry('fig-trucks', [], {
    figure: { values: [value(600), value(89), value(145)], tolerance: 0.04, context: ['trucks', 'lorries'], nouns: ['truckloads'] },
  }),
  entry('fig-prisoners', [], {
    figure: { values: [value(1968), value(250)], tolerance: 0.03, context: ['prisoners', 'detainees'], nouns: ['inmates'] },
  }),
  entry('fig-remaining', [], {
    figure: {
      values: [value(48), value(47), value(20)],
      tolerance: 0,
      context: ['still held', 'living hostages'],
      nouns: ['hostages', 'captives'],
    },
  }),
  entry('fig-deceased', [], { figure: { values: [value(28), value(24)], tolerance: 0, context: ['deceased captives', 'dead hostages'] } }),
  entry('fig-killed', [], {
    figure: { values: [value(67173), value(1219, '2023-12-15')], tolerance: 0.02, context: ['killed', 'death toll'] },
  }),
  entry('fig-ipc', [], { figure: { values: [value(500000), value(1900000)], tolerance: 0.05, context: ['famine', 'hunger'] } }),
  entry('fig-votes', [], { figure: { values: [value(13)], tolerance: 0, context: ['votes in favour'] } }),
]);
const matcher = createFigureMatcher(index);
const found = (text: string) => matcher.find(text).map((m) => [m.text, index.entries[m.entry]?.id, m.value]);

describe('numbers in words', () => {
  it.each([
    ['five hundred', 500],
    ['Two thousand', 2000],
    ['twenty-one', 21],
    ['one hundred and fifty', 150],
    ['two thousand five hundred', 2500],
    ['a dozen', 12],
    ['a thousand', 1000],
    ['half a million', 500000],
  ])('%s is %d', (words, expected) => {
    expect(wordsValue(words)).toBe(expected);
    expect(findNumbers(`They counted ${words} of them.`).map((n) => n.value)).toEqual([expected]);
  });

  it('reads mixed forms and every qualifier', () => {
    expect(findNumbers('1.9 million people').map((n) => n.value)).toEqual([1_900_000]);
    for (const q of ['some', 'nearly', 'about', 'around', 'roughly', 'up to', 'at least', 'more than', 'over', 'fewer than', 'as many as'])
      expect(findNumbers(`${q} 600 trucks`)).toMatchObject([{ text: `${q} 600`, value: 600, approximate: true }]);
  });

  it('lets a block with only number words through the cheap test', () => {
    expect(mayHoldNumber('Twenty hostages came home')).toBe(true);
    expect(mayHoldNumber('Five hundred trucks')).toBe(true);
    expect(mayHoldNumber('No count given here at all')).toBe(false);
  });
});

describe('figures as reporters write them', () => {
  it.each([
    ['Six hundred trucks a day were promised, officials said.', [['Six hundred', 'fig-trucks', 600]]],
    ['Israel was to free two thousand detainees.', [['two thousand', 'fig-prisoners', 2000]]],
    ['Some 1.9 million people face famine, the report said.', [['Some 1.9 million', 'fig-ipc', 1_900_000]]],
    ['As many as 600 trucks a day were promised.', [['As many as 600', 'fig-trucks', 600]]],
    ['Fewer than 145 truckloads arrived each day.', [['Fewer than 145', 'fig-trucks', 145]]],
    ['Hamas was holding 47 Israeli captives, the army said.', [['47', 'fig-remaining', 47]]],
    ['The remaining 20 living hostages were released.', [['20', 'fig-remaining', 20]]],
    ['Families await the remains of 28 deceased captives.', [['28', 'fig-deceased', 28]]],
    ['Close to 1,950 Palestinian detainees and prisoners were freed.', [['Close to 1,950', 'fig-prisoners', 1950]]],
    ['Around 250 inmates serving life terms were on the list.', [['Around 250', 'fig-prisoners', 250]]],
    ['The toll rose to 67,173, the ministry said, counting those killed.', [['67,173', 'fig-killed', 67173]]],
    ['More than 67,000 Palestinians have been killed.', [['More than 67,000', 'fig-killed', 67000]]],
    ['The council passed it with 13 votes in favour.', [['13', 'fig-votes', 13]]],
    ['Twenty hostages still held were freed.', [['Twenty', 'fig-remaining', 20]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("matches another reporter's value of the same figure and keeps the page's number", () => {
    // 1,219 is the later (AFP-style) tally, not the headline value: it is still this figure.
    expect(found('By a later count 1,219 people were killed that day.')).toEqual([['1,219', 'fig-killed', 1219]]);
  });
});

describe('numbers that count something else', () => {
  it.each([
    'Aid groups run 200 distribution points, and trucks unload at only a few.',
    'About 600 volunteers unloaded the trucks.',
    'The trucks drove 145 kilometres through the night.',
    'Israel released 20 videos showing hostages.',
    'Some 48 journalists were killed covering the war, the toll shows.',
    'He was 47 years old when the hostages were taken.',
    'The 13 votes in the general assembly were a formality.',
    'A dozen aid agencies said trucks were waiting.',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads the words after a number up to a function word or punctuation', () => {
    const text = '200 distribution points for trucks';
    expect(countedWords(text, 3)).toEqual({ end: text.indexOf(' for'), open: false });
    expect(countedWords('67,173, the ministry said', 6)).toEqual({ end: 6, open: true });
    expect(countedWords('1,200 people were killed', 5)).toMatchObject({ open: true });
  });
});

describe('common nouns that name an entry', () => {
  const page = fixtureIndex([
    entry('event-summit', ['Sharm el-Sheikh summit'], {
      kind: 'event',
      generic: { aliases: ['the summit'], context: ['Sharm el-Sheikh', 'Trump Declaration'] },
    }),
    entry('concept-ceasefire', ['Gaza ceasefire'], {
      kind: 'concept',
      generic: { aliases: ['ceasefire', 'truce'], context: ['Gaza', 'Hamas'] },
    }),
    entry('org-hamas', ['Hamas'], { kind: 'organisation' }),
  ]);
  const pm = createPageMatcher(page);
  const names = (text: string) => pm.find(text).map((m) => [m.text, page.entries[m.entry]?.id, m.generic ?? false]);

  it('names the entry where its context words share the paragraph', () => {
    expect(names('Leaders flew to Sharm el-Sheikh, and the summit ended with a signing.')).toEqual([['the summit', 'event-summit', true]]);
    expect(names('The truce in Gaza held overnight.')).toEqual([['truce', 'concept-ceasefire', true]]);
  });

  it('names nothing where they do not', () => {
    expect(names('The summit on climate finance opened in Bonn.')).toEqual([]);
    expect(names('The ceasefire between Israel and Hezbollah held overnight.')).toEqual([]);
    expect(names('A truce along the Lebanese border was agreed.')).toEqual([]);
  });

  it('keeps the specific names strong', () => {
    expect(names('The Gaza ceasefire held.')).toEqual([['Gaza ceasefire', 'concept-ceasefire', false]]);
  });
});
