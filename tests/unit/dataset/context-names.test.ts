// A context word naming a strong entry stands for all of that entry's names (dataset/build/context-names.ts).
import { describe, expect, it } from 'vitest';
import { strongEntryNames, withEveryName } from '@/src/dataset/build/context-names';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { entry, fixtureIndex } from '../../support/fixture-dataset';

const hamas = entry('org-hamas', ['Hamas', 'Χαμάς', 'Hamasem']);
const gaza = entry('place-gaza-strip', ['Gaza Strip', 'Gaza', 'غزة']);
const gazaCity = entry('place-gaza-city', ['Gaza City', 'مدينة غزة'], { kind: 'place', context: ['Gaza', 'Hamas'] });
const witkoff = entry('person-witkoff', ['Steve Witkoff', 'Witkoff', 'Γουίτκοφ'], { context: ['Hamas'] });
const cairo = entry('place-cairo', ['Cairo'], { kind: 'place', context: ['talks'] });

describe('context words naming a strong entry', () => {
  const byName = strongEntryNames([hamas, gaza, gazaCity, witkoff, cairo]);

  it("stand for that entry's names in every language", () => {
    expect(withEveryName(['Hamas', 'talks'], witkoff, byName)).toEqual(['Hamas', 'talks', 'Χαμάς', 'Hamasem']);
    // An ambiguous entry's names stand for nothing more.
    expect(withEveryName(['Cairo'], witkoff, byName)).toEqual(['Cairo']);
  });

  it("leave out a name the context's owner holds in its own names", () => {
    expect(withEveryName(['Gaza'], gazaCity, byName)).toEqual(['Gaza', 'Gaza Strip']);
  });

  it('confirm an ambiguous name by a form its own list never gave', () => {
    const matcher = createPageMatcher(fixtureIndex([hamas, gaza, gazaCity, witkoff, cairo]));
    const found = (text: string) =>
      matcher
        .reading()
        .find(text)
        .map((m) => `${m.text}${m.licensed ? '' : ' (unconfirmed)'}`);
    expect(found('Ο Γουίτκοφ συναντά τη Χαμάς.')).toEqual(['Γουίτκοφ', 'Χαμάς']);
    expect(found('Ο Γουίτκοφ στη Μόσχα.')).toEqual(['Γουίτκοφ (unconfirmed)']);
  });
});
