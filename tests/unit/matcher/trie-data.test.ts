import { describe, expect, it } from 'vitest';
import { createNameAutomaton } from '@/src/matcher/name-automaton';
import { buildTrie, decodeTrie } from '@/src/matcher/trie-data';

describe('build-time trie', () => {
  const keys = ['hamas', 'hamas leaders', 'gaza', 'gaza strip', 'حماس', 'ß test', '\u4e2d\u6587'];

  it('numbers nodes breadth first, each node with its edges sorted, and marks every name', () => {
    const data = buildTrie(keys);
    expect(data).not.toHaveProperty('children');
    const trie = decodeTrie(data);
    const nodes = trie.first.length - 1;
    for (let node = 0; node < nodes; node++) {
      const edges = [...trie.codes.subarray(trie.first[node], trie.first[node + 1])];
      expect(edges).toEqual([...edges].sort((a, b) => a - b));
    }
    // Edge e leads to node e + 1: every node but the root is reached by exactly one edge, in order.
    expect(trie.codes.length).toBe(nodes - 1);
    expect(trie.keyAt.filter((k) => k !== undefined).sort()).toEqual([...keys].sort());
  });

  it('reads an index stored before the child array was dropped (an imported dataset kept in storage)', () => {
    const data = buildTrie(keys);
    const stored = { ...data, children: 'AQACAAMA' };
    expect(
      createNameAutomaton(stored)
        .find('Gaza strip and Hamas')
        .map((h) => h.key),
    ).toEqual(['gaza strip', 'hamas']);
  });

  it('survives the trip through base64 and finds what the names are', () => {
    const automaton = createNameAutomaton(JSON.parse(JSON.stringify(buildTrie(keys))));
    const text = 'Hamas leaders left Gaza; حماس and 中文 too';
    expect(automaton.find(text).map((h) => h.key)).toEqual(['hamas leaders', 'gaza', 'حماس', '中文']);
  });

  it('an empty list finds nothing', () => {
    expect(createNameAutomaton(buildTrie([])).find('anything at all')).toEqual([]);
  });
});

describe('a trie too big for 16-bit numbers', () => {
  it('is stored 32 bits wide and still finds its names', () => {
    const keys = Array.from({ length: 9_000 }, (_, i) => `name${i.toString(36).padStart(4, 'q')}word${i}`);
    const data = buildTrie(keys);
    expect(data.width).toBe(32);
    const automaton = createNameAutomaton(data);
    expect(automaton.find(`see ${keys[8_999]} and ${keys[0]}`).map((h) => h.key)).toEqual([keys[8_999], keys[0]]);
  });
});
