// The highlight style setting is switched by which highlight names are registered: nothing is added to the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import index from 'virtual:gtc/matcher-index';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KINDS } from '@/src/dataset/kinds';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { ALL_HIGHLIGHT_NAMES, FLASH_HIGHLIGHT, highlightName } from '@/src/overlay/highlight-names';
import { Painter } from '@/src/overlay/painter';
import { scanPage } from '@/src/scan/scan-page';

// happy-dom has no CSS Custom Highlight API: a registry that keeps what is set is enough here.
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

describe('highlight names per style', () => {
  it('keeps the underline names and gives the background style names of its own', () => {
    expect(highlightName('person')).toBe('gaza-talks-context-person');
    expect(highlightName('person', 'underline')).toBe('gaza-talks-context-person');
    expect(highlightName('person', 'background')).toBe('gaza-talks-context-background-person');
    expect(highlightName('person', 'tint')).toBe('gaza-talks-context-tint-person');
    expect(new Set(ALL_HIGHLIGHT_NAMES).size).toBe(3 * KINDS.length);
    expect(ALL_HIGHLIGHT_NAMES).not.toContain(FLASH_HIGHLIGHT);
  });

  it('styles every name in the highlight stylesheet: underlines for one style, fills without underline for the other', () => {
    const fills = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/highlights.content.css'), 'utf8');
    const underlines = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/underlines.content.css'), 'utf8');
    const css = `${fills}\n${underlines}`;
    for (const name of ALL_HIGHLIGHT_NAMES) expect(css, name).toContain(`::highlight(${name})`);
    // The sheet on every page holds no decoration: a decorated ::highlight() rule slows the styling of a whole page.
    expect(fills.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/text-decoration|text-underline/);
    for (const kind of KINDS) {
      const rule = new RegExp(`::highlight\\(${highlightName(kind, 'background')}\\)[^{]*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      expect(rule, kind).toMatch(/background-color: rgba\([^)]*0\.\d+\)/);
      if (kind !== 'correction') expect(rule, kind).not.toMatch(/text-decoration/);
      // Long pages' tint: fills only, a correction's too (a decorated highlight costs a whole-page repaint).
      const tint = [...css.matchAll(new RegExp(`::highlight\\(${highlightName(kind, 'tint')}\\)[^{]*\\{([^}]*)\\}`, 'g'))]
        .map((m) => m[1])
        .join('');
      expect(tint, kind).toMatch(/background-color: rgba\([^)]*0\.\d+\)/);
      expect(tint, kind).not.toMatch(/text-decoration/);
    }
  });
});

describe('Painter and the highlight style', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('CSS', {
      highlights: {
        set: (name: string, h: FakeHighlight) => registry.set(name, h),
        delete: (name: string) => registry.delete(name),
        has: (name: string) => registry.has(name),
      },
    });
    vi.stubGlobal('Highlight', FakeHighlight);
  });
  afterEach(() => vi.unstubAllGlobals());

  const sizes = () => Object.fromEntries([...registry].map(([name, h]) => [name, h.ranges.length]));

  it('moves the same ranges between the underline and background names, and back', async () => {
    document.body.replaceChildren(document.createRange().createContextualFragment('<p>Hamas and Steve Witkoff met in Doha.</p>'));
    const findings = await scanPage(document.body, createPageMatcher(index));
    const painter = new Painter(window, new AbortController().signal);
    painter.paint(findings, 'every', 'underline');
    const underline = sizes();
    expect(Object.keys(underline).length).toBeGreaterThan(1);
    expect(Object.keys(underline).every((name) => !name.includes('-background-'))).toBe(true);

    painter.paint(findings, 'every', 'background');
    const background = sizes();
    expect(Object.keys(background).every((name) => name.startsWith('gaza-talks-context-background-'))).toBe(true);
    expect(Object.values(background)).toEqual(Object.values(underline));
    const kindOf = (name: string) => name.replace('gaza-talks-context-background-', '').replace('gaza-talks-context-', '');
    expect(Object.keys(background).map(kindOf)).toEqual(Object.keys(underline).map(kindOf));

    painter.paint(findings, 'every', 'underline');
    expect(sizes()).toEqual(underline);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});
