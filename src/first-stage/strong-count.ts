// Counts the strong (unambiguous) names in folded text (see fold-text), the way the engine's relevance
// counts them: distinct entries, and repeated mentions up to two. Native calls do the per-character work: one
// split cuts the text into words, a property lookup says whether a name starts with a word, and only then
// is the word found and the name compared in full. (A loop over every character, or a match object for
// every word, ran cold in V8's interpreter on every page.)
import { isJoinedPrefix, MAX_PREFIXES } from '../matcher/joined-prefix';
import { particlesFollow } from '../matcher/korean-particles';
import { MIN_STRONG_MENTIONS, ON_TOPIC_SCORE } from '../scan/relevance-rules';

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

/**
 * A name's first word → its line of the build-time table (read it with namesOf): the folded names after that
 * word with their strong entry numbers, longest first (see dataset/build/strong-names); number -1 for a false
 * friend that hides a strong name.
 */
export type NameTable = Readonly<Record<string, string | undefined>>;

/** One line's names, after its first word: `|rest;group|rest;group`. */
const namesIn = (line: string): [string, number][] =>
  line
    .split('|')
    .slice(1)
    .map((name) => [name.slice(0, name.lastIndexOf(';')), +name.slice(name.lastIndexOf(';') + 1)]);

/** The names starting with `word` ([the rest, strong entry number]), or undefined for a word none starts with. */
export const namesOf = (table: NameTable, word: string): [string, number][] | undefined => {
  const line = table[word];
  return line === undefined ? undefined : namesIn(line);
};

/**
 * The build-time table (dataset/build/strong-names' packTable) made ready to read: one line a first word,
 * `word|rest;group|rest;group`. Only each line's first word is read at once; a line's names when its word is
 * one of the page's (a page has a few: reading every line cost ~0.5 ms of every page, cold). The page's every
 * word is looked up, so that stays a property read, not a call. No prototype, so no word ("constructor")
 * finds anything but ours.
 */
export function nameTable(firstWords: string): NameTable {
  const table: Record<string, string> = Object.create(null);
  for (const line of firstWords.split('\n')) {
    const bar = line.indexOf('|');
    if (bar >= 0) table[line.slice(0, bar)] = line;
  }
  return table;
}

/** The whole table at once, word → names (tests and tools). */
export function parseTable(firstWords: string): Record<string, [string, number][]> {
  return Object.fromEntries(
    firstWords
      .split('\n')
      .filter((line) => line.includes('|'))
      .map((line) => [line.slice(0, line.indexOf('|')), namesIn(line)]),
  );
}

// Must agree with WORD_CHARS in dataset/build/strong-names.ts (a unit test checks). Ideographs, hiragana and CJK
// punctuation are not word characters: Japanese writes no spaces, and its katakana names stand between them.
const WORD_CHAR =
  /[0-9a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2fff\u30a0-\u30fa\u30fc-\u33ff\ua000-\ud7ff\ufb00-\ufdcf\ufdf0-\ufdff\ufe70-\ufefe\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc]/;
/** A word, as the build's strong-names writes it (a function, so the first stage ships none of it unasked). */
export const wordSource = () => `${WORD_CHAR.source.slice(0, -1)}]+`;

/** Runs of anything but word characters: what a native split cuts the text at. */
const SEPARATORS =
  /[^0-9a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2fff\u30a0-\u30fa\u30fc-\u33ff\ua000-\ud7ff\ufb00-\ufdcf\ufdf0-\ufdff\ufe70-\ufefe\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc]+/;
/**
 * Chinese writes names in ideographs alone and no spaces: on a page that holds ideographs, each is a word of its
 * own (the split captures them one by one), and a name written in them is listed under its first (the build's
 * strong-names does so).
 */
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const IDEOGRAPH_WORDS =
  /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])|[^0-9a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2fff\u30a0-\u30fa\u30fc-\u33ff\ua000-\ud7ff\ufb00-\ufdcf\ufdf0-\ufdff\ufe70-\ufefe\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/;

/** The words of `text`, each once: what the names' first words are looked up in. */
function wordsOf(text: string): Set<string> {
  if (!IDEOGRAPH.test(text)) return new Set(text.split(SEPARATORS));
  const words = new Set(text.split(IDEOGRAPH_WORDS));
  // Where the separators' alternative matched, the split gives undefined.
  words.delete(undefined as unknown as string);
  return words;
}

/** Where `word` stands as a whole word in `text` (or after joined prefixes: wordAfterPrefixes), from `cursor` on, or -1. */
function wordStart(text: string, word: string, cursor: number): number {
  for (let at = text.indexOf(word, cursor); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((!isWordAt(text, end) || particlesFollow(text, end, isWordAt)) && (!isWordAt(text, at - 1) || prefixesBefore(text, at))) return at;
  }
  return -1;
}

/** Whether the word `at` ends is one to three joined prefixes (see isJoinedPrefix), as the engine reads them. */
function prefixesBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= at - MAX_PREFIXES && isJoinedPrefix(text.charCodeAt(k)); k--) if (!isWordAt(text, k - 1)) return true;
  return false;
}

