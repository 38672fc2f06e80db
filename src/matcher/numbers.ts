// Numbers as news pages write them: "67,173", "67 173", "67.2k", "1.9 million", "67,000-plus", "more than
// 67,000", "as many as 600", "nearly 70 percent", "70%", "two-thirds", and in words: "five hundred", "two
// thousand", "twenty-one", "a dozen". Offsets are kept so the page's own words can be painted.

import {
  anyCase,
  FRACTION,
  LETTER,
  MULTIPLIER,
  NUMBER,
  NUMBER_END,
  NUMBER_START,
  PERCENT,
  TENS_WORDS,
  UNIT_WORDS,
} from './number-patterns';
import { nextWordsNumber, type WordsNumber } from './number-words';

/**
 * Numbers in digits, fractions and "half a million". Numbers in words are read by number-words.ts: as one
 * more alternative here they made this expression's first use compile for ~4 ms (node) to ~9 ms (Chromium).
 */
const EXPRESSION = new RegExp(
  `${NUMBER_START}(?:(?<num>${NUMBER})(?:\\s?(?<mult>${MULTIPLIER}))?(?<plus>\\+|[-\\u2010\\u2011 ]${anyCase('plus')}(?![${LETTER}]))?(?:\\s?(?<pct>%|${PERCENT}(?![${LETTER}])))?|(?<half>${anyCase('half a million')})(?![${LETTER}])|(?<frac>${FRACTION})(?![${LETTER}]))${NUMBER_END}`,
  'gi',
);

const FRACTIONS: Record<string, number> = {
  'two thirds': 66.7,
  'one third': 33.3,
  'a third': 33.3,
  'one half': 50,
  half: 50,
  'three quarters': 75,
  'a quarter': 25,
  'one quarter': 25,
};

const WORD_VALUES: Record<string, number> = Object.fromEntries([
  ...UNIT_WORDS.split('|').map((w, i) => [w, i + 1]),
  ...TENS_WORDS.split('|').map((w, i) => [w, (i + 2) * 10]),
  ['a', 1],
]);
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** "two thousand five hundred" → 2500, "twenty-one" → 21, "a dozen" → 12. */
export function wordsValue(words: string): number {
  const lower = words.toLowerCase();
  if (lower === 'a dozen') return 12;
  if (lower === 'half a million') return 500_000;
  let total = 0;
  let current = 0;
  for (const word of lower.split(/[\s\-\u2010]+/)) {
    const scale = SCALES[word];
    if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else current += WORD_VALUES[word] ?? 0;
  }
  return total + current;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, bn: 1e9, billion: 1e9 };

export interface PageNumber {
  start: number;
  end: number;
  text: string;
  value: number;
  percent: boolean;
  /** "more than", "nearly": the page itself says the number is not exact. */
  approximate: boolean;
}

/**
 * A fraction word or a number word, by inner letters in both cases ("Half", "HALF", "Twenty"): one
 * expression with no flags and only literal alternatives, so V8 scans for it without case folding. Digits
 * are looked for first, on their own: a scan for one character class is several times faster than one
 * trying every alternative at each character (~35% of this test on the 2 MB page read whole).
 */
const DIGIT = /\d/;
const NUMBER_WORD =
  /alf|ALF|hird|HIRD|uarter|UARTER|undred|UNDRED|housand|HOUSAND|illion|ILLION|ozen|OZEN|wenty|WENTY|hirty|HIRTY|orty|ORTY|ifty|IFTY|ixty|IXTY|venty|VENTY|ighty|IGHTY|inety|INETY|teen|TEEN|leven|LEVEN|welve|WELVE|[Oo]ne\b|ONE\b|[Tt]wo\b|TWO\b|[Tt]hree\b|THREE\b|[Ff]our\b|FOUR\b|[Ff]ive\b|FIVE\b|[Ss]ix\b|SIX\b|[Ss]even\b|SEVEN\b|[Ee]ight\b|EIGHT\b|[Nn]ine\b|NINE\b|[Tt]en\b|TEN\b/;
/** False when `text` cannot hold a number findNumbers would find. */
export function mayHoldNumber(text: string): boolean {
  return DIGIT.test(text) || NUMBER_WORD.test(text);
}

/** A bare four-digit number between 1900 and 2100 is a year, not a count. */
const looksLikeYear = (raw: string) => /^(?:19\d\d|20\d\d|2100)$/.test(raw);

/** The expression's next match at or after `from`, or null. */
function nextDigits(text: string, from: number): RegExpExecArray | null {
  EXPRESSION.lastIndex = from;
  return EXPRESSION.exec(text);
}

/**
 * Which comes first where both start at one place: the expression tried a qualifier before none, and its
 * own alternatives (digits, "half a million", fractions) before the words.
 */
const digitsFirst = (digits: RegExpExecArray, words: WordsNumber): boolean =>
  digits.index !== words.start ? digits.index < words.start : digits.groups?.qual !== undefined || !words.qualified;

export function findNumbers(text: string): PageNumber[] {
  const out: PageNumber[] = [];
  // The next match of each kind from where reading has got to; one that starts before it is looked for again.
  let digits = nextDigits(text, 0);
  let words = nextWordsNumber(text, 0);
  while (digits || words) {
    if (words && (!digits || !digitsFirst(digits, words))) {
      const { start, end } = words;
      const value = wordsValue(text.slice(words.words, end));
      if (value > 0) out.push({ start, end, text: text.slice(start, end), value, percent: false, approximate: words.qualified });
      if (digits && digits.index < end) digits = nextDigits(text, end);
      words = nextWordsNumber(text, end);
      continue;
    }
    const m = digits as RegExpExecArray;
    const end = m.index + m[0].length;
    digits = nextDigits(text, end);
    if (words && words.start < end) words = nextWordsNumber(text, end);
    const number = digitsNumber(m);
    if (number) out.push(number);
  }
  return out;
}

/** A match of the expression as a number, or undefined (a year, or no finite value). */
function digitsNumber(m: RegExpExecArray): PageNumber | undefined {
  const g = m.groups ?? {};
  const start = m.index;
  const end = m.index + m[0].length;
  const approximate = g.qual !== undefined || g.plus !== undefined;
  if (g.frac) {
    const value = FRACTIONS[g.frac.toLowerCase().replace(/[- ]/g, ' ')];
    return value === undefined ? undefined : { start, end, text: m[0], value, percent: true, approximate: true };
  }
  if (g.half) {
    const value = wordsValue(g.half);
    return value > 0 ? { start, end, text: m[0], value, percent: false, approximate } : undefined;
  }
  const raw = g.num ?? '';
  if (!g.mult && !g.pct && !g.qual && !g.plus && looksLikeYear(raw)) return undefined;
  const multiplier = g.mult ? (MULTIPLIERS[g.mult.toLowerCase()] ?? 1) : 1;
  const value = Number.parseFloat(raw.replace(/[,\u00a0\u202f\u2009 ]/g, '')) * multiplier;
  if (!Number.isFinite(value)) return undefined;
  return { start, end, text: m[0], value, percent: g.pct !== undefined, approximate };
}

/** Where the sentence holding `offset` starts and ends in `text`. */
export function sentenceAround(text: string, offset: number): [number, number] {
  const boundary = /[.!?;…](?=["”’)\]]?\s+(?:["“‘(]?[\p{Lu}\p{N}]|$))|\n\s*\n/gu;
  let start = 0;
  let end = text.length;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const at = m.index + m[0].length;
    if (at <= offset) start = at;
    else {
      end = at;
      break;
    }
  }
  return [start, end];
}
