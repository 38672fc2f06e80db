// An imported dataset's index is compiled once and kept in storage; the background compiles it again at
// start-up only when an update changed what it must hold: the bundled entries it extends.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeIndexItem } from '@/src/dataset/active-index';
import { applyImport, refreshActiveIndex } from '@/src/dataset/apply-import';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import type { CompiledDataset } from '@/src/dataset/schema';
import { validDataset } from './import/valid-dataset';

const { full: bundled } = compileFromDisk();
const imported: CompiledDataset = { ...validDataset(), version: 'an-import' };

describe('refreshing the stored index of an import', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await applyImport(bundled, imported, 'extend', 'import.json', new Date('2026-01-02T03:04:05Z'));
  });

  it('leaves an index that is up to date alone', async () => {
    const before = await activeIndexItem.getValue();
    expect(before?.index.entries.length).toBeGreaterThan(bundled.entries.length);
    expect(await refreshActiveIndex(async () => bundled)).toBe(false);
    expect(await activeIndexItem.getValue()).toEqual(before);
  });

  it('compiles again when the bundled dataset it extends has changed', async () => {
    const updated: CompiledDataset = { ...bundled, entries: bundled.entries.slice(1), version: 'bundled-2' };
    expect(await refreshActiveIndex(async () => updated)).toBe(true);
    const after = await activeIndexItem.getValue();
    expect(after?.index.entries.some((e) => e.id === bundled.entries[0]?.id)).toBe(false);
  });

  it('compiles again an index stored in an older format, whose name table would be misread', async () => {
    const current = await activeIndexItem.getValue();
    if (!current) throw new Error('no index stored');
    // Format 1 listed each strong name whole ("kestrel": [["kestrel accord", 0]]) and had no format field.
    const { format: _, ...older } = { ...current, firstWords: JSON.stringify({ kestrel: [['kestrel accord', 0]] }) };
    await activeIndexItem.setValue(older);
    expect(await refreshActiveIndex(async () => bundled)).toBe(true);
    expect(await activeIndexItem.getValue()).toEqual(current);
  });

  it('does not load the bundled dataset when no import is stored (every start of the background)', async () => {
    fakeBrowser.reset();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return bundled;
    };
    expect(await refreshActiveIndex(load)).toBe(false);
    expect(loads).toBe(0);
    expect(await activeIndexItem.getValue()).toBeNull();
  });
});
