// Chromium's build writes our highlight rules on :root alone (scripts/vite-highlight-inheritance.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightsOnRoot, onRoot } from '@/scripts/vite-highlight-inheritance';

const sheet = (name: string) => readFileSync(resolve('entrypoints', name), 'utf8');
const selectors = (css: string) =>
  [...css.matchAll(/([^{}]*)\{/g)].flatMap((m) => (m[1] ?? '').replace(/\/\*[\s\S]*?\*\//g, '').split(','));

describe('highlight rules on :root', () => {
  it('scopes every bare ::highlight() selector of both sheets to :root, and only the selectors', () => {
    for (const name of ['highlights.content.css', 'underlines.content.css']) {
      const css = sheet(name);
      const rooted = onRoot(css);
      const before = selectors(css)
        .map((s) => s.trim())
        .filter(Boolean);
      const after = selectors(rooted)
        .map((s) => s.trim())
        .filter(Boolean);
      expect(before.filter((s) => s.startsWith('::highlight(')).length, name).toBeGreaterThan(5);
      // Any other rule (the card host's, in highlights.content.css) keeps its selector.
      expect(after).toEqual(before.map((s) => (s.startsWith('::highlight(') ? `:root${s}` : s)));
      // Declarations and comments are untouched.
      expect(rooted.replace(/:root::highlight\(/g, '::highlight(')).toBe(css);
    }
  });

  it('leaves scoped selectors and a second pass alone', () => {
    expect(onRoot('p::highlight(a){}\n::highlight(b),\n::highlight(c) {}')).toBe(
      'p::highlight(a){}\n:root::highlight(b),\n:root::highlight(c) {}',
    );
    expect(onRoot(onRoot('::highlight(a){}'))).toBe(':root::highlight(a){}');
  });

  it('transforms our sheets in the Chromium build only, and fails loudly on a sheet without rules', () => {
    const plugin = highlightsOnRoot('chrome');
    const transform = plugin.transform as (this: { error: (m: string) => never }, code: string, id: string) => { code: string } | undefined;
    const ctx = {
      error: (message: string): never => {
        throw new Error(message);
      },
    };
    const id = '/repo/entrypoints/highlights.content.css?inline';
    expect(transform.call(ctx, '::highlight(a){}', id)?.code).toBe(':root::highlight(a){}');
    expect(transform.call(ctx, '::highlight(a){}', '/repo/src/card/card.css')).toBeUndefined();
    expect(() => transform.call(ctx, 'p{}', id)).toThrow(/no ::highlight\(\) rule/);
    const firefox = highlightsOnRoot('firefox').transform as typeof transform;
    expect(firefox.call(ctx, '::highlight(a){}', id)).toBeUndefined();
  });
});
