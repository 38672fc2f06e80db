// Every underline colour of the underline stylesheet stays visible on light and dark pages alike: 3:1 (WCAG's
// non-text contrast) against white and against #1e1e1e, a common dark page background.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '@/src/dataset/kinds';
import { highlightName } from '@/src/overlay/highlight-names';

const css = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/underlines.content.css'), 'utf8');

const luminance = (hex: string): number => {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('highlight underline colours', () => {
  // Each kind's own rule (the shared rule above them lists every name and sets no colour).
  const colours = KINDS.map((kind) => {
    const rules = [...css.matchAll(new RegExp(`::highlight\\(${highlightName(kind)}\\)\\s*\\{([^}]*)\\}`, 'g'))];
    const hex = rules.map((rule) => /text-decoration-color:\s*#([0-9a-f]{6})/i.exec(rule[1] ?? '')?.[1]).find(Boolean);
    return [kind, hex ?? ''] as const;
  });

  it('gives every kind its own colour', () => {
    for (const [kind, hex] of colours) expect(hex, kind).toMatch(/^[0-9a-f]{6}$/i);
  });

  it.each(['ffffff', '1e1e1e'])('keeps 3:1 against #%s', (page) => {
    const weak = colours
      .filter(([, hex]) => contrast(hex, page) < 3)
      .map(([kind, hex]) => `${kind} #${hex}: ${contrast(hex, page).toFixed(2)}`);
    expect(weak).toEqual([]);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('ffffff', '000000')).toBeCloseTo(21, 5);
    expect(contrast('7b3fa0', '1e1e1e')).toBeLessThan(3);
  });
});
