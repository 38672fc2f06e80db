import { describe, expect, it } from 'vitest';
import { dataReport } from '@/src/dataset/build/data-report';
import type { Entry, Source } from '@/src/dataset/schema';

const source = (id: string, publisher: string, outlet?: string): Source => ({
  id,
  publisher,
  outlet,
  title: 't',
  titleApproximate: false,
  dateApproximate: false,
  url: `https://example.org/${id}`,
});

const base = { aliases: [], keywords: [], summary: 's', caveats: [], perspectives: [], related: [] };
const entries: Entry[] = [
  { ...base, id: 'person-a', kind: 'person', name: 'A', sources: [{ source: 'wire' }], asOf: '2025-10-08', status: 'verified' },
  {
    ...base,
    id: 'fig-b',
    kind: 'figure',
    name: 'B',
    sources: [{ source: 'paper' }],
    asOf: '2026-01-12',
    status: 'partly-verified',
    figure: {
      unit: 'people',
      counts: 'c',
      tolerance: 0.02,
      nouns: [],
      context: ['killed'],
      forms: [],
      values: [
        { value: 2, approximate: false, reporter: 'R', asOf: '2026-01-12', asOfApproximate: false, sources: [{ source: 'paper' }] },
        { value: 1, approximate: false, reporter: 'R', asOf: '2025-10-07', asOfApproximate: false, sources: [{ source: 'wire2' }] },
      ],
    },
  },
];

describe('dataReport', () => {
  const report = dataReport(entries, [
    source('wire', 'Daily', 'AP'),
    source('wire2', 'Weekly', 'AP'),
    source('paper', 'Daily'),
    source('unused', 'Nobody'),
    { ...source('dated', 'Daily'), date: '2025-10-08' },
  ]);

  it('counts entries by kind and status', () => {
    expect(report.byKind).toEqual({ person: 1, figure: 1 });
    expect(report.byStatus).toEqual({ verified: 1, 'partly-verified': 1 });
  });

  it('counts cited sources per outlet, naming the host of syndicated copies', () => {
    expect(report.sourcesPerOutlet).toEqual([
      ['AP (via Daily)', 1],
      ['AP (via Weekly)', 1],
      ['Daily', 1],
    ]);
  });

  it('lists the sources with no date, to be re-read for one', () => {
    expect(report.undated.map((u) => u.id)).toEqual(['wire', 'wire2', 'paper', 'unused']);
  });

  it('gives each figure its oldest and newest as-of date', () => {
    expect(report.figures).toEqual([{ id: 'fig-b', oldestAsOf: '2025-10-07', newestAsOf: '2026-01-12', values: 2 }]);
  });
});
