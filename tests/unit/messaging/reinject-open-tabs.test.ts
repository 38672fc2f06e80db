// Chromium's open tabs get the manifest's scripts on an install or update, and after the extension was turned off
// and on again (no event says so: a first start of a session that no install or browser-start event explains).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reinjectOnUpdate } from '@/src/messaging/reinject-open-tabs';

const MANIFEST = {
  content_scripts: [{ matches: ['<all_urls>'], js: ['content-scripts/content.js'], css: ['content-scripts/highlights.css'] }],
};

describe('reinjectOnUpdate (Chromium)', () => {
  let injected: ReturnType<typeof vi.fn>;
  /** Open tabs: one script each (the fake browser starts with a tab of its own). */
  let open: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(MANIFEST as unknown as ReturnType<typeof fakeBrowser.runtime.getManifest>);
    injected = vi.fn(async () => []);
    Object.assign(fakeBrowser.scripting, { executeScript: injected, insertCSS: vi.fn(async () => undefined) });
    await fakeBrowser.tabs.create({ url: 'https://example.org/news' });
    await fakeBrowser.tabs.create({ url: 'https://example.org/other' });
    open = (await fakeBrowser.tabs.query({})).length;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives the open tabs the scripts at a first start of the session that nothing explains (turned on again)', async () => {
    reinjectOnUpdate();
    await vi.advanceTimersByTimeAsync(1100);
    expect(injected).toHaveBeenCalledTimes(open);
    expect(await fakeBrowser.storage.session.get('started')).toEqual({ started: true });
  });

  it('leaves them alone when the browser started (its tabs run the scripts themselves)', async () => {
    reinjectOnUpdate();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.advanceTimersByTimeAsync(1100);
    expect(injected).not.toHaveBeenCalled();
  });

  it('leaves them alone at a later start of the worker in the same session', async () => {
    await fakeBrowser.storage.session.set({ started: true });
    reinjectOnUpdate();
    await vi.advanceTimersByTimeAsync(1100);
    expect(injected).not.toHaveBeenCalled();
  });

  it('gives them the scripts once on an update, not again for the first start it explains', async () => {
    reinjectOnUpdate();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '1.0.0' });
    await vi.advanceTimersByTimeAsync(1100);
    expect(injected).toHaveBeenCalledTimes(open);
  });
});
