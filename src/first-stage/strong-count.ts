// Counts the strong (unambiguous) names in folded text (see matcher/fold, foldLetters), the way the engine's
// relevance counts them: distinct entries, and repeated mentions up to two. One pass over the text's char
// codes: each word's hash is looked up among the names' first words, and only a hit is compared in full.
// No expression is compiled and nothing is allocated for the words that name nothing.
import { ON_TOPIC_SCORE } from '../scan/relevance';

export interface StrongCount {
  /** Distinct strong entries named. */
  entries: number;
  mentions: number;
  /** The strong part of the engine's score: 2 a distinct entry, 1 a repeat (at most 2). */
  score: number;
  /** The strong names alone put the page on topic. */
  onTopic: boolean;
}

export const NO_STRONG_NAMES: StrongCount = { entries: 0, mentions: 0, score: 0, onTopic: false };

interface Name {
  key: string;
  group: number;
}

/** Names by the hash of their first word, longest first. */
export type NameTable = Map<number, Name[]>;

const APOSTROPHE = 39;

/** Letters and digits of any script (after folding): what a name may not touch on either side. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  // Latin-1 punctuation, general punctuation (quotes, dashes, spaces), CJK and full-width punctuation,
  // Arabic comma and semicolons.
  // (Past the end of the text, c is NaN: not a word character.)
  return c > 0xbf && !((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0x060c || c === 0x061b || c === 0x061f);
}

/** Spaces, line breaks and dashes: one space of a name stands for a run of them. */
const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 45 || (c >= 0x2010 && c <= 0x2015);
const isApostropheCode = (c: number) => c === APOSTROPHE || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 96 || c === 0xb4;

const step = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** The name table for the build-time `names` (see dataset/build/strong-names). */
export function nameTable(names: string): NameTable {
  const table: NameTable = new Map();
  names.split('\n').forEach((line, group) => {
    for (const key of line.split('\t')) {
      if (key === '') continue;
      let h = 0;
      for (let i = 0; i < key.length && isWordCode(key.charCodeAt(i)); i++) h = step(h, key.charCodeAt(i));
      const list = table.get(h) ?? [];
      list.push({ key, group });
      list.sort((a, b) => b.key.length - a.key.length);
      table.set(h, list);
    }
  });
  return table;
}

/** Where `key` ends if the text at `at` spells it (spaces and apostrophes as any of their kind), else -1. */
function matchAt(text: string, at: number, key: string): number {
  let t = at;
  for (let k = 0; k < key.length; k++) {
    const kc = key.charCodeAt(k);
    const tc = text.charCodeAt(t);
    if (kc === 32) {
      if (!isSpaceCode(tc)) return -1;
      while (isSpaceCode(text.charCodeAt(t))) t++;
    } else if (kc === APOSTROPHE) {
      if (!isApostropheCode(tc)) return -1;
      t++;
    } else if (kc === tc) t++;
    else return -1;
  }
  return isWordCode(text.charCodeAt(t)) ? -1 : t;
}

export class StrongCounter {
  private readonly seen = new Set<number>();
  private mentions = 0;

  /** With `untilAny`, counting stops at the first name (a yes or no is all that is asked). */
  constructor(
    private readonly table: NameTable,
    private readonly untilAny = false,
  ) {}

  /** Nothing more to learn: the strong names alone put the page on topic, or a yes was all that was asked. */
  get finished(): boolean {
    return this.untilAny ? this.mentions > 0 : this.result.onTopic;
  }

  /**
   * Counts the names in `folded` that start at or after `from` and before `until`, and returns where the
   * last one counted ends (or `from`): a caller reading text in overlapping chunks counts each name once.
   */
  add(folded: string, from = 0, until = folded.length): number {
    const n = folded.length;
    let end = from;
    let i = from;
    while (i < n && i < until) {
      // At a word's start: hash the word's letters and digits.
      if (!isWordCode(folded.charCodeAt(i)) || (i > 0 && isWordCode(folded.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      for (let c = folded.charCodeAt(i); i < n && isWordCode(c); c = folded.charCodeAt(++i)) h = step(h, c);
      const candidates = this.table.get(h);
      if (!candidates) continue;
      for (const { key, group } of candidates) {
        const to = matchAt(folded, start, key);
        if (to < 0) continue;
        this.seen.add(group);
        this.mentions++;
        end = to;
        i = to;
        break;
      }
      if (this.finished) break;
    }
    return end;
  }

  /** True once any strong name was counted. */
  get any(): boolean {
    return this.mentions > 0;
  }

  get result(): StrongCount {
    const entries = this.seen.size;
    const score = 2 * entries + Math.min(this.mentions - entries, 2);
    return { entries, mentions: this.mentions, score, onTopic: entries > 0 && score >= ON_TOPIC_SCORE };
  }
}
