// What the options page says about a dataset: its version, its entries by kind, and its as-of date range.
import { KINDS, type Kind } from './kinds';
import type { CompiledDataset } from './schema';

export interface DatasetFacts {
  version: string;
  total: number;
  byKind: Record<Kind, number>;
  newest: string | undefined;
  oldest: string | undefined;
}

export function datasetFacts(dataset: CompiledDataset): DatasetFacts {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  let newest: string | undefined;
  let oldest: string | undefined;
  for (const entry of dataset.entries) {
    byKind[entry.kind] += 1;
    if (!newest || entry.asOf > newest) newest = entry.asOf;
    if (!oldest || entry.asOf < oldest) oldest = entry.asOf;
  }
  return { version: dataset.version, total: dataset.entries.length, byKind, newest, oldest };
}
