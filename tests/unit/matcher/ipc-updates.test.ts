// The IPC's two findings on the real dataset: August 2025's famine and December 2025's update that found it no
// longer occurring. Coverage of each says "famine" again and again; the paragraph's words tell which it is.
import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { entryMatches } from '../../support/entry-matches';

const { index } = compileFromDisk();
const matcher = createPageMatcher(index);
const found = (text: string) =>
  entryMatches(matcher, text, (id) => id.startsWith('event-ipc')).map((m) => [m.text, index.entries[m.entry]?.id]);

describe('the IPC famine finding and its December update', () => {
  it('reads "famine" beside the update\'s words as the update', () => {
    expect(found('The IPC said on Friday that Gaza was no longer in famine after the ceasefire.')).toEqual([
      ['no longer in famine', 'event-ipc-dec2025'],
    ]);
    expect(
      found('The IPC warned that, were fighting to resume, the whole of Gaza would be at risk of famine through mid-April 2026.'),
    ).toEqual([['famine', 'event-ipc-dec2025']]);
    expect(found('Famine conditions in Gaza City have been temporarily offset, the IPC said.')).toEqual([['Famine', 'event-ipc-dec2025']]);
  });

  it('still reads the August finding where the paragraph speaks of it', () => {
    expect(found('In August the IPC confirmed famine in Gaza City, the first famine it had confirmed in the Middle East.')).toEqual([
      ['famine in Gaza City', 'event-ipc-famine-aug2025'],
      ['famine', 'event-ipc-famine-aug2025'],
    ]);
  });

  it('keeps the August finding named in full in a paragraph that goes on to the update', () => {
    expect(
      found('The IPC confirmed famine in Gaza Governorate in August 2025. In December it said famine conditions were no longer present.'),
    ).toEqual([
      ['famine in Gaza Governorate', 'event-ipc-famine-aug2025'],
      ['famine', 'event-ipc-dec2025'],
    ]);
  });

  it("names neither without the IPC, Gaza or the update's words", () => {
    expect(found('Aid groups warned of famine in Sudan, where the war goes on.')).toEqual([]);
  });
});
