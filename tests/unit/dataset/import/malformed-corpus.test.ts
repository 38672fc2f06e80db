// Malformed files made from a valid one by named and systematic changes (tests/support/malformed): each must
// fail, and fail at the right path.
import { describe, expect, it } from 'vitest';
import { validateDatasetText } from '@/src/dataset/import/validate-import';
import { malformedDatasetImports } from '../../../support/malformed/dataset-corpus';

const corpus = malformedDatasetImports();

describe('malformed dataset files', () => {
  it('has at least 200 distinct cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map(({ name }) => name)).size).toBe(corpus.length);
    expect(new Set(corpus.map(({ text }) => text)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('rejects %s at its path', (_name, { text, path, messagePart }) => {
    const result = validateDatasetText(text);
    if (result.ok) throw new Error('accepted a malformed file');
    expect(result.errors.length).toBeGreaterThanOrEqual(1);
    const named = result.errors.filter((e) => e.startsWith(`${path}: `));
    expect(named, result.errors.join('\n')).not.toEqual([]);
    if (messagePart)
      expect(
        named.some((e) => e.includes(messagePart)),
        result.errors.join('\n'),
      ).toBe(true);
  });
});
