import { describe, expect, it } from 'vitest';
import { KINDS } from '@/src/dataset/kinds';
import type { IndexedEntry } from '@/src/dataset/matcher-index';
import type { Mention } from '@/src/scan/mention';
import { relevanceOf } from '@/src/scan/relevance';
import { RelevanceTally } from '@/src/scan/relevance-tally';

/** A small seeded generator: the same mentions every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** Twelve entries of every sort relevance tells apart: strong, ambiguous, broad, of the talks, histories, figures, corrections. */
const entries: IndexedEntry[] = Array.from({ length: 12 }, (_, i) => ({
  id: `e${i}`,
  name: `e${i}`,
  kind: KINDS[i % KINDS.length] as IndexedEntry['kind'],
  ...(i % 3 === 1 ? { ambiguous: true as const } : {}),
  ...(i % 4 === 2 ? { broad: true as const } : {}),
  ...(i % 5 === 3 ? { ofTheTalks: true as const } : {}),
  ...(i % 6 === 4 ? { history: i % 12 === 4 ? ('war' as const) : ('precedent' as const) } : {}),
}));

function mentions(next: () => number, count: number, blocks = 4): Mention[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, () => {
    const entry = pick(entries);
    return {
      entry,
      text: entry.name,
      licensed: next() < 0.7,
      ...(next() < 0.2 ? { generic: true as const } : {}),
      ...(next() < 0.1 ? { aside: true as const } : {}),
      ...(entry.kind === 'figure' ? { value: 100 } : {}),
      ...(next() < 0.9 ? { block: Math.floor(next() * blocks) } : {}),
    };
  });
}

const ids = (list: readonly Mention[]) => [...new Set(list.map((m) => m.entry.id))].sort();

