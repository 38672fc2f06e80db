// The names on a page, found by walking a trie of folded names over the page's text, folding it character by
// character as it goes. Nothing to compile: a V8 expression over the dataset's ~540 distinct names cost 20-30 ms to
// compile on every page before it matched anything, and its matching slowed with every name added.
import { FOLDS_TO_NOTHING, FOLDS_TO_SEVERAL, foldCharAt, foldCode, isWordChar, SPACE } from './char-fold';

export interface AutomatonHit {
  start: number;
  end: number;
  /** The folded name found. */
  key: string;
}

export interface NameAutomaton {
  /** Every name in `text`, longest first where names overlap, whole words only. */
  find(text: string): AutomatonHit[];
}

const NONE = -1;

/** `keys` are folded names (see fold): lower-case, without diacritics, single spaces. */
export function createNameAutomaton(keys: Iterable<string>): NameAutomaton {
  // Trie nodes are numbers; node 0 is the root. The root's edges are a table by code unit, so the
  // position-by-position "could a name start here?" test is one array read; other edges are looked up in one
  // open-addressed hash table of typed arrays (a Map per node cost a quarter of all matching time).
  const rootEdges = new Int32Array(65536).fill(NONE);
  const built: Map<number, number>[] = [new Map()];
  const keyAt: (string | undefined)[] = [undefined];
  for (const key of keys) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node === 0 ? (rootEdges[code] ?? NONE) : (built[node]?.get(code) ?? NONE);
      if (child === NONE) {
        child = built.length;
        built.push(new Map());
        keyAt.push(undefined);
        if (node === 0) rootEdges[code] = child;
        else built[node]?.set(code, child);
      }
      node = child;
    }
    if (node !== 0) keyAt[node] = key;
  }
  const edges = packEdges(built);
  const step = (node: number, code: number): number => (node === 0 ? (rootEdges[code] ?? NONE) : edges.get(node, code));

  /** Follows the units `folded` from `node`; NONE when the trie has no such path. */
  const stepAll = (node: number, folded: string): number => {
    let at = node;
    for (let i = 0; i < folded.length && at !== NONE; i++) at = step(at, folded.charCodeAt(i));
    return at;
  };

  /** The end of the longest name starting at `start` and ending at a word edge, or NONE; its key in `found`. */
  let foundKey = '';
  const longestAt = (text: string, start: number): number => {
    const n = text.length;
    let node = 0;
    let best = NONE;
    let at = start;
    while (at < n) {
      const f = foldCode(text, at);
      if (f === FOLDS_TO_NOTHING) {
        // Marks and tatweel inside a name ("حَمَاس") are read through.
        if (node === 0) return NONE;
        at++;
      } else if (f === SPACE) {
        // A run of spaces, dashes or line breaks reads as one space.
        node = step(node, SPACE);
        if (node === NONE) return best;
        at++;
        while (at < n && foldCode(text, at) === SPACE) at++;
        continue;
      } else {
        node = f === FOLDS_TO_SEVERAL ? stepAll(node, foldCharAt(text, at)) : step(node, f);
        if (node === NONE) return best;
        at++;
      }
      const key = keyAt[node];
      if (key !== undefined && !isWordChar(text, at)) {
        best = at;
        foundKey = key;
      }
    }
    return best;
  };

  return {
    find(text) {
      const hits: AutomatonHit[] = [];
      const n = text.length;
      let afterWord = false;
      for (let i = 0; i < n; i++) {
        // Names start at a word edge: the rest of a word is passed over one unit at a time, with no lookups.
        const inWord = isWordChar(text, i);
        if (afterWord) {
          afterWord = inWord;
          continue;
        }
        afterWord = inWord;
        const f = foldCode(text, i);
        const first = f === FOLDS_TO_SEVERAL ? foldCharAt(text, i).charCodeAt(0) : f;
        if (first < 0 || first === SPACE || rootEdges[first] === NONE) continue;
        const end = longestAt(text, i);
        if (end === NONE) continue;
        hits.push({ start: i, end, key: foundKey });
        i = end - 1;
        afterWord = isWordChar(text, i);
      }
      return hits;
    },
  };
}

interface PackedEdges {
  get(node: number, code: number): number;
}

const slotOf = (node: number, code: number, mask: number) => (Math.imul(node, 0x9e3779b1) ^ code) & mask;

/** Every non-root edge in one hash table, slots at most half full. */
function packEdges(built: readonly Map<number, number>[]): PackedEdges {
  let count = 0;
  for (const map of built) count += map.size;
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const from = new Int32Array(size).fill(NONE);
  const via = new Uint16Array(size);
  const to = new Int32Array(size);
  built.forEach((map, node) => {
    if (node === 0) return;
    for (const [code, child] of map) {
      let slot = slotOf(node, code, mask);
      while (from[slot] !== NONE) slot = (slot + 1) & mask;
      from[slot] = node;
      via[slot] = code;
      to[slot] = child;
    }
  });
  return {
    get(node, code) {
      for (let slot = slotOf(node, code, mask); ; slot = (slot + 1) & mask) {
        const at = from[slot];
        if (at === NONE) return NONE;
        if (at === node && via[slot] === code) return to[slot] ?? NONE;
      }
    },
  };
}
