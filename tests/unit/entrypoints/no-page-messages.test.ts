// Our content scripts start without posting anything to the page's window (WXT would post a "started"
// message naming our extension id, which every page's message listener could read; docs/privacy.md).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import content from '@/entrypoints/content';
import engine from '@/entrypoints/engine.content';
import importedNames from '@/entrypoints/imported-names.content';

describe('content scripts starting', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const [name, definition] of [
    ['content', content],
    ['engine', engine],
    ['imported-names', importedNames],
  ] as const) {
    it(`${name} posts no message to the page's window`, () => {
      const posted = vi.spyOn(window, 'postMessage');
      const { main: _main, ...options } = definition;
      // What WXT's wrapper does with the definition before calling main.
      const ctx = new ContentScriptContext(name, options);
      expect(posted).not.toHaveBeenCalled();
      ctx.abort();
    });
  }

  it('would post one without the option (the check above can fail)', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext('content', {});
    expect(posted).toHaveBeenCalledTimes(1);
    ctx.abort();
  });
});
