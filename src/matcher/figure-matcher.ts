// A number on the page is a figure when it lies within the figure's tolerance of a reported value and says
// what it counts: one of the figure's nouns or context words in the words right after it ("47 Israeli
// captives"), or, when it stands alone or counts plain "people", a context word in its sentence ("the toll
// rose to 67,173"). A number followed by some other noun ("200 distribution points") is no figure. The
// page's own value is kept for the card.
import type { IndexedFigure, MatcherIndex } from '../dataset/matcher-index';
import { type ContextFinder, type ContextHit, createContextFinder } from './context-words';
import { countedWords, countsWounded } from './counted-noun';
import { findNumbers, mayHoldNumber, type PageNumber, sentenceAround } from './numbers';

export interface FigureMatch {
  start: number;
  end: number;
  text: string;
  /** Position in the index's `entries`. */
  entry: number;
  /** The number as the page gives it. */
  value: number;
}

export interface FigureMatcher {
  /** `hits` are the block's context words when the caller already has them (looked up here otherwise). */
  find(text: string, hits?: readonly ContextHit[]): FigureMatch[];
  /** find, for a block the caller already knows may hold a number (mayHoldNumber), with its context words. */
  findInNumbered(text: string, hits: readonly ContextHit[]): FigureMatch[];
}

/** Only a context word of a figure (or a figure's noun) can make a number a figure. */
const licensesAnyFigure = (hits: readonly ContextHit[]): boolean =>
  hits.some((h) => (h.figures !== undefined && h.figures.length > 0) || (h.nouns !== undefined && h.nouns.length > 0));

/** Relative distance from the nearest reported value or range (0 inside a range). */
function distance(figure: IndexedFigure, value: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < figure.values.length; i++) {
    // Indexing, not destructuring: this runs for every number on a page, mostly before the code is optimised.
    const range = figure.values[i];
    if (!range) continue;
    const min = range[0];
    const max = range[1];
    const d = value < min ? (min - value) / min : value > max ? (value - max) / max : 0;
    best = Math.min(best, d);
  }
  // Between two reports of a running count: this figure, but behind a figure that reported the very number.
  const span = figure.span;
  if (best > figure.tolerance && span && value >= span[0] && value <= span[1]) return figure.tolerance;
  return best;
}

/** The figures licensed by hits starting in [from, to): by nouns too when `withNouns`. */
function figuresIn(hits: readonly ContextHit[], from: number, to: number, withNouns: boolean): number[] {
  const out: number[] = [];
  for (const h of hits) {
    if (h.start < from || h.start >= to) continue;
    for (const f of h.figures ?? []) if (!out.includes(f)) out.push(f);
    if (withNouns) for (const f of h.nouns ?? []) if (!out.includes(f)) out.push(f);
  }
  return out;
}

/** The entry of the licensed figure whose reported values lie closest to the page's number, within tolerance. */
function closest(figures: readonly IndexedFigure[], licensed: readonly number[], number: PageNumber): number | undefined {
  // Several figures may fit (20 hostages alive, 20 released): the closest reported value wins.
  let best: { entry: number; distance: number } | undefined;
  for (const position of licensed) {
    const figure = figures[position];
    if (!figure || figure.percent !== number.percent) continue;
    const d = distance(figure, number.value);
    if (d > figure.tolerance || (best && d >= best.distance)) continue;
    best = { entry: figure.entry, distance: d };
  }
  return best?.entry;
}

export function createFigureMatcher(index: MatcherIndex): FigureMatcher {
  const { figures } = index;
  let contexts: ContextFinder | undefined;
  // Figures some word can rule out in a sentence: only for them is the sentence looked at for it.
  const ruledOut = new Set(Object.values(index.contexts).flatMap((c) => c.against ?? []));
  const findInNumbered = (text: string, words: readonly ContextHit[]): FigureMatch[] => {
    // Before the numbers: the number expression's first use compiles it (~5 ms), and a long page holds
    // many numbers in blocks no figure's word is near.
    if (figures.length === 0 || !licensesAnyFigure(words)) return [];
    const numbers = findNumbers(text);
    if (numbers.length === 0) return [];
    const found: FigureMatch[] = [];
    for (const number of numbers) {
      const counted = countedWords(text, number.end);
      // The figures a context word in the number's sentence licenses, not one inside the number itself ("20
      // living hostages"), and those a word there rules out ("still holds"); looked for only when needed.
      let inSentence: { licensed: number[]; against: number[] } | undefined;
      const sentence = () => {
        if (inSentence) return inSentence;
        const [from, to] = sentenceAround(text, number.start);
        const outside = words.filter((h) => h.end <= number.start || h.start >= number.end);
        const against = outside.filter((h) => h.start >= from && h.start < to).flatMap((h) => h.against ?? []);
        inSentence = { licensed: figuresIn(outside, from, to, false), against };
        return inSentence;
      };
      // A number the page says counts the wounded ("injured 597 others") is only a figure of the wounded.
      const wounded = countsWounded(text, number.start, counted);
      const allowed = (f: number) =>
        (!ruledOut.has(f) || !sentence().against.includes(f)) &&
        (!wounded || figures[f]?.wounded === true) &&
        (counted.plain === undefined || !figures[f]?.notCounting?.includes(counted.plain));
      // Figures named right after the number ("47 Israeli captives"); by a noun any story uses ("personnel")
      // only beside the figure's own context word.
      const named = figuresIn(words, number.end, counted.end, true).filter(
        (f) => (!figures[f]?.nounsNeedContext || sentence().licensed.includes(f)) && allowed(f),
      );
      let best = closest(figures, named, number);
      // A number standing alone, counting plain "people", or a share: a context word in its sentence decides.
      // One followed by another figure's noun is not this figure ("1,200 police officers" beside "killed").
      if (!best && (counted.open || (number.percent && !counted.joined)))
        best = closest(figures, sentence().licensed.filter(allowed), number);
      if (best !== undefined) found.push({ start: number.start, end: number.end, text: number.text, entry: best, value: number.value });
    }
    return found;
  };
  return {
    findInNumbered,
    find(text, hits) {
      if (figures.length === 0 || !mayHoldNumber(text)) return [];
      if (!hits) contexts ??= createContextFinder(index);
      return findInNumbered(text, hits ?? contexts?.find(text) ?? []);
    },
  };
}
