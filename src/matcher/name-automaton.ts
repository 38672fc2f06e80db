// The names on a page, found by walking a trie of folded names over the page's text, folding it character by
// character as it goes. Nothing to compile: a V8 expression over the dataset's ~540 distinct names cost 20-30 ms to
// compile on every page before it matched anything, and its matching slowed with every name added. The trie
// itself is built at build time (trie-data.ts): a page only decodes it.
import {
  ASCII_FOLDED,
  FOLDS_TO_NOTHING,
  FOLDS_TO_SEVERAL,
  foldCharAt,
  foldCode,
  isSpacelessCode,
  isWordChar,
  LATIN1_WORD,
  SPACE,
} from './char-fold';
import { isJoinedPrefix, MAX_PREFIXES } from './joined-prefix';
import { particlesFollow } from './korean-particles';
import { buildTrie, decodeTrie, type TrieData } from './trie-data';

const isTrieData = (source: TrieData | Iterable<string>): source is TrieData =>
  typeof source === 'object' && source !== null && 'terminals' in source;

export interface AutomatonHit {
  start: number;
  end: number;
  /** The folded name found. */
  key: string;
}

export interface NameAutomaton {
  /**
   * Every name in `text`, longest first where names overlap, whole words only, but for a Hebrew or Arabic name
   * after the one-letter words joined to it (isJoinedPrefix).
   */
  find(text: string): AutomatonHit[];
}

const NONE = -1;
/** Code units below this have a direct entry at the root. */
const ROOT_TABLE = 0x800;

/** Build-time data (see trie-data) or, for tests, the folded names themselves. */
export function createNameAutomaton(source: TrieData | Iterable<string>): NameAutomaton {
  const data = isTrieData(source) ? source : buildTrie(source);
  const { first, codes, keyAt } = decodeTrie(data);
  // The root's edges as a table by code unit, so the position-by-position "could a name start here?" test
  // is one array read. It covers the scripts of the names from Latin to Arabic; the rest are in a map.
  const rootEdges = new Int32Array(ROOT_TABLE).fill(NONE);
  // Looked up at every ideograph and kana of a Japanese or Chinese page (isSpacelessCode): a scan of the root's
  // edges there cost a pass over all of them.
  const rootHigh = new Map<number, number>();
  for (let e = first[0] ?? 0; e < (first[1] ?? 0); e++) {
    const code = codes[e] ?? 0;
    if (code < ROOT_TABLE) rootEdges[code] = e + 1;
    else rootHigh.set(code, e + 1);
  }
  /** A node's edges are few and sorted: a short scan finds the one for `code` (edge e leads to node e + 1). */
  const edgeOf = (node: number, code: number): number => {
    const end = first[node + 1] ?? 0;
    for (let e = first[node] ?? 0; e < end; e++) {
      const c = codes[e] ?? 0;
      if (c === code) return e + 1;
      if (c > code) return NONE;
    }
    return NONE;
  };
  const step = (node: number, code: number): number =>
    node !== 0 ? edgeOf(node, code) : code < ROOT_TABLE ? (rootEdges[code] ?? NONE) : (rootHigh.get(code) ?? NONE);

  /** Follows the units `folded` from `node`; NONE when the trie has no such path. */
  const stepAll = (node: number, folded: string): number => {
    let at = node;
    for (let i = 0; i < folded.length && at !== NONE; i++) at = step(at, folded.charCodeAt(i));
    return at;
  };

  // ASCII, most of every page, read from tables without a call (see ASCII_FOLDED).
  const foldedAt = (text: string, at: number): number => {
    const c = text.charCodeAt(at);
    return c < 0x80 ? (ASCII_FOLDED[c] as number) : foldCode(text, at);
  };
  const wordCharAt = (text: string, at: number): boolean => {
    const c = text.charCodeAt(at);
    return c < 0x100 ? LATIN1_WORD[c] === 1 : isWordChar(text, at);
  };

  /** The end of the longest name starting at `start` and ending at a word edge, or NONE; its key in `found`. */
  let foundKey = '';
  const longestAt = (text: string, start: number): number => {
    const n = text.length;
    let node = 0;
    let best = NONE;
    let at = start;
    while (at < n) {
      const c = text.charCodeAt(at);
      const f = c < 0x80 ? (ASCII_FOLDED[c] as number) : foldCode(text, at);
      if (f === FOLDS_TO_NOTHING) {
        // Marks and tatweel inside a name ("حَمَاس") are read through.
        if (node === 0) return NONE;
        at++;
      } else if (f === SPACE) {
        // A run of spaces, dashes or line breaks reads as one space.
        node = step(node, SPACE);
        if (node === NONE) return best;
        at++;
        while (at < n && foldedAt(text, at) === SPACE) at++;
        continue;
      } else {
        node = f === FOLDS_TO_SEVERAL ? stepAll(node, foldCharAt(text, at)) : step(node, f);
        if (node === NONE) return best;
        at++;
      }
      const key = keyAt[node];
      // A name ending in an ideograph or kana ends at a word edge wherever it ends ("ガザ停戦ハマス"), and a Korean
      // one before the particles joined to it ("하마스는").
      if (
        key !== undefined &&
        (!wordCharAt(text, at) || isSpacelessCode(text.charCodeAt(at - 1)) || particlesFollow(text, at, wordCharAt))
      ) {
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
        // Names start at a word edge: the rest of a word is passed over one unit at a time, with no lookups
        // (and, for Latin-1, no call: this runs for every character, mostly before V8 has optimised it).
        const code = text.charCodeAt(i);
        const inWord = code < 0x100 ? LATIN1_WORD[code] === 1 : isWordChar(text, i);
        if (afterWord) {
          afterWord = inWord;
          // An ideograph or kana is a word edge of its own, even right after a word ("ハマス幹部").
          if (code < 0x3000 || !isSpacelessCode(code)) continue;
        }
        afterWord = inWord;
        const f = code < 0x80 ? (ASCII_FOLDED[code] as number) : foldCode(text, i);
        const first = f === FOLDS_TO_SEVERAL ? foldCharAt(text, i).charCodeAt(0) : f;
        let start = i;
        let end = first < 0 || first === SPACE || step(0, first) === NONE ? NONE : longestAt(text, i);
        // A Hebrew or Arabic name may follow prefixes joined to it: read from after each in turn (never for a
        // Latin word, the most of every page).
        for (let k = i; end === NONE && code >= 0x5d1 && k < i + MAX_PREFIXES && isJoinedPrefix(text.charCodeAt(k)); k++) {
          start = k + 1;
          if (start < n) end = longestAt(text, start);
        }
        if (end === NONE) continue;
        hits.push({ start, end, key: foundKey });
        i = end - 1;
        afterWord = isWordChar(text, i);
      }
      return hits;
    },
  };
}