/** A word of the page that is a table word after one to three joined prefixes ("ברצועת", "وحماس"): that word. */
function wordAfterPrefixes(table: NameTable, word: string): string | undefined {
  for (let k = 0; k < MAX_PREFIXES && isJoinedPrefix(word.charCodeAt(k)); k++) {
    const rest = word.slice(k + 1);
    if (table[rest] !== undefined) return rest;
  }
  return undefined;
}

/** A Korean word of the page that is a table word before particles ("하마스는"): that word. */
function wordBeforeParticles(table: NameTable, word: string): string | undefined {
  for (let k = word.length; --k > 0; ) {
    // Asked first: for any word but a Korean one it answers at its first test.
    if (particlesFollow(word, k, isWordAt) && table[word.slice(0, k)] !== undefined) return word.slice(0, k);
  }
  return undefined;
}

const isWordAt = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR.test(text[at] ?? '');
/** Spaces, line breaks and dashes: one space of a name stands for a run of them. */
const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 45 || (c >= 0x2010 && c <= 0x2015);
const isApostropheCode = (c: number) => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 96 || c === 0xb4;

/**
 * Where a name ends if the text at `at`, past its first word, spells the rest of it (spaces and apostrophes as
 * whichever of their kind), else -1.
 */
function matchAt(text: string, at: number, rest: string, firstWordLength: number): number {
  let t = at + firstWordLength;
  for (let k = 0; k < rest.length; k++) {
    const kc = rest.charCodeAt(k);
    const tc = text.charCodeAt(t);
    if (kc === 32) {
      if (!isSpaceCode(tc)) return -1;
      while (isSpaceCode(text.charCodeAt(t))) t++;
    } else if (kc === 39) {
      if (!isApostropheCode(tc)) return -1;
      t++;
    } else if (kc === tc) t++;
    else return -1;
  }
  return isWordAt(text, t) && !particlesFollow(text, t, isWordAt) ? -1 : t;
}

/**
 * The first words worth looking at in a text whose words are `present`: those of names all of whose words
 * it holds. On most pages none: the text is then passed over with native calls only (split, Set), where a
 * script loop over every word ran cold in V8's interpreter (~40% of the first stage on a 50 KB page). Only
 * the names whose first word is present are split into words (splitting all of them cost every page ~2 ms).
 */
function firstWordsPossible(table: NameTable, present: ReadonlySet<string>): Set<string> {
  const possible = new Set<string>();
  for (const page of present) {
    // Hebrew and Arabic join one-letter words to a name's first word, and Korean its particles after it: it is
    // looked up without them (one comparison for any other word of the page, the most of every page).
    const word =
      table[page] === undefined && page.charCodeAt(0) >= 0x5d1
        ? (wordAfterPrefixes(table, page) ?? wordBeforeParticles(table, page))
        : page;
    const line = word === undefined ? undefined : table[word];
    if (word === undefined || line === undefined) continue;
    // The word is a name by itself ("hamas", "gaza"): no name of its line need be split (names are listed
    // longest first, so that one came last, after every other had been split into words).
    if (line.includes('|;')) {
      possible.add(word);
      continue;
    }
    for (const [rest] of namesIn(line)) {
      if (rest === '' || rest.split(SEPARATORS).every((w) => w === '' || present.has(w))) {
        possible.add(word);
        break;
      }
    }
  }
  return possible;
}

/** A first word of the text's, the names starting with it, and the next of them in the text. */
interface NextName {
  word: string;
  names: [string, number][];
  /** [start in the text, end in the folded text, group]; start Infinity once there is none. */
  next: [number, number, number];
}

