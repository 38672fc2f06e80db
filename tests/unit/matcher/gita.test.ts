// The Gaza International Transitional Authority on the real dataset: its full name is its own; "GITA" alone is
// also a given name, so it is the proposal only beside the proposal's own words.
import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { relevanceOf } from '@/src/scan/relevance';
import { entryMatches } from '../../support/entry-matches';
import { readMentions } from '../../support/read-mentions';

const { index } = compileFromDisk();
const matcher = createPageMatcher(index);
const gita = (text: string) => entryMatches(matcher, text, 'concept-gita').map((m) => m.text);

describe('the Gaza International Transitional Authority', () => {
  it('is found by its full name, and by GITA beside its own words', () => {
    expect(gita('Blair would chair the Gaza International Transitional Authority from el-Arish.')).toEqual([
      'Gaza International Transitional Authority',
    ]);
    expect(gita('Under the plan GITA would hand Gaza to the Palestinian Authority within five years.')).toEqual(['GITA']);
    // Its Arabic name, after the "and" Arabic joins to it too.
    expect(gita('اقترح فريق بلير إنشاء السلطة الانتقالية الدولية في غزة ومقرها العريش.')).toEqual(['السلطة الانتقالية الدولية في غزة']);
    expect(gita('بين حماس والسلطة الانتقالية الدولية في غزة')).toEqual(['السلطة الانتقالية الدولية في غزة']);
  });

  it('leaves a Gita who is no plan alone', () => {
    expect(gita('Gita Sharma scored twice as Mumbai City beat Goa 3-1 on Sunday.')).toEqual([]);
    expect(gita('Readers of the Bhagavad Gita gathered in Leicester for the festival.')).toEqual([]);
  });

  it('makes a story of Blair and the proposal one about the talks', () => {
    const story = [
      'Tony Blair in talks to lead a post-war transitional authority in Gaza',
      'Sir Tony Blair has been involved in discussions about heading the Gaza International Transitional Authority, backed by the White House.',
      'Blair would lead a board of up to ten members, first based in el-Arish, before the authority moved into Gaza.',
      'GITA would hand governance to the Palestinian Authority; critics in Gaza say Blair has no mandate.',
    ];
    expect(relevanceOf(readMentions(matcher, story)).onTopic).toBe(true);
  });
});
