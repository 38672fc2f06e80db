import index from 'virtual:gtc/matcher-index';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { Painter } from '@/src/overlay/painter';
import { scanPage } from '@/src/scan/scan-page';

// happy-dom has no CSS Custom Highlight API: a registry that counts what is set is enough here.
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

describe('Painter', () => {
  let registry: Map<string, FakeHighlight>;
  let sets: number;
  beforeEach(() => {
    registry = new Map();
    sets = 0;
    const highlights = {
      set: (name: string, h: FakeHighlight) => {
        sets++;
        registry.set(name, h);
      },
      delete: (name: string) => registry.delete(name),
      has: (name: string) => registry.has(name),
    };
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', FakeHighlight);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('does not set the same ranges again (each set costs the page a repaint), but restores what the page cleared', async () => {
    document.body.replaceChildren(document.createRange().createContextualFragment('<p>Hamas and Steve Witkoff met.</p>'));
    const findings = await scanPage(document.body, createPageMatcher(index));
    const painter = new Painter(window, new AbortController().signal);
    painter.paint(findings, 'every');
    const first = sets;
    expect(first).toBeGreaterThan(0);
    painter.paint([...findings], 'every');
    expect(sets).toBe(first);
    // The page cleared every highlight: the same findings are painted again.
    registry.clear();
    painter.paint(findings, 'every');
    expect(sets).toBe(2 * first);
    // Fewer findings: set again.
    painter.paint(findings.slice(0, 1), 'every');
    expect(sets).toBeGreaterThan(2 * first);
  });

  it('restore() puts back only what the page removed, and does nothing while the paint is intact', async () => {
    document.body.replaceChildren(document.createRange().createContextualFragment('<p>Hamas and Steve Witkoff met.</p>'));
    const findings = await scanPage(document.body, createPageMatcher(index));
    const painter = new Painter(window, new AbortController().signal);
    painter.paint(findings, 'every');
    const names = [...registry.keys()].sort();
    const before = sets;
    expect(painter.restore()).toBe(false);
    expect(sets).toBe(before);
    const [removed] = names;
    if (!removed) throw new Error('nothing painted');
    registry.delete(removed);
    expect(painter.restore()).toBe(true);
    expect([...registry.keys()].sort()).toEqual(names);
    // Cleared paint stays cleared: nothing to restore.
    painter.clear();
    expect(painter.restore()).toBe(false);
    expect(registry.size).toBe(0);
  });
});
