// Build time: the compact matcher index for the content script and the full dataset for cards.
import { createHash } from 'node:crypto';
import { combinedPattern } from '../../matcher/build-pattern';
import { fold, isAcronym } from '../../matcher/fold';
import { matchTermsOf } from '../citations';
import type { AliasTarget, IndexedEntry, IndexedFigure, MatcherIndex } from '../matcher-index';
import type { CompiledDataset, Entry, Figure, Source } from '../schema';

/** Newest as-of date plus a hash of the content: it changes whenever any fact does. */
export function datasetVersion(entries: Entry[], sources: Source[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ entries, sources })).digest('hex').slice(0, 8);
  const newest =
    entries
      .map((e) => e.asOf)
      .sort()
      .at(-1) ?? '0000-00-00';
  return `${newest}+${hash}`;
}

export function compileDataset(entries: Entry[], sources: Source[]): { index: MatcherIndex; full: CompiledDataset } {
  const version = datasetVersion(entries, sources);
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
  const aliases: Record<string, AliasTarget> = {};
  const terms: string[] = [];
  sorted.forEach((entry, position) => {
    for (const alias of matchTermsOf(entry)) {
      const key = fold(alias);
      const target = aliases[key] ?? { entries: [] };
      if (!target.entries.includes(position)) target.entries.push(position);
      if (isAcronym(alias) && !target.exactCase?.includes(alias)) target.exactCase = [...(target.exactCase ?? []), alias];
      aliases[key] = target;
      terms.push(alias);
    }
  });
  return {
    index: {
      version,
      pattern: combinedPattern(terms),
      aliases,
      entries: sorted.map(indexEntry),
      figures: sorted.flatMap((entry, position) => (entry.figure ? [indexFigure(entry.figure, position)] : [])),
      gate: combinedPattern(sorted.filter(isStrong).flatMap(matchTermsOf)),
    },
    full: { version, entries: sorted, sources: Object.fromEntries(sources.map((s) => [s.id, s])) },
  };
}

function indexEntry({ id, kind, name, ambiguity }: Entry): IndexedEntry {
  return ambiguity ? { id, kind, name, ambiguous: true, context: combinedPattern(ambiguity.context) } : { id, kind, name };
}

const isPercent = (unit: string) => /%|percent|per cent/i.test(unit);

function indexFigure(figure: Figure, entry: number): IndexedFigure {
  return {
    entry,
    values: figure.values.map(({ value }) => (typeof value === 'number' ? [value, value] : [value.min, value.max])),
    tolerance: figure.tolerance,
    percent: isPercent(figure.unit),
    context: combinedPattern(figure.context),
  };
}

/** Names that on their own point at the talks: not ambiguous, not a figure, not a correction phrase. */
export const isStrong = (entry: Entry) => !entry.ambiguity && entry.kind !== 'figure' && entry.kind !== 'correction';
