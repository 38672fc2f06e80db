import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset, datasetVersion } from '@/src/dataset/build/compile';
import { loadDataset } from '@/src/dataset/build/load-data';

const { entries, sources } = loadDataset(resolve('data'));

describe('compileDataset', () => {
  const { index, full } = compileDataset(entries, sources);

  it('keeps full texts out of the matcher index', () => {
    const json = JSON.stringify(index);
    for (const entry of entries) expect(json).not.toContain(entry.summary);
    expect(index.entries.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('versions the dataset by newest as-of date and content hash', () => {
    expect(index.version).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{8}$/);
    expect(full.version).toBe(index.version);
    const changed = entries.map((e, i) => (i === 0 ? { ...e, summary: `${e.summary} Changed.` } : e));
    expect(datasetVersion(changed, sources)).not.toBe(index.version);
  });

  it('resolves every cited source in the full asset', () => {
    for (const entry of full.entries) for (const c of entry.sources) expect(full.sources[c.source]).toBeDefined();
  });
});
