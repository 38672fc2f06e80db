// The names on a page, found by walking a trie of folded names over the page's text, folding it character by
// character as it goes. Nothing to compile: a V8 expression over the dataset's ~540 distinct names cost 20-30 ms to
// compile on every page before it matched anything, and its matching slowed with every name added.
import { foldCharAt, isWordChar } from './char-fold';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set where a folded name ends. */
  key?: string;
}

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

/** `keys` are folded names (see fold): lower-case, without diacritics, single spaces. */
export function createNameAutomaton(keys: Iterable<string>): NameAutomaton {
  const root: TrieNode = { next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (node !== root) node.key = key;
  }

  /** The end and key of the longest name starting at `start` and ending at a word edge, if any. */
  const longestAt = (text: string, start: number): { end: number; key: string } | undefined => {
    let node: TrieNode | undefined = root;
    let best: { end: number; key: string } | undefined;
    let at = start;
    while (node && at < text.length) {
      const f = foldCharAt(text, at);
      if (f === '') {
        // Marks and tatweel inside a name ("حَمَاس") are read through.
        if (node === root) return undefined;
        at++;
      } else if (f === ' ') {
        // A run of spaces, dashes or line breaks reads as one space.
        node = node.next.get(' ');
        at++;
        while (at < text.length && foldCharAt(text, at) === ' ') at++;
        continue;
      } else {
        for (const c of f) {
          node = node?.next.get(c);
          if (!node) return best;
        }
        at++;
      }
      if (node?.key !== undefined && !isWordChar(text, at)) best = { end: at, key: node.key };
    }
    return best;
  };

  return {
    find(text) {
      const hits: AutomatonHit[] = [];
      for (let i = 0; i < text.length; i++) {
        // Names start at a word edge: skip the rest of a word at once.
        if (i > 0 && isWordChar(text, i - 1)) continue;
        const f = foldCharAt(text, i);
        const first = f[0];
        if (first === undefined || first === ' ' || !root.next.has(first)) continue;
        const found = longestAt(text, i);
        if (!found) continue;
        hits.push({ start: i, end: found.end, key: found.key });
        i = found.end - 1;
      }
      return hits;
    },
  };
}