/** The first of `w`'s names at or after `cursor` in `text` (`folded` from `from`). */
function nameFrom(text: string, folded: string, from: number, w: NextName, cursor: number): [number, number, number] {
  for (let start = wordStart(text, w.word, cursor); start >= 0; start = wordStart(text, w.word, start + w.word.length)) {
    // A word cut by `from` is not a word's start.
    if (start === 0 && isWordAt(folded, from - 1) && !prefixesBefore(folded, from)) continue;
    for (const [rest, group] of w.names) {
      const to = matchAt(folded, from + start, rest, w.word.length);
      if (to >= 0) return [start, to, group];
    }
  }
  return [Number.POSITIVE_INFINITY, 0, 0];
}

export class StrongCounter {
  /** Mentions counted, by strong entry. */
  private readonly seen = new Map<number, number>();
  private mentions = 0;

  /**
   * With `untilAny`, counting stops at the first name (a yes or no is all that is asked); otherwise at the name
   * that puts the page on topic (see add).
   */
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
   * last one counted (or false friend passed) ends, or `from`: a caller reading text in overlapping chunks
   * counts each name once. Names are taken in the text's order and counting stops once it is finished, unless
   * `all` is asked: on the bench's 20 KB article the first 3 of its 59 names put it on topic, and every name of
   * a text had been found before any was counted.
   */
  add(folded: string, from = 0, until = folded.length, all = false): number {
    let end = from;
    // The words come from one native split; a word's places are looked for (natively) only when a name
    // starts with it. No script loop over every word: on a page with a false friend ("united" of "united
    // nations") it ran cold over its thousands of words.
    const text = from === 0 && until === folded.length ? folded : folded.slice(from, until);
    // A name starting before `until` may end after it: the words after it count as present too.
    const possible = firstWordsPossible(this.table, wordsOf(until < folded.length ? folded.slice(from) : text));
    if (possible.size === 0) return end;
    const words: NextName[] = [...possible].map((word) => ({ word, names: namesOf(this.table, word) ?? [], next: [0, 0, 0] }));
    for (const w of words) w.next = nameFrom(text, folded, from, w, 0);
    let cursor = 0;
    for (;;) {
      // The nearest name of any word (of two at one place, the word listed first).
      const w = words.reduce((a, b) => (b.next[0] < a.next[0] ? b : a));
      const [start, to, group] = w.next;
      if (start === Number.POSITIVE_INFINITY) return end;
      w.next = nameFrom(text, folded, from, w, start + w.word.length);
      // The rest of a name ("witkoff" in "steve witkoff") is not counted again.
      if (start < cursor) continue;
      end = to;
      cursor = to - from;
      // A false friend ("gaza province", group -1) counts nothing, and hides the name inside it.
      if (group < 0) continue;
      this.seen.set(group, (this.seen.get(group) ?? 0) + 1);
      this.mentions++;
      if (!all && this.finished) return end;
    }
  }

  /**
   * Takes away the names in `leftOut`, folded parts of the text just counted that a reader never sees (inline
   * scripts): the page's whole text is read once, not again piece by piece without them. Where they name
   * something, `rest` first counts what counting the text stopped short of: their names are taken from all of
   * the text's (from a part's count they could be taken wrongly: a script's mentions of a name may all come
   * after where counting stopped).
   */
  leaveOut(leftOut: readonly string[], rest?: () => unknown): void {
    const unseen = new StrongCounter(this.table);
    for (const text of leftOut) unseen.add(text, 0, text.length, true);
    if (unseen.mentions > 0) rest?.();
    for (const [group, n] of unseen.seen) {
      // Not below none: a part read alone may name what the whole text reads otherwise.
      const had = this.seen.get(group) ?? 0;
      this.mentions -= Math.min(had, n);
      if (had > n) this.seen.set(group, had - n);
      else this.seen.delete(group);
    }
  }

  /** True once any strong name was counted. */
  get any(): boolean {
    return this.mentions > 0;
  }

  get result(): StrongCount {
    const entries = this.seen.size;
    const score = 2 * entries + Math.min(this.mentions - entries, 2);
    return { entries, mentions: this.mentions, score, onTopic: this.mentions >= MIN_STRONG_MENTIONS && score >= ON_TOPIC_SCORE };
  }
}
