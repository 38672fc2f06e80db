import { describe, expect, it } from 'vitest';
import { fold } from '@/src/matcher/fold';
import { roleHolders } from '@/src/search/role-holders';

// Keywords as the dataset writes them, by position; undefined for an entry that is not a person.
const holders = roleHolders(
  [
    ['Board of Peace chairman', 'president of the United States'],
    ['Board of Peace director-general', 'Board of Peace envoy'],
    ["Qatar's chief negotiator", 'Qatari foreign minister'],
    ['Qatari leader', 'head of state of Qatar'],
    ['Egyptian intelligence chief', "Egypt's spy chief"],
    ['Hamas chief negotiator', 'head of Hamas delegation'],
    undefined,
  ].map((list) => list?.map(fold)),
);

describe('roleHolders', () => {
  it('finds whoever a keyword names as the head of the body asked about', () => {
    expect(holders.of('board of peace')).toEqual([0]);
    expect(holders.of('united states')).toEqual([0]);
    expect(holders.of('hamas delegation')).toEqual([5]);
  });

  it('reads possessives, plurals and a word begun ("egypt" of "egyptian") alike', () => {
    expect(holders.of("egypt's intelligence")).toEqual([4]);
    expect(holders.of('egyptian intelligence')).toEqual([4]);
    expect(holders.of("hamas's negotiators")).toEqual([5]);
  });

  it('needs the keyword to name nothing but the body: a chief negotiator of Qatar does not head Qatar', () => {
    expect(holders.of('qatar')).toEqual([3]);
  });

  it('reads a minister as the head of a ministry, and the ministry only with all of its words', () => {
    expect(holders.of('qatari foreign ministry')).toEqual([2]);
    expect(holders.of("qatar's foreign ministry")).toEqual([2]);
    expect(holders.of('qatari foreign')).toEqual([]);
    expect(holders.of('foreign ministry')).toEqual([]);
  });

  it('takes no role without a word for heading it, and finds nobody for an empty or unknown body', () => {
    // "director-general" and "envoy" of the Board of Peace do not head the board.
    expect(holders.of('board of peace')).not.toContain(1);
    expect(holders.of('')).toEqual([]);
    expect(holders.of('the')).toEqual([]);
    expect(holders.of('world bank')).toEqual([]);
  });
});
