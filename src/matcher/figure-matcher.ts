// A number on the page is a figure only when one of the figure's context words shares its sentence and it
// lies within the figure's tolerance of a reported value. The page's own value is kept for the card.
import type { IndexedFigure } from '../dataset/matcher-index';
import { findNumbers, sentenceAround } from './numbers';

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
  find(text: string): FigureMatch[];
}

const HAS_NUMBER = /\d|third|half|quarter/i;

/** Relative distance from the nearest reported value or range (0 inside a range). */
function distance(figure: IndexedFigure, value: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const [min, max] of figure.values) {
    const d = value < min ? (min - value) / min : value > max ? (value - max) / max : 0;
    best = Math.min(best, d);
  }
  return best;
}

export function createFigureMatcher(figures: readonly IndexedFigure[]): FigureMatcher {
  const compiled = figures.map((figure) => ({ figure, context: new RegExp(figure.context, 'iu') }));
  return {
    find(text) {
      if (compiled.length === 0 || !HAS_NUMBER.test(text)) return [];
      const found: FigureMatch[] = [];
      for (const number of findNumbers(text)) {
        const [from, to] = sentenceAround(text, number.start);
        // The number itself is not its own context ("20 living hostages" has "hostages" beside it).
        const sentence = `${text.slice(from, number.start)} ${text.slice(number.end, to)}`;
        // Several figures may fit (20 hostages alive, 20 released): the closest reported value wins.
        let best: { entry: number; distance: number } | undefined;
        for (const { figure, context } of compiled) {
          if (figure.percent !== number.percent) continue;
          const d = distance(figure, number.value);
          if (d > figure.tolerance || (best && d >= best.distance) || !context.test(sentence)) continue;
          best = { entry: figure.entry, distance: d };
        }
        if (best) found.push({ start: number.start, end: number.end, text: number.text, entry: best.entry, value: number.value });
      }
      return found;
    },
  };
}
