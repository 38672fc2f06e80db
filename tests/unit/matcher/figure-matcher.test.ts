import { describe, expect, it } from 'vitest';
import { createContextFinder } from '@/src/matcher/context-words';
import { createFigureMatcher } from '@/src/matcher/figure-matcher';
import { entry, fixtureIndex, value } from '../../support/fixture-dataset';

const index = fixtureIndex([
  entry('fig-killed', [], {
    figure: { values: [value(67173), value(71667, '2026-01-29')], tolerance: 0.02, context: ['killed', 'death toll', 'dead'] },
  }),
  entry('fig-oct7', [], { figure: { values: [value({ min: 1200, max: 1221 })], tolerance: 0.02, context: ['October 7', '7 October'] } }),
  entry('fig-hostages-taken', [], { figure: { values: [value(251)], tolerance: 0, context: ['hostages', 'captives'] } }),
  entry('fig-living', [], { figure: { values: [value(20)], tolerance: 0, context: ['living hostages', 'alive'] } }),
  entry('fig-poll', [], {
    figure: { unit: 'percent of Israelis', values: [value(71), value(66)], tolerance: 0.03, context: ['poll', 'survey'] },
  }),
  entry('fig-prisoners', [], { figure: { values: [value(1968)], tolerance: 0.05, context: ['prisoners', 'detainees'] } }),
]);
const matcher = createFigureMatcher(index);
const idOf = (i: number) => index.entries[i]?.id;
const found = (text: string) => matcher.find(text).map((m) => [m.text, idOf(m.entry), m.value]);

