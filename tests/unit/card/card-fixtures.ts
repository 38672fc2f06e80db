// Small hand-made entries for card tests: each test changes only what it is about.
import type { EntryView } from '@/src/dataset/entry-view';
import type { Entry, FigureValue, Source } from '@/src/dataset/schema';

export function source(id: string, overrides: Partial<Source> = {}): Source {
  return {
    id,
    publisher: `Publisher ${id}`,
    title: `Title ${id}`,
    titleApproximate: false,
    date: '2025-10-08',
    dateApproximate: false,
    url: `https://example.org/${id}`,
    ...overrides,
  };
}

export function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'event-test',
    kind: 'event',
    name: 'Test summit',
    aliases: [],
    keywords: [],
    summary: 'Leaders met at a test summit.',
    sources: [{ source: 's1' }],
    caveats: [],
    perspectives: [],
    asOf: '2025-10-08',
    status: 'verified',
    related: [],
    ...overrides,
  };
}

export function view(e: Partial<Entry> = {}, more: Partial<EntryView> = {}): EntryView {
  return {
    version: '2025-10-13+abc12345',
    entry: entry(e),
    sources: { s1: source('s1') },
    related: [],
    ...more,
  };
}

export function value(v: FigureValue['value'], reporter: string, asOf: string, overrides: Partial<FigureValue> = {}): FigureValue {
  return { value: v, approximate: false, reporter, asOf, asOfApproximate: false, sources: [{ source: 's1' }], ...overrides };
}

export function figureView(values: FigureValue[]): EntryView {
  return view({
    id: 'fig-test',
    kind: 'figure',
    name: 'People killed in a test',
    figure: { unit: 'people', counts: 'deaths recorded', tolerance: 0.02, context: ['killed'], nouns: [], forms: [], values },
  });
}
