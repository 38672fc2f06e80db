import { describe, expect, it } from 'vitest';
import type { Finding } from '@/src/scan/finding';
import { relevanceOf, shownFindings } from '@/src/scan/relevance';

const finding = (id: string, opts: { licensed?: boolean; ambiguous?: boolean; value?: number; generic?: boolean } = {}): Finding => ({
  entry: { id, kind: opts.value === undefined ? 'person' : 'figure', name: id, ...(opts.ambiguous ? { ambiguous: true } : {}) },
  text: id,
  start: { node: document.createTextNode(id), offset: 0 },
  end: { node: document.createTextNode(id), offset: id.length },
  nodes: [],
  order: 0,
  licensed: opts.licensed ?? true,
  ...(opts.value !== undefined ? { value: opts.value } : {}),
  ...(opts.generic ? { generic: true as const } : {}),
});
const strong = (id: string) => finding(id);
const licensed = (id: string) => finding(id, { ambiguous: true });
const unlicensed = (id: string) => finding(id, { ambiguous: true, licensed: false });
const figure = (id: string) => finding(id, { value: 100 });

describe('page relevance', () => {
  it.each([
    ['nothing', [], false],
    ['one strong mention', [strong('hamas')], false],
    ['one strong entry twice', [strong('hamas'), strong('hamas')], false],
    ['one strong entry three times (a campus story naming Hamas in passing)', [strong('hamas'), strong('hamas'), strong('hamas')], false],
    [
      "one strong entry four times and nothing else (a story of Hamas's seized cryptocurrency)",
      [strong('hamas'), strong('hamas'), strong('hamas'), strong('hamas')],
      false,
    ],
    [
      'one strong entry four times beside the ceasefire',
      [strong('hamas'), strong('hamas'), strong('hamas'), strong('hamas'), finding('ceasefire', { generic: true })],
      true,
    ],
    ['two strong entries once each (a background paragraph)', [strong('hamas'), strong('gaza')], false],
    ['two strong entries, three mentions', [strong('hamas'), strong('witkoff'), strong('hamas')], true],
    ['generic words are no strong mentions', [strong('hamas'), strong('gaza'), finding('ceasefire', { generic: true })], false],
    ['ambiguous names without context', [unlicensed('ipc'), unlicensed('cairo'), unlicensed('trump')], false],
    ['one strong and two unlicensed', [strong('hamas'), unlicensed('ipc'), unlicensed('trump')], false],
    ['one strong once and two licensed', [strong('hamas'), licensed('ipc'), figure('fig-killed')], false],
    ['one strong thrice and two licensed', [strong('hamas'), strong('hamas'), strong('hamas'), licensed('ipc'), figure('f')], true],
    [
      'one strong thrice beside one confirmed ambiguous name',
      [strong('hamas'), strong('hamas'), strong('hamas'), licensed('witkoff')],
      true,
    ],
    ['one strong thrice beside an unconfirmed one', [strong('hamas'), strong('hamas'), strong('hamas'), unlicensed('witkoff')], false],
    ['licensed ambiguous names and figures without any strong name', [licensed('ipc'), licensed('trump'), figure('a'), figure('b')], false],
  ])('%s', (_, findings, onTopic) => {
    expect(relevanceOf(findings).onTopic).toBe(onTopic);
  });

  it('does not take a page naming only a broad place, however often, for one about the talks', () => {
    const gaza = (): Finding => ({ ...strong('gaza'), entry: { id: 'gaza', kind: 'place', name: 'Gaza', broad: true } });
    const concept = (id: string): Finding => ({ ...licensed(id), entry: { id, kind: 'concept', name: id, ambiguous: true } });
    // The talks' generic word "the truce", confirmed by its context.
    const truce = (): Finding => ({
      ...finding('concept-ceasefire', { generic: true }),
      entry: { id: 'concept-ceasefire', kind: 'concept', name: 'ceasefire' },
    });
    expect(relevanceOf([gaza(), gaza(), gaza(), gaza(), licensed('idf')]).onTopic).toBe(false);
    // Hamas once beside it, as any story of the region names it, is not enough either, nor thrice, nor four times
    // alone; four times beside another sign of the talks ("the ceasefire"), or beside another of their names, it is.
    const ceasefire = () => finding('ceasefire', { generic: true });
    expect(relevanceOf([gaza(), gaza(), gaza(), strong('hamas')]).onTopic).toBe(false);
    expect(relevanceOf([gaza(), strong('hamas'), strong('hamas'), strong('hamas')]).onTopic).toBe(false);
    expect(relevanceOf([gaza(), strong('hamas'), strong('hamas'), strong('hamas'), strong('hamas')]).onTopic).toBe(false);
    expect(relevanceOf([gaza(), strong('hamas'), strong('hamas'), strong('hamas'), strong('hamas'), ceasefire()]).onTopic).toBe(true);
    expect(relevanceOf([gaza(), gaza(), strong('hamas'), strong('witkoff')]).onTopic).toBe(true);
    expect(relevanceOf([gaza(), gaza(), gaza(), figure('fig-aid-trucks')]).onTopic).toBe(true);
    // A concept's common words, confirmed once by a broad name ("phase two of the plan to relocate Rafah's
    // residents began along the Gaza border", a 2015 story), point at the talks only beside another sign of them:
    // one of their names that is not broad, a second such mention, or one of their generic words.
    expect(relevanceOf([gaza(), gaza(), gaza(), concept('concept-phase-two')]).onTopic).toBe(false);
    expect(relevanceOf([gaza(), gaza(), strong('hamas'), concept('concept-phase-two')]).onTopic).toBe(true);
    expect(relevanceOf([gaza(), gaza(), gaza(), concept('concept-phase-two'), concept('concept-phase-two')]).onTopic).toBe(true);
    expect(relevanceOf([gaza(), gaza(), gaza(), concept('concept-phase-two'), truce()]).onTopic).toBe(true);
    // The talks' generic words, confirmed by their context, point at them when named twice ("the truce", "the
    // ceasefire"); once is a war story's aside.
    expect(relevanceOf([gaza(), gaza(), gaza(), strong('hamas'), truce()]).onTopic).toBe(false);
    expect(relevanceOf([gaza(), gaza(), gaza(), strong('hamas'), truce(), truce()]).onTopic).toBe(true);
  });

  it('asks that the strong names be in more than one block: one paragraph of background is not enough', () => {
    const at = (f: Finding, block: number): Finding => ({ ...f, block });
    const gaza = (): Finding => ({ ...strong('gaza'), entry: { id: 'gaza', kind: 'place', name: 'Gaza', broad: true } });
    // A story about Iran's nuclear sites: "... a supporter of Hamas. Israel and Hamas have fought in the Gaza Strip ..."
    expect(relevanceOf([at(strong('hamas'), 7), at(strong('hamas'), 7), at(gaza(), 7)]).onTopic).toBe(false);
    // The same names in the headline and the text.
    expect(
      relevanceOf([
        at(strong('hamas'), 1),
        at(strong('hamas'), 7),
        at(strong('hamas'), 7),
        at(strong('hamas'), 7),
        at(gaza(), 7),
        at(figure('f'), 7),
      ]).onTopic,
    ).toBe(true);
    // A weak name elsewhere does not spread them.
    expect(relevanceOf([at(strong('hamas'), 7), at(strong('hamas'), 7), at(gaza(), 7), at(licensed('ipc'), 2)]).onTopic).toBe(false);
    // A one-paragraph summary naming two of the talks' actors is about them, as is one naming Hamas beside two
    // ambiguous names their context confirmed ("the Hamas team in Sharm el-Sheikh", "Ron Dermer briefed ministers").
    expect(relevanceOf([at(strong('hamas'), 7), at(strong('witkoff'), 7), at(gaza(), 7)]).onTopic).toBe(true);
    expect(
      relevanceOf([at(strong('hamas'), 7), at(strong('hamas'), 7), at(gaza(), 7), at(licensed('dermer'), 7), at(licensed('sharm'), 7)])
        .onTopic,
    ).toBe(true);
    expect(relevanceOf([at(strong('hamas'), 7), at(strong('hamas'), 7), at(gaza(), 7), at(licensed('idf'), 7)]).onTopic).toBe(false);
    // Or Hamas beside one confirmed name and the talks' own word twice: a one-paragraph brief ("Netanyahu ... Hamas
    // asked for a five-day truce ... the truce"). Once is a war story's aside, and the word alone no actor.
    const truce = (): Finding =>
      at({ ...finding('concept-ceasefire', { generic: true }), entry: { id: 'concept-ceasefire', kind: 'concept', name: 'ceasefire' } }, 7);
    const brief = [at(strong('hamas'), 7), at(strong('hamas'), 7), at(strong('hamas'), 7), at(gaza(), 7), at(licensed('netanyahu'), 7)];
    expect(relevanceOf([...brief, truce()]).onTopic).toBe(false);
    expect(relevanceOf([...brief, truce(), truce()]).onTopic).toBe(true);
    expect(relevanceOf([...brief.slice(0, 4), truce(), truce()]).onTopic).toBe(false);
    // Not where the page names one of them mostly without the talks' words: a story of Netanyahu's trial names
    // him again and again, and beside Hamas and his foreign minister once, in a paragraph of background.
    const trial = [at(strong('hamas'), 1), at(gaza(), 1), at(licensed('netanyahu'), 1)];
    trial.push(at(strong('hamas'), 4), at(licensed('netanyahu'), 4), at(licensed('saar'), 4));
    expect(relevanceOf(trial).onTopic).toBe(true);
    trial.push(at(unlicensed('netanyahu'), 5), at(unlicensed('netanyahu'), 7), at(unlicensed('netanyahu'), 8));
    expect(relevanceOf(trial).onTopic).toBe(false);
    // Mentions of no known block (counted far from the screen before this rule) each count as their own.
    expect(relevanceOf([strong('hamas'), strong('hamas'), strong('hamas'), strong('hamas'), gaza(), figure('f')]).onTopic).toBe(true);
  });

  it('takes background for background: the war, the attack of 7 October and its toll point at nothing alone', () => {
    const broad = (id: string, kind: 'event' | 'figure') => ({ ...strong(id), entry: { id, kind, name: id, broad: true as const } });
    const war = () => broad('event-israel-hamas-war', 'event');
    const attack = () => broad('event-oct7-attack', 'event');
    const toll = (): Finding => ({
      ...figure('fig-oct7-killed'),
      entry: { id: 'fig-oct7-killed', kind: 'figure', name: 'toll', broad: true },
    });
    // A campus story: "the Israel-Hamas war" again and again, the attack, its toll, Hamas once.
    expect(relevanceOf([war(), war(), attack(), toll(), strong('hamas'), war()]).onTopic).toBe(false);
    // A concept of the talks points at them: the same story naming the ceasefire plan is about them.
    const plan = (): Finding => ({
      ...strong('concept-20-point-plan'),
      entry: { id: 'concept-20-point-plan', kind: 'concept', name: 'plan' },
    });
    expect(relevanceOf([war(), war(), attack(), toll(), strong('hamas'), plan()]).onTopic).toBe(true);
  });

  it('takes a body the talks made, named or confirmed, for the talks themselves', () => {
    const gaza = (block: number): Finding => ({
      ...strong('gaza'),
      block,
      entry: { id: 'gaza', kind: 'place', name: 'Gaza', broad: true },
    });
    const board = (block: number, flagged = true): Finding => ({
      ...strong('org-board-of-peace'),
      block,
      entry: { id: 'org-board-of-peace', kind: 'organisation', name: 'Board of Peace', ...(flagged ? { ofTheTalks: true as const } : {}) },
    });
    const force = (licensedHere: boolean): Finding => ({
      ...finding('org-isf', { ambiguous: true, licensed: licensedHere }),
      block: 1,
      entry: { id: 'org-isf', kind: 'organisation', name: 'ISF', ambiguous: true, ofTheTalks: true },
    });
    // A live blog's charter signing: the Board of Peace twice, Gaza in four paragraphs.
    expect(relevanceOf([board(0), gaza(0), gaza(1), board(3), gaza(4)]).onTopic).toBe(true);
    // Any other organisation named so is not enough (a strong entry needs four mentions alone).
    expect(relevanceOf([board(0, false), gaza(0), gaza(1), board(3, false), gaza(4)]).onTopic).toBe(false);
    // The stabilisation force points at the talks where its context words confirmed it, not elsewhere.
    expect(relevanceOf([gaza(0), force(true), gaza(2), gaza(3)]).onTopic).toBe(true);
    expect(relevanceOf([gaza(0), force(false), gaza(2), gaza(3)]).onTopic).toBe(false);
  });

  it("takes a page naming an earlier war or exchange, and nothing of the talks' own time, for history", () => {
    const at = (f: Finding, block: number): Finding => ({ ...f, block });
    const gaza = (block: number): Finding =>
      at({ ...strong('gaza'), entry: { id: 'gaza', kind: 'place', name: 'Gaza', broad: true } }, block);
    const truce = (block: number): Finding =>
      at(
        { ...finding('concept-ceasefire', { generic: true }), entry: { id: 'concept-ceasefire', kind: 'concept', name: 'ceasefire' } },
        block,
      );
    const history =
      (id: string, kind: 'war' | 'precedent') =>
      (block: number): Finding =>
        at({ ...strong(id), entry: { id, kind: 'event', name: id, history: kind } }, block);
    // The Shalit exchange, which coverage of every prisoner swap recalls; the 2014 war, by its own name.
    const earlier = history('event-shalit-exchange-2011', 'precedent');
    const war = history('event-gaza-war-2014', 'war');
    const of =
      (id: string, kind: 'event' | 'concept' | 'organisation', extra: object = {}) =>
      (block: number): Finding =>
        at({ ...strong(id), entry: { id, kind, name: id, ...extra } }, block);
    // A history of an earlier round: Hamas in three paragraphs, Gaza, "the cease-fire" twice, as a story on the talks has them.
    const story = [at(strong('hamas'), 0), at(strong('hamas'), 1), gaza(1), truce(1), at(strong('hamas'), 2), truce(2)];
    expect(relevanceOf(story).onTopic).toBe(true);
    // A precedent named once, as coverage of the talks looks back to it, is not enough; named again, it is history.
    expect(relevanceOf([...story, earlier(0)]).onTopic).toBe(true);
    expect(relevanceOf([...story, earlier(0), earlier(2)]).onTopic).toBe(false);
    // A war's own name ("Operation Protective Edge") is written about that war: once is enough.
    expect(relevanceOf([...story, war(0)]).onTopic).toBe(false);
    expect(relevanceOf([...story, war(0), of('event-oct7-attack', 'event', { broad: true })(2)]).onTopic).toBe(true);
    // Unless the page also names something of the talks' own time: an event of theirs (even the attack of 7 October,
    // named by all their coverage), a concept theirs alone, a body they made, a figure of theirs.
    const attack = of('event-oct7-attack', 'event', { broad: true });
    const plan = of('concept-20-point-plan', 'concept');
    const board = of('org-board-of-peace', 'organisation', { ofTheTalks: true });
    for (const now of [attack(2), plan(2), board(2), at(figure('fig-hostages'), 2)])
      expect(relevanceOf([...story, earlier(0), earlier(2), now]).onTopic).toBe(true);
    // A concept of every war's coverage (an ambiguous one, a prisoner swap; the ceasefire's generic words) does not date it.
    const swap = at(licensed('concept-hostage-prisoner-exchange'), 2);
    expect(relevanceOf([...story, earlier(0), earlier(2), { ...swap, entry: { ...swap.entry, kind: 'concept' } }]).onTopic).toBe(false);
    // An earlier war named in a sidebar says nothing of the page.
    expect(relevanceOf([...story, earlier(0), { ...earlier(2), aside: true }]).onTopic).toBe(true);
    // Nor does an earlier war point at the talks as an event of theirs does: beside Hamas alone, it is not enough.
    const hamasAlone = [at(strong('hamas'), 0), at(strong('hamas'), 1), at(strong('hamas'), 2)];
    expect(relevanceOf([...hamasAlone, of('event-sharm-summit', 'event')(1)]).onTopic).toBe(true);
    expect(relevanceOf([...hamasAlone, earlier(1)]).onTopic).toBe(false);
    expect(relevanceOf([...hamasAlone, earlier(1), earlier(2)]).onTopic).toBe(false);
  });

  it("does not count mentions in the page's navigation, sidebars or footer", () => {
    const rail = (id: string) => ({ ...strong(id), aside: true as const });
    expect(relevanceOf([rail('hamas'), rail('gaza'), rail('witkoff'), rail('hamas')]).onTopic).toBe(false);
    expect(relevanceOf([strong('hamas'), strong('witkoff'), rail('gaza'), strong('hamas')]).onTopic).toBe(true);
  });

  it('shows everything on an on-topic page, unlicensed ambiguous names included', () => {
    const findings = [strong('hamas'), strong('witkoff'), strong('hamas'), unlicensed('cairo')];
    expect(shownFindings(findings, relevanceOf(findings))).toHaveLength(4);
  });

  it('shows nothing at all on an off-topic page', () => {
    const findings = [strong('hamas'), unlicensed('cairo'), unlicensed('ipc')];
    expect(shownFindings(findings, relevanceOf(findings))).toEqual([]);
  });
});
