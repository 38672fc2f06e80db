import { describe, expect, it } from 'vitest';
import { entryCount, summariseFindings } from '@/src/content/summarise-findings';
import type { Mention } from '@/src/scan/mention';

const mention = (id: string, text = id): Mention =>
  ({ entry: { id, kind: 'person', name: id.toUpperCase() }, text, licensed: true }) as unknown as Mention;

describe('summariseFindings and entryCount', () => {
  it('one line per entry in order of first mention, with its count; entryCount is the number of lines', () => {
    const mentions = [mention('a'), mention('b'), mention('a', 'A.'), mention('c'), mention('b'), mention('a')];
    const lines = summariseFindings(mentions);
    expect(lines.map((l) => [l.id, l.count, l.text])).toEqual([
      ['a', 3, 'a'],
      ['b', 2, 'b'],
      ['c', 1, 'c'],
    ]);
    expect(entryCount(mentions)).toBe(3);
    expect(entryCount([])).toBe(0);
    expect(entryCount(mentions.slice(0, 1))).toBe(1);
  });

  it('agree on many mentions of few entries', () => {
    const mentions = Array.from({ length: 5000 }, (_, i) => mention(`e${(i * 7) % 97}`));
    expect(entryCount(mentions)).toBe(summariseFindings(mentions).length);
    expect(entryCount(mentions)).toBe(97);
  });
});