describe('figures need their context words in the same sentence', () => {
  it.each([
    ['More than 67,000 Palestinians have been killed.', [['More than 67,000', 'fig-killed', 67000]]],
    ['The death toll stands at 67,173.', [['67,173', 'fig-killed', 67173]]],
    ['At least 67 173 people were killed.', [['At least 67 173', 'fig-killed', 67173]]],
    ['Some 67.2k people are dead.', [['Some 67.2k', 'fig-killed', 67200]]],
    ['A 67,000-plus death toll.', [['67,000-plus', 'fig-killed', 67000]]],
    ['By January, 71,667 had been killed.', [['71,667', 'fig-killed', 71667]]],
    ['A crowd of 67,000 watched the final.', []],
    ['67,000 people marched. Many were killed later.', []],
    ['About 1,200 people were killed on October 7.', [['About 1,200', 'fig-oct7', 1200]]],
    ['On 7 October, 1,219 people died, by one tally.', [['1,219', 'fig-oct7', 1219]]],
    ['1,200 runners finished the race.', []],
    ['Militants took 251 hostages.', [['251', 'fig-hostages-taken', 251]]],
    ['The team scored 251 points.', []],
    ['All 20 living hostages came home.', [['20', 'fig-living', 20]]],
    ['He scored 20 points.', []],
    ['Nearly 70 percent back a deal, a poll found.', [['Nearly 70 percent', 'fig-poll', 70]]],
    ['A survey found 71% support.', [['71%', 'fig-poll', 71]]],
    ['Two-thirds back the plan, the survey said.', [['Two-thirds', 'fig-poll', 66.7]]],
    ['Israel freed 1,968 prisoners.', [['1,968', 'fig-prisoners', 1968]]],
    ['Almost 2,000 detainees were freed.', [['Almost 2,000', 'fig-prisoners', 2000]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('tolerance and units', () => {
  it.each([
    ['66,000 were killed, officials said.', [['66,000', 'fig-killed', 66000]]],
    ['60,000 were killed, officials said.', []],
    ['More than 80,000 were killed.', []],
    ['1,500 were killed on October 7.', []],
    ['250 hostages were taken.', []],
    ['70 people in the poll said yes.', []],
    ['71 per cent in the poll said yes.', [['71 per cent', 'fig-poll', 71]]],
    ['67,173% were killed', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps the page value when it differs from the reported one', () => {
    const [m] = matcher.find('Officials said 66,500 were killed.');
    expect(m?.value).toBe(66500);
  });

  it('prefers the closest figure when two could fit', () => {
    const m = createFigureMatcher(
      fixtureIndex([
        entry('fig-a', [], { figure: { values: [value(1950)], tolerance: 0.05, context: ['released'] } }),
        entry('fig-b', [], { figure: { values: [value(1968)], tolerance: 0.05, context: ['released'] } }),
      ]),
    );
    const index2 = fixtureIndex([
      entry('fig-a', [], { figure: { values: [value(1950)], tolerance: 0.05, context: ['released'] } }),
      entry('fig-b', [], { figure: { values: [value(1968)], tolerance: 0.05, context: ['released'] } }),
    ]);
    expect(m.find('They released 1,966 people.').map((x) => index2.entries[x.entry]?.id)).toEqual(['fig-b']);
    expect(m.find('They released 1,951 people.').map((x) => index2.entries[x.entry]?.id)).toEqual(['fig-a']);
  });

  it('takes common nouns for a figure that needs its context only beside a context word', () => {
    const force = (nounsNeedContext: boolean) => {
      const fixture = fixtureIndex([
        entry('fig-force', [], {
          figure: { values: [value(20000)], tolerance: 0.02, context: ['stabilisation force'], nouns: ['troops'], nounsNeedContext },
        }),
      ]);
      const m = createFigureMatcher(fixture);
      return (text: string) => m.find(text).map((x) => fixture.entries[x.entry]?.id);
    };
    expect(force(false)('Israel keeps 20,000 troops in the south.')).toEqual(['fig-force']);
    expect(force(true)('Israel keeps 20,000 troops in the south.')).toEqual([]);
    expect(force(true)('The stabilisation force could reach 20,000 troops.')).toEqual(['fig-force']);
    expect(force(true)('Israel keeps 20,000 troops there. The stabilisation force starts small.')).toEqual([]);
  });

  it('takes a number between two reports of a running count, behind a figure that reported that number', () => {
    const fixture = fixtureIndex([
      entry('fig-since', [], {
        figure: { values: [value(354), value(615)], tolerance: 0.05, context: ['since the truce'], cumulative: true },
      }),
      entry('fig-other', [], { figure: { values: [value(460)], tolerance: 0.05, context: ['since the truce'] } }),
    ]);
    const m = createFigureMatcher(fixture);
    const ids = (text: string) => m.find(text).map((x) => [x.text, fixture.entries[x.entry]?.id]);
    expect(ids('Since the truce, 406 were killed.')).toEqual([['406', 'fig-since']]);
    expect(ids('Since the truce, 460 were killed.')).toEqual([['460', 'fig-other']]);
    expect(ids('Since the truce, 120 were killed.')).toEqual([]);
    expect(ids('Since the truce, 900 were killed.')).toEqual([]);
  });

  it('rules a figure out where a word against it shares the sentence', () => {
    const fixture = fixtureIndex([
      entry('fig-returned', [], {
        figure: { values: [value(24)], tolerance: 0, context: ['returned'], nouns: ['bodies'], against: ['still holds'] },
      }),
    ]);
    const m = createFigureMatcher(fixture);
    const ids = (text: string) => m.find(text).map((x) => fixture.entries[x.entry]?.id);
    expect(ids('Hamas returned 24 bodies.')).toEqual(['fig-returned']);
    expect(ids('Hamas still holds 24 bodies.')).toEqual([]);
    expect(ids('Hamas still holds two. It returned 24 bodies.')).toEqual(['fig-returned']);
  });

  it('ignores years even next to context words', () => {
    expect(found('In 2023 militants took hostages; by 2025 prisoners were freed.')).toEqual([]);
  });

  it('finds nothing in text without digits or fraction words', () => {
    expect(found('Talks continued in Sharm el-Sheikh.')).toEqual([]);
  });
});

describe('a block the page matcher already knows may hold a number', () => {
  const contexts = createContextFinder(index);
  const inNumbered = (text: string) => matcher.findInNumbered(text, contexts.find(text)).map((m) => [m.text, idOf(m.entry)]);

  it('finds the same figures as find when its context words are given', () => {
    for (const text of ['The death toll stands at 67,173.', 'Militants took 251 hostages.', 'A survey found 71% support.'])
      expect(inNumbered(text)).toEqual(matcher.find(text).map((m) => [m.text, idOf(m.entry)]));
  });

  it('finds no figure where no word of a figure licenses one, however close the number', () => {
    expect(inNumbered('A crowd of 67,173 watched the final.')).toEqual([]);
    expect(matcher.findInNumbered('The death toll stands at 67,173.', [])).toEqual([]);
  });
});
