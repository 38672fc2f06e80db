import { describe, expect, it } from 'vitest';
import { diffDatasets } from '@/src/dataset/import/diff-datasets';
import { mergeDatasets } from '@/src/dataset/import/merge-datasets';
import type { CompiledDataset, Entry, Source } from '@/src/dataset/schema';
import { validDataset } from './valid-dataset';

function entryAt(dataset: CompiledDataset, i: number): Entry {
  const entry = dataset.entries[i];
  if (!entry) throw new Error(`no entry ${i}`);
  return entry;
}

function sourceAt(dataset: CompiledDataset, id: string): Source {
  const source = dataset.sources[id];
  if (!source) throw new Error(`no source ${id}`);
  return source;
}

const person = (id: string, name: string): Entry => ({ ...entryAt(validDataset(), 0), id, name, related: [] });

describe('diffDatasets', () => {
  it('finds nothing between equal datasets', () => {
    expect(diffDatasets(validDataset(), validDataset())).toEqual({ added: [], changed: [], removed: [] });
  });

  it('lists added, changed and removed entries by name, sorted', () => {
    const current = validDataset();
    const next = validDataset();
    entryAt(next, 1).summary = 'A new summary.';
    next.entries.splice(2, 1);
    next.entries.push(person('person-zed', 'Zed Person'), person('person-abe', 'Abe Person'));
    expect(diffDatasets(current, next)).toEqual({
      added: ['Abe Person', 'Zed Person'],
      changed: ['People killed'],
      removed: ['The truce date'],
    });
  });

  it('compares by id, so a renamed entry is changed, not added and removed', () => {
    const next = validDataset();
    entryAt(next, 0).name = 'Renamed';
    expect(diffDatasets(validDataset(), next)).toEqual({ added: [], changed: ['Renamed'], removed: [] });
  });

  it('ignores the order of keys', () => {
    const next = validDataset();
    next.entries = next.entries.map((e) => Object.fromEntries(Object.entries(e).reverse()) as Entry);
    expect(diffDatasets(validDataset(), next).changed).toEqual([]);
  });
});

describe('mergeDatasets', () => {
  const bundled = validDataset();
  const imported: CompiledDataset = {
    version: 'mine-1',
    entries: [person('person-aaron', 'Aaron Imported'), { ...entryAt(validDataset(), 0), summary: 'Imported summary.' }],
    sources: {
      'wire-story': { ...sourceAt(validDataset(), 'wire-story'), publisher: 'Imported Wire' },
      mine: { ...sourceAt(validDataset(), 'other-page'), id: 'mine', url: 'https://example.net/mine' },
    },
  };

  it('replace: the imported dataset as it is', () => {
    expect(mergeDatasets(bundled, imported, 'replace')).toEqual(imported);
  });

  it('extend: adds entries, an imported id overriding the bundled one, sorted by id', () => {
    const merged = mergeDatasets(bundled, imported, 'extend');
    expect(merged.entries.map((e) => e.id)).toEqual(['correction-date', 'figure-killed', 'person-aaron', 'person-example']);
    expect(merged.entries.find((e) => e.id === 'person-example')?.summary).toBe('Imported summary.');
    expect(merged.entries.find((e) => e.id === 'figure-killed')).toEqual(entryAt(bundled, 1));
  });

  it('extend: merges sources, the imported one winning a clash', () => {
    const merged = mergeDatasets(bundled, imported, 'extend');
    expect(Object.keys(merged.sources).sort()).toEqual(['mine', 'other-page', 'wire-story']);
    expect(merged.sources['wire-story']?.publisher).toBe('Imported Wire');
  });

  it('extend: names both versions', () => {
    expect(mergeDatasets(bundled, imported, 'extend').version).toBe('2025-10-08+test+mine-1');
  });

  it('leaves both inputs unchanged', () => {
    const before = JSON.stringify([bundled, imported]);
    mergeDatasets(bundled, imported, 'extend');
    expect(JSON.stringify([bundled, imported])).toBe(before);
  });

  it('agrees with diffDatasets on what an extension adds and changes', () => {
    const diff = diffDatasets(bundled, mergeDatasets(bundled, imported, 'extend'));
    expect(diff).toEqual({ added: ['Aaron Imported'], changed: ['Ahmad Example'], removed: [] });
  });
});
