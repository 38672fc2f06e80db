import { describe, expect, it } from 'vitest';
import { rareNameWords } from '@/src/search/rare-name-words';

// Positions: 0 a person, 1 a person whose surname another entry's name holds, 2 an organisation.
const names = [['steve witkoff', 'witkoff'], ['israel katz'], ['israel defense forces', 'idf']];
const people = ['steve witkoff', 'israel katz', undefined];
const dataset = new Set(['witkoff', 'steve', 'israel', 'katz', 'hostages']);
const near = (query: string) => Object.fromEntries(rareNameWords(names, people, (w) => dataset.has(w)).near(query));

describe('rare name words', () => {
  it('finds the person a query word names, within a typo for a word the dataset does not hold', () => {
    expect(near('witkoff hostages')).toEqual({ 0: 0.15 });
    expect(near('witkof hostages')).toEqual({ 0: 0.15 + 1 / 6 });
    expect(near('katz')).toEqual({ 1: 0.15 });
  });

  it("leaves out words another entry's names hold, short words and typos of known words", () => {
    // "israel" is in the IDF's name too; a word the dataset holds is taken as it is, not as a typo.
    expect(near('israel hostages')).toEqual({});
    expect(near('kat')).toEqual({});
    dataset.add('witkofff');
    expect(near('witkofff')).toEqual({});
  });
});
