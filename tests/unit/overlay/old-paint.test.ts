import { describe, expect, test } from 'vitest';
import { ALL_HIGHLIGHT_NAMES, FLASH_HIGHLIGHT } from '../../../src/overlay/highlight-names';
import { forgetOldPaint, markEngineStarted } from '../../../src/overlay/old-paint';

/** A registry holding our names and one of the page's own: only `delete` by name is used (Firefox's wrapper has no iterators). */
function registry(names: string[]) {
  const held = new Set(names);
  return {
    held,
    value: { delete: (name: string) => held.delete(name) } as unknown as HighlightRegistry,
  };
}

describe('forgetOldPaint', () => {
  test("removes every name of ours an older copy left, in every style, and keeps the page's own", () => {
    const ours = [...ALL_HIGHLIGHT_NAMES, FLASH_HIGHLIGHT];
    const { held, value } = registry([...ours, 'page-search-hit']);
    expect(forgetOldPaint(value, {})).toBe(true);
    expect([...held]).toEqual(['page-search-hit']);
    // Each style of each kind was among them (underline, background, tint).
    expect(ours).toEqual(
      expect.arrayContaining(['gaza-talks-context-person', 'gaza-talks-context-background-figure', 'gaza-talks-context-tint-correction']),
    );
  });

  test("leaves the paint alone where this copy's engine runs (its own first paint replaces what was there)", () => {
    const world = {};
    markEngineStarted(world);
    const { held, value } = registry(['gaza-talks-context-person']);
    expect(forgetOldPaint(value, world)).toBe(false);
    expect([...held]).toEqual(['gaza-talks-context-person']);
  });

  test('does nothing where the browser has no highlight registry', () => {
    expect(forgetOldPaint(undefined, {})).toBe(false);
  });
});
