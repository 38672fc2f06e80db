// The pieces of the number expressions (numbers.ts, number-words.ts), as expression source.
//
// They match without regard to case (`i`) and without the `u` flag: under `u` V8 expands every Unicode class
// it meets, and spelling each word in three cases instead made the expression three times longer. So the
// letters and digits that may not touch a number are listed: Latin, Greek, Cyrillic, Hebrew and Arabic
// letters, and ASCII, Arabic-Indic and Persian digits.

export const anyCase = (words: string) => `(?:${words})`;
export const LETTER =
  'a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u05d0-\\u05ea\\u0620-\\u064a\\u066e-\\u06d3';
export const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';

export const QUALIFIER = anyCase(
  'no more than|more than|fewer than|less than|at least|at most|as many as|as few as|upwards of|close to|nearly|almost|about|around|roughly|some|over|under|up to|approximately|an estimated|just over|just under|well over|past|topping',
);
const GROUPED = '\\d{1,3}(?:[,\\u00a0\\u202f\\u2009 ]\\d{3})+';
export const NUMBER = `(?:${GROUPED}|\\d+)(?:\\.\\d+)?`;
export const MULTIPLIER = `${anyCase('k|thousand|million|mn|m|bn|billion')}(?![${LETTER}])`;
export const FRACTION = anyCase('two[- ]thirds|one[- ]third|a third|one[- ]half|half|three[- ]quarters|a quarter|one[- ]quarter');
export const PERCENT = anyCase('percent|per cent');
export const UNIT_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const SCALE_WORDS = 'hundred|thousand|million|billion';
/**
 * Where a number may start: not inside a word or another number, nor after a clock's hour ("10:12"). Then an
 * optional qualifier ("more than").
 */
export const NUMBER_START = `(?<![${LETTER}${DIGIT}.,])(?<![${DIGIT}]:)(?:(?<qual>${QUALIFIER})\\s+)?`;
/** What may not follow a number: a digit, or a decimal point, comma or clock's colon before one ("12:00 local time"). */
export const NUMBER_END = `(?![${DIGIT}]|[.,:][${DIGIT}])`;
