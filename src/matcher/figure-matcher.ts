// A number on the page is a figure only when one of the figure's context words shares its sentence and it
// lies within the figure's tolerance of a reported value. The page's own value is kept for the card.
import type { IndexedFigure, MatcherIndex } from '../dataset/matcher-index';
import { type ContextFinder, type ContextHit, createContextFinder } from './context-words';
import { findNumbers, mayHoldNumber, sentenceAround } from './numbers';

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
}

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
  return best;
}

export function createFigureMatcher(index: MatcherIndex): FigureMatcher {
  const { figures } = index;
  let contexts: ContextFinder | undefined;
  return {
    find(text, hits) {
      if (figures.length === 0 || !mayHoldNumber(text)) return [];
      const numbers = findNumbers(text);
      if (numbers.length === 0) return [];
      if (!hits) contexts ??= createContextFinder(index);
      const words = hits ?? contexts?.find(text) ?? [];
      const found: FigureMatch[] = [];
      for (const number of numbers) {
        const [from, to] = sentenceAround(text, number.start);
        // A context word in the number's sentence, not inside the number itself ("20 living hostages").
        const near = words.filter((h) => h.start >= from && h.end <= to && (h.end <= number.start || h.start >= number.end));
        if (near.length === 0) continue;
        // Several figures may fit (20 hostages alive, 20 released): the closest reported value wins.
        let best: { entry: number; distance: number } | undefined;
        figures.forEach((figure, position) => {
          if (figure.percent !== number.percent) return;
          const d = distance(figure, number.value);
          if (d > figure.tolerance || (best && d >= best.distance)) return;
          if (!near.some((h) => h.figures?.includes(position))) return;
          best = { entry: figure.entry, distance: d };
        });
        if (best) found.push({ start: number.start, end: number.end, text: number.text, entry: best.entry, value: number.value });
      }
      return found;
    },
  };
}
