// Numbers as news pages write them: "67,173", "67 173", "67.2k", "1.9 million", "67,000-plus", "more than
// 67,000", "as many as 600", "nearly 70 percent", "70%", "two-thirds", and in words: "five hundred", "two
// thousand", "twenty-one", "a dozen". Offsets are kept so the page's own words can be painted.

/**
 * The expression matches without regard to case (`i`) and without the `u` flag: under `u` V8 expands every
 * Unicode class it meets, and spelling each word in three cases instead made the expression three times
 * longer; either way its first use compiled for 12–20 ms on every page about the talks (now ~5). So the
 * letters and digits that may not touch a number are listed: Latin, Greek, Cyrillic, Hebrew and Arabic
 * letters, and ASCII, Arabic-Indic and Persian digits.
 */
const anyCase = (words: string) => `(?:${words})`;
const LETTER =
  'a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u05d0-\\u05ea\\u0620-\\u064a\\u066e-\\u06d3';
const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';

const QUALIFIER = anyCase(
  'no more than|more than|fewer than|less than|at least|at most|as many as|as few as|upwards of|close to|nearly|almost|about|around|roughly|some|over|under|up to|approximately|an estimated|just over|just under|well over|past|topping',
);
const GROUPED = '\\d{1,3}(?:[,\\u00a0\\u202f\\u2009 ]\\d{3})+';
const NUMBER = `(?:${GROUPED}|\\d+)(?:\\.\\d+)?`;
const MULTIPLIER = `${anyCase('k|thousand|million|mn|m|bn|billion')}(?![${LETTER}])`;
const FRACTION = anyCase('two[- ]thirds|one[- ]third|a third|one[- ]half|half|three[- ]quarters|a quarter|one[- ]quarter');
const PERCENT = anyCase('percent|per cent');
const UNIT_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE_WORDS = 'hundred|thousand|million|billion';
/** A number in words: "twenty-one", "five hundred", "two thousand five hundred", "a dozen", "a thousand". */
const SIMPLE_WORD = `(?:${anyCase(TENS_WORDS)}(?:[-\\u2010 ]${anyCase(UNIT_WORDS)}(?![${LETTER}]))?|${anyCase(UNIT_WORDS)})(?![${LETTER}])`;
const SCALE = `${anyCase(SCALE_WORDS)}(?![${LETTER}])`;
const WORDS_NUMBER = `(?:(?:${SIMPLE_WORD}|${anyCase('a')})\\s${SCALE}(?:\\s(?:${anyCase('and')}\\s)?${SIMPLE_WORD}(?:\\s${SCALE})?)*|${anyCase('a dozen')}|${SIMPLE_WORD})`;

const EXPRESSION = new RegExp(
  `(?<![${LETTER}${DIGIT}.,])(?:(?<qual>${QUALIFIER})\\s+)?(?:(?<num>${NUMBER})(?:\\s?(?<mult>${MULTIPLIER}))?(?<plus>\\+|[-\\u2010\\u2011 ]${anyCase('plus')}(?![${LETTER}]))?(?:\\s?(?<pct>%|${PERCENT}(?![${LETTER}])))?|(?<half>${anyCase('half a million')})(?![${LETTER}])|(?<frac>${FRACTION})(?![${LETTER}])|(?<words>${WORDS_NUMBER})(?![${LETTER}]))(?![${DIGIT}]|[.,][${DIGIT}])`,
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
 * A digit, a fraction word or a number word, by inner letters in both cases ("Half", "HALF", "Twenty"):
 * one expression with no flags and only literal alternatives, so V8 scans for it without case folding.
 */
const MAY_HOLD =
  /\d|alf|ALF|hird|HIRD|uarter|UARTER|undred|UNDRED|housand|HOUSAND|illion|ILLION|ozen|OZEN|wenty|WENTY|hirty|HIRTY|orty|ORTY|ifty|IFTY|ixty|IXTY|venty|VENTY|ighty|IGHTY|inety|INETY|teen|TEEN|leven|LEVEN|welve|WELVE|[Oo]ne\b|ONE\b|[Tt]wo\b|TWO\b|[Tt]hree\b|THREE\b|[Ff]our\b|FOUR\b|[Ff]ive\b|FIVE\b|[Ss]ix\b|SIX\b|[Ss]even\b|SEVEN\b|[Ee]ight\b|EIGHT\b|[Nn]ine\b|NINE\b|[Tt]en\b|TEN\b/;
/** False when `text` cannot hold a number findNumbers would find. */
export function mayHoldNumber(text: string): boolean {
  return MAY_HOLD.test(text);
}

/** A bare four-digit number between 1900 and 2100 is a year, not a count. */
const looksLikeYear = (raw: string) => /^(?:19\d\d|20\d\d|2100)$/.test(raw);

export function findNumbers(text: string): PageNumber[] {
  const out: PageNumber[] = [];
  EXPRESSION.lastIndex = 0;
  for (let m = EXPRESSION.exec(text); m !== null; m = EXPRESSION.exec(text)) {
    const g = m.groups ?? {};
    const approximate = g.qual !== undefined || g.plus !== undefined;
    if (g.frac) {
      const value = FRACTIONS[g.frac.toLowerCase().replace(/[- ]/g, ' ')];
      if (value !== undefined)
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, percent: true, approximate: true });
      continue;
    }
    if (g.words || g.half) {
      const value = wordsValue(g.words ?? g.half ?? '');
      if (value > 0) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, percent: g.pct !== undefined, approximate });
      continue;
    }
    const raw = g.num ?? '';
    if (!g.mult && !g.pct && !g.qual && !g.plus && looksLikeYear(raw)) continue;
    const multiplier = g.mult ? (MULTIPLIERS[g.mult.toLowerCase()] ?? 1) : 1;
    const value = Number.parseFloat(raw.replace(/[,\u00a0\u202f\u2009 ]/g, '')) * multiplier;
    if (!Number.isFinite(value)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, percent: g.pct !== undefined, approximate });
  }
  return out;
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
