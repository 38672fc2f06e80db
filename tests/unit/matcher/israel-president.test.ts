// Israel's president on the real dataset: "Herzog" is also a film-maker, an architecture firm, his father and
// other Herzogs, so he counts towards the talks only beside their own words (Gaza, the hostages, the pardon).
import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { relevanceOf } from '@/src/scan/relevance';
import { entryMatches, entryMatchesRead } from '../../support/entry-matches';
import { readMentions } from '../../support/read-mentions';

const { index } = compileFromDisk();
const matcher = createPageMatcher(index);
const herzog = (text: string) => entryMatches(matcher, text, 'person-isaac-herzog').map((m) => [m.text, m.licensed]);

/** Herzog's mentions in paragraphs read one after another, as on one page. */
const readHerzog = (paragraphs: string[]) => entryMatchesRead(matcher, paragraphs, 'person-isaac-herzog').map((m) => [m.text, m.licensed]);

describe('Isaac Herzog', () => {
  it("is licensed beside the talks' words", () => {
    expect(herzog('Isaac Herzog welcomed the return of the hostages under the Gaza ceasefire.')).toEqual([['Isaac Herzog', true]]);
    expect(herzog('Yitzhak Herzog met families of the hostages still held by Hamas.')).toEqual([['Yitzhak Herzog', true]]);
    expect(herzog('President Herzog said the truce must bring everyone home.')).toEqual([['President Herzog', true]]);
  });

  it('finds the bare surname beside the pardon or the hostages', () => {
    expect(herzog('Herzog said he would weigh the pardon request for Netanyahu according to the law.')).toEqual([['Herzog', true]]);
    expect(herzog('After the last remains came back, Herzog said no hostages were left in Gaza.')).toEqual([['Herzog', true]]);
  });

  it('does not take Werner Herzog or the architects for him', () => {
    expect(readHerzog(['Werner Herzog shot his new documentary in the jungle.', 'Herzog narrates the film himself.'])).toEqual([]);
    expect(herzog('The museum extension by Herzog & de Meuron opens next spring.')).toEqual([]);
    expect(herzog('Jacques Herzog presented the concrete facade to the city council.')).toEqual([]);
  });

  it("does not take other Herzogs named in full for him, even beside the talks' words", () => {
    expect(
      readHerzog([
        'Michael Herzog, the ambassador in Washington, said the truce could last longer if Hamas freed more hostages.',
        'Herzog added that each extra day depended on more hostages coming home.',
      ]),
    ).toEqual([]);
    expect(readHerzog(['Chaim Herzog granted a pardon before any trial in 1986.', 'Herzog said the pardon served security.'])).toEqual([]);
    expect(herzog('Werner Herzog was asked about Gaza at the festival.')).toEqual([]);
  });

  it('is not licensed away from the talks, and never makes such a page about the talks', () => {
    const text = [
      'Herzog is best known for Fitzcarraldo and for dragging a steamship over a hill.',
      'The critics said Herzog had never made a dull film in fifty years.',
      'Isaac Herzog opened an exhibition of Israeli design in Berlin.',
    ];
    expect(text.flatMap(herzog)).toEqual([
      ['Herzog', false],
      ['Herzog', false],
      ['Isaac Herzog', false],
    ]);
    expect(relevanceOf(readMentions(matcher, text)).onTopic).toBe(false);
  });
});
