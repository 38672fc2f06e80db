// The numbers a reviewer of the dataset wants: counts by kind and status, sources per outlet, the oldest
// as-of per figure (what most needs refreshing).
import { citationsOf } from '../citations';
import type { Entry, Source } from '../schema';

export interface DataReport {
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  sourcesPerOutlet: [string, number][];
  figures: { id: string; oldestAsOf: string; newestAsOf: string; values: number }[];
  /** Sources with no date: each page should be re-read for one (leave it out only where the page has none). */
  undated: { id: string; url: string }[];
}

export function dataReport(entries: Entry[], sources: Source[]): DataReport {
  const count = (keys: string[]) => {
    const out: Record<string, number> = {};
    for (const k of keys) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  const cited = new Set(entries.flatMap((e) => citationsOf(e).map((c) => c.source)));
  const outlets = count(sources.filter((s) => cited.has(s.id)).map((s) => (s.outlet ? `${s.outlet} (via ${s.publisher})` : s.publisher)));
  return {
    byKind: count(entries.map((e) => e.kind)),
    byStatus: count(entries.map((e) => e.status)),
    sourcesPerOutlet: Object.entries(outlets).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    figures: entries
      .flatMap((e) => (e.figure ? [{ id: e.id, dates: e.figure.values.map((v) => v.asOf).sort() }] : []))
      .map(({ id, dates }) => ({ id, oldestAsOf: dates[0] ?? '', newestAsOf: dates.at(-1) ?? '', values: dates.length }))
      .sort((a, b) => a.newestAsOf.localeCompare(b.newestAsOf)),
    undated: sources.filter((s) => s.date === undefined).map(({ id, url }) => ({ id, url })),
  };
}
