// Small synthetic datasets for unit tests: independent of data/, which changes as facts do.
import { compileDataset } from '../../src/dataset/build/compile';
import type { Entry, Figure, Kind, Source } from '../../src/dataset/schema';

export const SOURCE: Source = {
  id: 'src',
  publisher: 'Wire',
  title: 'Title',
  titleApproximate: false,
  date: '2025-10-08',
  dateApproximate: false,
  url: 'https://example.org/story',
};

interface EntryOptions {
  kind?: Kind;
  context?: string[];
  figure?: Partial<Figure> & Pick<Figure, 'values'>;
  correction?: Entry['correction'];
  generic?: Entry['generic'];
  falseFriends?: Partial<NonNullable<Entry['falseFriends']>>;
  broad?: true;
}

export function entry(id: string, names: string[], options: EntryOptions = {}): Entry {
  const kind = options.kind ?? (options.figure ? 'figure' : options.correction ? 'correction' : 'person');
  return {
    id,
    kind,
    name: names[0] ?? id,
    aliases: names.slice(1),
    keywords: [],
    ...(options.context ? { ambiguity: { note: 'also means something else', context: options.context } } : {}),
    summary: 'summary',
    sources: [{ source: 'src' }],
    caveats: [],
    perspectives: [],
    asOf: '2025-10-08',
    status: 'verified',
    related: [],
    ...(options.figure
      ? { figure: { unit: 'people', counts: 'c', tolerance: 0.02, context: ['killed'], nouns: [], forms: [], ...options.figure } }
      : {}),
    ...(options.correction ? { correction: options.correction } : {}),
    ...(options.generic ? { generic: options.generic } : {}),
    ...(options.broad ? { broad: true as const } : {}),
    ...(options.falseFriends
      ? { falseFriends: { note: 'also names something else', phrases: [], context: [], ...options.falseFriends } }
      : {}),
  };
}

export const value = (n: number | { min: number; max: number }, asOf = '2025-10-07') => ({
  value: n,
  approximate: false,
  reporter: 'Reporter',
  asOf,
  asOfApproximate: false,
  sources: [{ source: 'src' }],
});

export function fixtureIndex(entries: Entry[]) {
  return compileDataset(entries, [SOURCE]).index;
}
