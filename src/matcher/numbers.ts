// Numbers as news pages write them: "67,173", "67 173", "67.2k", "67,000-plus", "more than 67,000",
// "nearly 70 percent", "70%", "two-thirds". Offsets are kept so the page's own words can be painted.

/**
 * Words as a pattern matching them in lower case, capitalised or in capitals ("more than", "More Than",
 * "MORE THAN"). The expression has no `i` flag: under `iu` V8 case-closes every Unicode class in it when it
 * compiles, which cost ~6 ms on every page.
 */
const anyCase = (words: string) =>
  `(?:${words
    .split('|')
    .flatMap((w) => [w, w.replace(/\b[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`), w.toUpperCase()])
    .join('|')})`;

const QUALIFIER = anyCase(
  'more than|fewer than|less than|at least|at most|upwards of|close to|nearly|almost|about|around|roughly|some|over|under|up to|approximately|an estimated',
);
const GROUPED = '\\d{1,3}(?:[,\\u00a0\\u202f\\u2009 ]\\d{3})+';
const NUMBER = `(?:${GROUPED}|\\d+)(?:\\.\\d+)?`;
const MULTIPLIER = `${anyCase('k|thousand|million|mn|m|bn|billion')}(?![\\p{L}])`;
const FRACTION = anyCase('two[- ]thirds|one[- ]third|a third|one[- ]half|half|three[- ]quarters|a quarter|one[- ]quarter');
const PERCENT = anyCase('percent|per cent');

const EXPRESSION = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(?<qual>${QUALIFIER})\\s+)?(?:(?<num>${NUMBER})(?:\\s?(?<mult>${MULTIPLIER}))?(?<plus>\\+|[-\\u2010\\u2011 ]${anyCase('plus')}(?![\\p{L}]))?(?:\\s?(?<pct>%|${PERCENT}(?![\\p{L}])))?|(?<frac>${FRACTION})(?![\\p{L}]))(?![\\p{N}]|[.,]\\p{N})`,
  'gu',
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

const DIGIT = /\d/;
/**
 * False when `text` cannot hold a number findNumbers would find: no digit and no fraction word. The fraction
 * words are looked for by their inner letters in both cases ("Half", "HALF"): plain substring searches cost
 * far less than one case-insensitive expression run over every block of a page.
 */
export function mayHoldNumber(text: string): boolean {
  return (
    DIGIT.test(text) ||
    text.includes('alf') ||
    text.includes('hird') ||
    text.includes('uarter') ||
    text.includes('ALF') ||
    text.includes('HIRD') ||
    text.includes('UARTER')
  );
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
