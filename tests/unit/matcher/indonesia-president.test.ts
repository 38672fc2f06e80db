// Indonesia's president on the real dataset: named every day in Indonesian news, he counts towards the talks
// only beside their own words (Gaza, the stabilisation force, the Board of Peace).
import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { relevanceOf } from '@/src/scan/relevance';
import { entryMatches } from '../../support/entry-matches';
import { readMentions } from '../../support/read-mentions';

const { index } = compileFromDisk();
const matcher = createPageMatcher(index);
const prabowo = (text: string) => entryMatches(matcher, text, 'person-prabowo-subianto').map((m) => [m.text, m.licensed]);

describe('Prabowo Subianto', () => {
  it("is licensed beside the talks' words", () => {
    expect(prabowo('Prabowo Subianto pledged up to 8,000 troops for the stabilisation force in Gaza.')).toEqual([
      ['Prabowo Subianto', true],
    ]);
    expect(prabowo('At the Board of Peace, President Prabowo said Indonesia would serve as deputy commander.')).toEqual([
      ['Prabowo', true],
    ]);
  });

  it('is not licensed in domestic news, and never makes such a page about the talks', () => {
    const text = [
      'President Prabowo Subianto named a new finance minister on Monday.',
      'Prabowo said the budget deficit would stay within its legal cap, and Indonesian troops would help after the floods.',
      'Shares of state lenders slipped in Jakarta as Prabowo spoke.',
    ];
    expect(text.flatMap(prabowo)).toEqual([
      ['Prabowo Subianto', false],
      ['Prabowo', false],
      ['Prabowo', false],
    ]);
    expect(relevanceOf(readMentions(matcher, text)).onTopic).toBe(false);
  });
});
