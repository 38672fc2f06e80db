// Numbers written in words ("five hundred", "two thousand and twelve", "twenty-one", "a dozen"), read word by
// word. As an alternative of the number expression they made its first use compile for ~4 ms in node and
// ~6-9 ms in Chromium, on every page where a figure's word stands near a number; this reader matches exactly
// what that alternative matched (a unit test runs both over generated text), and its own expression only
// finds where one may start.
//
// The grammar, as the expression had it (\s one white-space character, each word whole):
//   (simple | "a") \s scale (\s ["and" \s] simple [\s scale])*  |  "a dozen"  |  simple
//   simple = tens [("-" | "‐" | " ") unit] | unit
// tried in that order, each repetition and option taken when it can be, and given back (shortest last)
// when what follows the number is a digit.
import { anyCase, DIGIT, LETTER, NUMBER_START, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './number-patterns';

const UNITS = new Set(UNIT_WORDS.split('|'));
const TENS = new Set(TENS_WORDS.split('|'));
const SCALES = new Set(SCALE_WORDS.split('|'));

/** Where a number in words may start (after a qualifier, if any): a first word that can begin one. */
const START = new RegExp(
  `${NUMBER_START}(?=${anyCase(`${UNIT_WORDS}|${TENS_WORDS}`)}(?![${LETTER}])|${anyCase('a')}(?:\\s${anyCase(SCALE_WORDS)}| ${anyCase('dozen')})(?![${LETTER}]))`,
  'gi',
);
/** A run of letters: one word, as the expression's "not followed by a letter" delimited it. */
const RUN = new RegExp(`[${LETTER}]+`, 'iy');
const ASCII_WORD = /^[a-z]+$/i;
const SPACE = /^\s$/;
/** What may not follow a number (NUMBER_END), looked at from the number's end. */
const ENDS_BADLY = new RegExp(`^(?:[${DIGIT}]|[.,:][${DIGIT}])`);
const HYPHEN_OR_SPACE = new Set(['-', '\u2010', ' ']);

interface Word {
  /** Lower case; '' for a word with letters beyond ASCII (no number word has them). */
  word: string;
  end: number;
}

function wordAt(text: string, at: number): Word | undefined {
  RUN.lastIndex = at;
  if (!RUN.test(text)) return undefined;
  const raw = text.slice(at, RUN.lastIndex);
  return { word: ASCII_WORD.test(raw) ? raw.toLowerCase() : '', end: RUN.lastIndex };
}

const isSpace = (text: string, at: number) => at < text.length && SPACE.test(text.charAt(at));

/** Where "simple" can end when it starts at `at`, in the order the expression tried. */
function simpleEnds(text: string, at: number): number[] {
  const first = wordAt(text, at);
  if (!first) return [];
  if (UNITS.has(first.word)) return [first.end];
  if (!TENS.has(first.word)) return [];
  const unit = HYPHEN_OR_SPACE.has(text.charAt(first.end)) ? wordAt(text, first.end + 1) : undefined;
  return unit && UNITS.has(unit.word) ? [unit.end, first.end] : [first.end];
}

/** A scale word right after one white-space character at `at`: its end, or -1. */
function scaleAfter(text: string, at: number): number {
  if (!isSpace(text, at)) return -1;
  const scale = wordAt(text, at + 1);
  return scale && SCALES.has(scale.word) ? scale.end : -1;
}

/** One repetition from `at`: \s ["and" \s] simple [\s scale], its ends in the order tried. */
function* repetition(text: string, at: number): Generator<number> {
  if (!isSpace(text, at)) return;
  const starts: number[] = [];
  const and = wordAt(text, at + 1);
  if (and?.word === 'and' && isSpace(text, and.end)) starts.push(and.end + 1);
  starts.push(at + 1);
  for (const start of starts) {
    for (const end of simpleEnds(text, start)) {
      const scaled = scaleAfter(text, end);
      if (scaled >= 0) yield scaled;
      yield end;
    }
  }
}

/** The repetitions, as many as can be taken first. */
function* repeated(text: string, at: number): Generator<number> {
  for (const end of repetition(text, at)) yield* repeated(text, end);
  yield at;
}

function* endsAt(text: string, at: number): Generator<number> {
  const first = wordAt(text, at);
  const heads = simpleEnds(text, at);
  if (first?.word === 'a') heads.push(first.end);
  for (const head of heads) {
    const scaled = scaleAfter(text, head);
    if (scaled >= 0) yield* repeated(text, scaled);
  }
  if (first?.word === 'a' && text.charAt(first.end) === ' ') {
    const dozen = wordAt(text, first.end + 1);
    if (dozen?.word === 'dozen') yield dozen.end;
  }
  yield* simpleEnds(text, at);
}

/** Where the number in words starting at `at` ends, or -1: the first end the expression would have kept. */
function wordsEnd(text: string, at: number): number {
  for (const end of endsAt(text, at)) if (!ENDS_BADLY.test(text.slice(end, end + 2))) return end;
  return -1;
}

export interface WordsNumber {
  /** Where the match starts (its qualifier, if any). */
  start: number;
  /** Where the words start. */
  words: number;
  end: number;
  qualified: boolean;
}

/** The first number in words starting at or after `from`. */
export function nextWordsNumber(text: string, from: number): WordsNumber | undefined {
  for (let at = from; at <= text.length; ) {
    START.lastIndex = at;
    const m = START.exec(text);
    if (!m) return undefined;
    const words = m.index + m[0].length;
    const end = wordsEnd(text, words);
    if (end >= 0) return { start: m.index, words, end, qualified: m.groups?.qual !== undefined };
    // A qualifier's own first word never starts a number in words: the next place is after this one.
    at = m.index + 1;
  }
  return undefined;
}
