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
/** Code units below this have a direct entry at the root. */
const ROOT_TABLE = 0x800;

/** `keys` are folded names (see fold): lower-case, without diacritics, single spaces. */
export function createNameAutomaton(keys: Iterable<string>): NameAutomaton {
  // Trie nodes are numbers; node 0 is the root. The root's edges are a table by code unit, so the
  // position-by-position "could a name start here?" test is one array read; other edges live in one
  // open-addressed hash table of typed arrays, filled directly (a Map per node cost a quarter of all
  // matching time, and building them was most of the time to create the matcher).
  const list = [...keys];
  // The root's table covers the scripts of the names (Latin to Arabic); rarer units go through the hash
  // table. A table of every unit was 256 KB allocated on every page, twice.
  const rootEdges = new Int32Array(ROOT_TABLE).fill(NONE);
  const edges = new EdgeTable(list.reduce((sum, key) => sum + key.length, 0));
  const keyAt: (string | undefined)[] = [undefined];
  const step = (node: number, code: number): number =>
    node !== 0 ? edges.get(node, code) : code < ROOT_TABLE ? (rootEdges[code] ?? NONE) : edges.get(0, code);
  for (const key of list) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = step(node, code);
      if (child === NONE) {
        child = keyAt.length;
        keyAt.push(undefined);
        if (node === 0 && code < ROOT_TABLE) rootEdges[code] = child;
        else edges.set(node, code, child);
      }
      node = child;
    }
    if (node !== 0) keyAt[node] = key;
  }

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
        if (first < 0 || first === SPACE || step(0, first) === NONE) continue;
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

const slotOf = (node: number, code: number, mask: number) => (Math.imul(node, 0x9e3779b1) ^ code) & mask;

/** Trie edges (node, code unit) → child in one hash table, at most half full. */
class EdgeTable {
  private readonly mask: number;
  private readonly from: Int32Array;
  private readonly via: Uint16Array;
  private readonly to: Int32Array;

  /** `most`: an upper bound on the edges to be set (the keys' total length). */
  constructor(most: number) {
    let size = 16;
    while (size < most * 2) size *= 2;
    this.mask = size - 1;
    this.from = new Int32Array(size).fill(NONE);
    this.via = new Uint16Array(size);
    this.to = new Int32Array(size);
  }

  get(node: number, code: number): number {
    for (let slot = slotOf(node, code, this.mask); ; slot = (slot + 1) & this.mask) {
      const at = this.from[slot];
      if (at === NONE) return NONE;
      if (at === node && this.via[slot] === code) return this.to[slot] ?? NONE;
    }
  }

  set(node: number, code: number, child: number): void {
    let slot = slotOf(node, code, this.mask);
    while (this.from[slot] !== NONE) slot = (slot + 1) & this.mask;
    this.from[slot] = node;
    this.via[slot] = code;
    this.to[slot] = child;
  }
}
