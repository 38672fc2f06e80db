// The page's card: entries and the card's file asked from the background, every card shown with the reader's card settings.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPopover } from '@/src/card/lazy-popover';
import { pageCard } from '@/src/content/page-card';
import type { Finding } from '@/src/scan/finding';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/settings-schema';

const text = document.createTextNode('Hamas');
const finding: Finding = {
  entry: { id: 'org-hamas', kind: 'organisation', name: 'Hamas' },
  text: 'Hamas',
  licensed: true,
  start: { node: text, offset: 0 },
  end: { node: text, offset: 5 },
  nodes: [text],
  order: 0,
};

afterEach(() => vi.restoreAllMocks());

describe('pageCard', () => {
  it("shows and prepares each card with the reader's card settings as they are at that moment", () => {
    const show = vi.spyOn(LazyPopover.prototype, 'show').mockResolvedValue();
    const prepare = vi.spyOn(LazyPopover.prototype, 'prepare').mockImplementation(() => {});
    let settings: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large' };
    const card = pageCard(
      document,
      vi.fn(async () => undefined),
      () => settings,
    );
    card.show(finding, { point: { x: 3, y: 4 } });
    expect(show).toHaveBeenCalledWith(finding, expect.objectContaining({ theme: 'dark', textSize: 'large', point: { x: 3, y: 4 } }));
    settings = { ...settings, theme: 'light' };
    card.prepare(finding);
    expect(prepare).toHaveBeenCalledWith(finding, expect.objectContaining({ theme: 'light', textSize: 'large' }));
  });

  it("asks the background for a mention's entry when the pointer rests on it, once", async () => {
    const send = vi.fn(async (_message: object): Promise<unknown> => undefined);
    const card = pageCard(document, send, () => DEFAULT_SETTINGS);
    card.prepare(finding);
    card.prepare(finding);
    await new Promise((r) => setTimeout(r, 0));
    const asked = send.mock.calls.map((call) => call[0]).filter((m) => (m as { type: string }).type === 'get-entry');
    expect(asked).toEqual([{ type: 'get-entry', id: 'org-hamas' }]);
    // The card's own file is asked for too (the background runs it in this frame).
    expect(send).toHaveBeenCalledWith({ type: 'load-script', script: 'card' });
    card.popover.destroy();
  });
});
