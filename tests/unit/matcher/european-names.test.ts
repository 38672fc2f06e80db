// The stabilisation force, the Board of Peace and the hostage releases as French, Italian and German coverage and
// English op-eds write them, on the real dataset: theirs beside Gaza or the plan, another force's, council's or
// kidnapping's elsewhere.
import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { entryMatches } from '../../support/entry-matches';

const { index } = compileFromDisk();
const matcher = createPageMatcher(index);
const named = (id: string, text: string) => entryMatches(matcher, text, id).map((m) => [m.text, m.licensed]);

describe('the stabilisation force in French, Italian and German', () => {
  it('is the force for Gaza beside Gaza or Hamas', () => {
    expect(named('org-isf', 'La Force internationale de stabilisation doit se déployer à Gaza.')).toEqual([
      ['Force internationale de stabilisation', true],
    ]);
    expect(named('org-isf', 'La Forza internazionale di stabilizzazione entrerà a Gaza nel 2026.')).toEqual([
      ['Forza internazionale di stabilizzazione', true],
    ]);
    expect(named('org-isf', 'Die Hamas lehnt eine internationalen Stabilisierungstruppe ab.')).toEqual([
      ['internationalen Stabilisierungstruppe', true],
    ]);
  });

  it("is not another mission's", () => {
    expect(named('org-isf', 'Une force de stabilisation internationale avait été envoyée à Dili en 2006.')).toEqual([
      ['force de stabilisation internationale', false],
    ]);
  });
});

describe('the Board of Peace in German and Italian', () => {
  it('is the board beside Gaza or Trump, declined as German declines it', () => {
    expect(named('org-board-of-peace', 'Die Mitglieder des Friedensrats von Trump für den Gazastreifen stehen fest.')).toEqual([
      ['Friedensrats', true],
    ]);
    expect(named('org-board-of-peace', 'Trump ha inaugurato il suo Consiglio di pace a Davos.')).toEqual([['Consiglio di pace', true]]);
  });

  it("is not another council's (a generic word without its context is not read at all)", () => {
    expect(named('org-board-of-peace', 'Il Consiglio di pace della diocesi si riunisce domenica.')).toEqual([]);
  });
});

describe('hostage releases', () => {
  it('are the exchange beside Gaza, and not a kidnapping elsewhere', () => {
    expect(named('concept-hostage-prisoner-exchange', 'Washington wants more hostage releases and more aid into Gaza.')).toEqual([
      ['hostage releases', true],
    ]);
    expect(named('concept-hostage-prisoner-exchange', 'Officials gave few details of the release of the hostages in Niger.')).toEqual([
      ['release of the hostages', false],
    ]);
  });
});