describe('relevance tally', () => {
  it('judges what is left after mentions come and go as relevanceOf judges that list', () => {
    const next = random(7);
    let verdicts = 0;
    for (let round = 0; round < 3000; round++) {
      // Few blocks now and then, so that the rule asking for two of them decides some verdicts.
      const all = mentions(next, 1 + Math.floor(next() * 14), 1 + Math.floor(next() * 3));
      // Counted in two parts, one of them apart and merged, as a whole read's counts are.
      const cut = Math.floor(next() * all.length);
      const tally = new RelevanceTally().add(all.slice(0, cut)).merge(new RelevanceTally().add(all.slice(cut)));
      const gone = all.filter(() => next() < 0.4);
      tally.remove(gone);
      const left = all.filter((m) => !gone.includes(m));
      const expected = relevanceOf(left);
      expect(tally.relevance()).toEqual(expected);
      expect([...tally.entriesMentioned()].map((e) => e.id).sort()).toEqual(ids(left));
      expect(tally.size).toBe(left.length);
      if (expected.onTopic) verdicts++;
    }
    // The generated lists reach both verdicts, so the comparison is of something.
    expect(verdicts).toBeGreaterThan(150);
    expect(verdicts).toBeLessThan(2900);
  });

  it('forgets a confirmed ambiguous name once its mentions are taken back', () => {
    const hamas: IndexedEntry = { id: 'hamas', name: 'Hamas', kind: 'organisation' };
    const witkoff: IndexedEntry = { id: 'witkoff', name: 'Witkoff', kind: 'person', ambiguous: true };
    const strong = [0, 1, 2].map((block) => ({ entry: hamas, text: 'Hamas', licensed: true, block }));
    const confirmed = { entry: witkoff, text: 'Witkoff', licensed: true, block: 0 };
    const tally = new RelevanceTally().add(strong).add([confirmed]);
    // Hamas three times beside one confirmed ambiguous name: on topic.
    expect(tally.relevance().onTopic).toBe(true);
    tally.remove([confirmed]);
    expect(tally.relevance()).toEqual(relevanceOf(strong));
    expect(tally.relevance().onTopic).toBe(false);
  });

  it('counts a block only while a strong mention in it is left', () => {
    const hamas: IndexedEntry = { id: 'hamas', name: 'Hamas', kind: 'organisation' };
    const broadGaza: IndexedEntry = { id: 'gaza', name: 'Gaza', kind: 'place', broad: true };
    const oneBlock = [hamas, hamas, hamas, hamas, broadGaza].map((entry) => ({ entry, text: entry.name, licensed: true, block: 0 }));
    // "the ceasefire", a generic word of the talks: a sign beside Hamas named four times or more.
    const talk: Mention = {
      entry: { id: 'ceasefire', name: 'ceasefire', kind: 'concept' },
      text: 'ceasefire',
      licensed: true,
      generic: true,
      block: 0,
    };
    const elsewhere = { entry: hamas, text: 'Hamas', licensed: true, block: 5 };
    const spread = new RelevanceTally().add(oneBlock).add([talk, elsewhere]);
    expect(spread.relevance().onTopic).toBe(true);
    // Its only strong mention outside the first block taken back, the page names the talks in one block alone.
    spread.remove([elsewhere]);
    expect(spread.relevance()).toEqual(relevanceOf([...oneBlock, talk]));
    expect(spread.relevance().onTopic).toBe(false);
  });

  it('merges counts made apart, cut anywhere, as one tally of them all: a case for each rule', () => {
    const hamas: IndexedEntry = { id: 'hamas', name: 'Hamas', kind: 'organisation' };
    const gaza: IndexedEntry = { id: 'gaza', name: 'Gaza', kind: 'place', broad: true };
    const witkoff: IndexedEntry = { id: 'witkoff', name: 'Witkoff', kind: 'person', ambiguous: true };
    const dermer: IndexedEntry = { id: 'dermer', name: 'Dermer', kind: 'person', ambiguous: true };
    const truce: IndexedEntry = { id: 'truce', name: 'truce', kind: 'concept' };
    const war2014: IndexedEntry = { id: 'war2014', name: 'Protective Edge', kind: 'event', history: 'war' };
    const shalit: IndexedEntry = { id: 'shalit', name: 'Shalit exchange', kind: 'event', history: 'precedent' };
    const summit: IndexedEntry = { id: 'summit', name: 'Sharm summit', kind: 'event' };
    const say = (entry: IndexedEntry, block: number | undefined, more: Partial<Mention> = {}): Mention => ({
      entry,
      text: entry.name,
      licensed: true,
      block,
      ...more,
    });
    const cases: Mention[][] = [
      // two of the talks' generic words beside Hamas and Gaza
      [say(hamas, 0), say(gaza, 1), say(hamas, 1), say(truce, 0, { generic: true }), say(truce, 1, { generic: true })],
      // Hamas four times beside one other sign
      [say(hamas, 0), say(hamas, 1), say(hamas, 2), say(hamas, 3), say(truce, 3, { generic: true })],
      // Hamas three times beside a confirmed ambiguous name, the other unconfirmed as often as confirmed
      [say(hamas, 0), say(hamas, 1), say(hamas, 2), say(witkoff, 0), say(dermer, 1), say(dermer, 2, { licensed: false })],
      // one block naming two actors at work
      [say(hamas, 0), say(hamas, 0), say(witkoff, 0), say(dermer, 0), say(gaza, 0)],
      // mentions of no known block, each counted as its own
      [say(hamas, undefined), say(hamas, undefined), say(hamas, undefined), say(hamas, undefined), say(truce, 0, { generic: true })],
      // a sidebar's mentions count for nothing
      [say(hamas, 0, { aside: true }), say(hamas, 1, { aside: true }), say(hamas, 2), say(truce, 2, { generic: true }), say(gaza, 3)],
      // an earlier war named, and nothing of the talks' own time: history
      [
        say(hamas, 0),
        say(gaza, 1),
        say(hamas, 1),
        say(truce, 0, { generic: true }),
        say(truce, 1, { generic: true }),
        say(war2014, 2),
        say(war2014, 3),
      ],
      // the same beside an event of theirs
      [say(hamas, 0), say(gaza, 1), say(hamas, 1), say(truce, 0, { generic: true }), say(war2014, 2), say(war2014, 1), say(summit, 3)],
      // an earlier war named once is history; a precedent named once is how coverage of the talks looks back
      [say(hamas, 0), say(gaza, 1), say(hamas, 1), say(truce, 0, { generic: true }), say(truce, 1, { generic: true }), say(war2014, 2)],
      [say(hamas, 0), say(gaza, 1), say(hamas, 1), say(truce, 0, { generic: true }), say(truce, 1, { generic: true }), say(shalit, 2)],
      [say(hamas, 0), say(gaza, 1), say(hamas, 1), say(truce, 0, { generic: true }), say(shalit, 1), say(shalit, 2)],
    ];
    for (const list of cases)
      for (let cut = 0; cut <= list.length; cut++) {
        const merged = new RelevanceTally().add(list.slice(0, cut)).merge(new RelevanceTally().add(list.slice(cut)));
        expect(merged.relevance()).toEqual(relevanceOf(list));
      }
    // The cases reach both verdicts.
    expect(cases.map((list) => relevanceOf(list).onTopic)).toEqual([true, true, true, true, true, false, false, true, false, true, false]);
  });

  it('is empty again when everything is taken back', () => {
    const all = mentions(random(3), 50);
    const tally = new RelevanceTally().add(all).remove(all);
    expect(tally.relevance()).toEqual(relevanceOf([]));
    expect([...tally.entriesMentioned()]).toEqual([]);
    expect(tally.size).toBe(0);
  });
});
