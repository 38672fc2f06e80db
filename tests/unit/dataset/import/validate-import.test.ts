import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { MAX_TEXT_CHARS } from '@/src/dataset/import/compiled-schema';
import { checkImportSize, type ImportResult, MAX_IMPORT_BYTES, validateDatasetText } from '@/src/dataset/import/validate-import';
import { validDataset } from './valid-dataset';

const errorsOf = (result: ImportResult) => (result.ok ? [] : result.errors);

describe('validateDatasetText', () => {
  it('accepts the bundled dataset as the build compiles it', () => {
    // Compiled in-test, not read from .output/, so the test needs no build.
    const { full } = compileFromDisk();
    const result = validateDatasetText(JSON.stringify(full));
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.entries.length).toBe(full.entries.length);
  });

  it('accepts a small dataset and returns it parsed', () => {
    const dataset = validDataset();
    const result = validateDatasetText(JSON.stringify(dataset));
    expect(result).toEqual({ ok: true, dataset });
  });

  it('fills in defaults the file leaves out', () => {
    const file = {
      version: 'v1',
      entries: [
        { id: 'person-a', kind: 'person', name: 'A', summary: 'S.', sources: [{ source: 'src' }], asOf: '2025-10', status: 'verified' },
      ],
      sources: { src: { id: 'src', publisher: 'P', title: 'T', url: 'https://example.org/' } },
    };
    const result = validateDatasetText(JSON.stringify(file));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.entries[0]).toMatchObject({ aliases: [], keywords: [], caveats: [], perspectives: [], related: [] });
    expect(result.dataset.sources.src).toMatchObject({ titleApproximate: false, dateApproximate: false });
  });

  it.each([
    ['an ampersand', 'AT&T'],
    ['a less-than sign between words', 'a < b'],
    ['a less-than sign before a digit', 'fewer than <5 trucks'],
    ['an Arabic name', 'خليل الحية'],
    ['a Hebrew name', 'רון דרמר'],
    ['a right-to-left mark, which is not an embedding', 'Hamas\u200F'],
    ['a zero-width non-joiner, which Persian needs', 'می\u200Cخواهم'],
    ['an emoji joined by a zero-width joiner', 'Team \u{1F469}\u200D\u{1F4BB}'],
  ])('treats %s as plain text', (_label, text) => {
    const dataset = validDataset();
    const [first] = dataset.entries;
    if (!first) throw new Error('fixture has entries');
    first.name = text;
    first.summary = `Said ${text}.`;
    first.caveats = [text];
    const publisher = dataset.sources['wire-story'];
    if (publisher) publisher.publisher = text;
    expect(errorsOf(validateDatasetText(JSON.stringify(dataset)))).toEqual([]);
  });

  it('resolves related ids against known ids when extending', () => {
    const dataset = validDataset();
    dataset.entries[0]?.related.push('org-hamas');
    const text = JSON.stringify(dataset);
    expect(errorsOf(validateDatasetText(text))).toEqual(["entries[0].related[1]: unknown entry id 'org-hamas'"]);
    expect(validateDatasetText(text, { knownEntryIds: new Set(['org-hamas']) }).ok).toBe(true);
  });

  it('reports each problem as one `path: message` line', () => {
    const dataset = validDataset();
    const entry = dataset.entries[1];
    if (!entry?.figure?.values[0]) throw new Error('fixture has a figure');
    entry.figure.values[0].sources[0] = { source: 'nowhere' };
    dataset.entries.push({ ...structuredClone(entry), name: 'Copy' });
    expect(errorsOf(validateDatasetText(JSON.stringify(dataset)))).toEqual([
      "entries[3].id: duplicate id 'figure-killed' (also entries[1])",
      "entries[1].figure.values[0].sources[0].source: unknown source id 'nowhere'",
      "entries[3].figure.values[0].sources[0].source: unknown source id 'nowhere'",
    ]);
  });

  it('reports text problems together with shape problems', () => {
    const file = validDataset();
    Object.assign(file, { version: 7 });
    const [first] = file.entries;
    if (first) first.name = '<b>Bold</b>';
    expect(errorsOf(validateDatasetText(JSON.stringify(file)))).toEqual([
      'version: Invalid input: expected string, received number',
      'entries[0].name: must be plain text, not HTML',
    ]);
  });

  it('says a field left out is missing, not "received undefined"', () => {
    const file = validDataset();
    const [first] = file.entries;
    if (first) Reflect.deleteProperty(first, 'name');
    expect(errorsOf(validateDatasetText(JSON.stringify(file)))).toEqual(['entries[0].name: missing (this field is required)']);
  });

  it('names a character no reader would see by its code point, and a text past the limit by its length', () => {
    const file = validDataset();
    const [first] = file.entries;
    if (first) {
      first.name = 'Ahmad\u200BExample';
      first.summary = `Broken \uD83D text.`;
      first.details = 'x'.repeat(MAX_TEXT_CHARS + 1);
    }
    expect(errorsOf(validateDatasetText(JSON.stringify(file)))).toEqual([
      'entries[0].name: must not contain invisible, control or broken characters (U+200B)',
      'entries[0].summary: must not contain invisible, control or broken characters (U+D83D)',
      `entries[0].details: must be at most ${MAX_TEXT_CHARS} characters (this is ${MAX_TEXT_CHARS + 1})`,
    ]);
  });

  it('names an unknown field at its own path', () => {
    const file = { ...validDataset(), comment: 'x' };
    expect(errorsOf(validateDatasetText(JSON.stringify(file)))).toEqual(['comment: unknown field (not part of the format)']);
  });

  it('caps the list at 50 errors and says how many more there are', () => {
    const dataset = validDataset();
    const file = { ...dataset, entries: Array.from({ length: 60 }, (_, i) => ({ ...dataset.entries[2], id: `Bad ${i}` })) };
    const errors = errorsOf(validateDatasetText(JSON.stringify(file)));
    expect(errors).toHaveLength(51);
    expect(errors[0]).toMatch(/^entries\[0\]\.id: expected a kebab-case id/);
    expect(errors.at(-1)).toBe('… and 10 more');
  });

  it('quotes the JSON parser', () => {
    const [error] = errorsOf(validateDatasetText('{"version": '));
    expect(error).toMatch(/^file: not valid JSON \(.+\)$/);
  });
});

describe('checkImportSize', () => {
  it('accepts up to 5 MB and names both sizes beyond', () => {
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
    expect(checkImportSize(0)).toBeUndefined();
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(checkImportSize(Math.round(7.2 * 1024 * 1024))).toBe('the file is 7.2 MB; the limit is 5 MB');
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toBe('the file is 5.1 MB; the limit is 5 MB');
  });

  it('also guards text that did not come from a file', () => {
    const errors = errorsOf(validateDatasetText(' '.repeat(MAX_IMPORT_BYTES + 1)));
    expect(errors).toEqual(['file: the file is 5.1 MB; the limit is 5 MB']);
  });
});
