import { describe, expect, it } from 'vitest';
import { createNameAutomaton } from '@/src/matcher/name-automaton';
import { buildTrie, decodeTrie } from '@/src/matcher/trie-data';

describe('build-time trie', () => {
  const keys = ['hamas', 'hamas leaders', 'gaza', 'gaza strip', 'حماس', 'ß test', '\u4e2d\u6587'];

  it('numbers nodes breadth first, each node with its edges sorted, and marks every name', () => {
    const trie = decodeTrie(buildTrie(keys));
    const nodes = trie.first.length - 1;
    for (let node = 0; node < nodes; node++) {
      const edges = [...trie.codes.subarray(trie.first[node], trie.first[node + 1])];
      expect(edges).toEqual([...edges].sort((a, b) => a - b));
      for (const child of trie.children.subarray(trie.first[node], trie.first[node + 1])) expect(child).toBeGreaterThan(node);
    }
    expect(trie.keyAt.filter((k) => k !== undefined).sort()).toEqual([...keys].sort());
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
