// The card of the mention the pointer rests on is drawn unseen during the hover delay (Popover.prepare), so
// that showing it then only places it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CardPopover } from '@/src/card/card-popover';
import type { EntryView } from '@/src/dataset/entry-view';
import type { Finding } from '@/src/scan/finding';
import { view } from './card-fixtures';

Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-GB' });

function mention(id: string, text: string): Finding {
  const p = document.createElement('p');
  p.textContent = `Officials said ${text} agreed.`;
  document.body.append(p);
  const node = p.firstChild as Text;
  return {
    entry: { id, kind: 'organisation', name: text },
    text,
    licensed: true,
    start: { node, offset: 15 },
    end: { node, offset: 15 + text.length },
    nodes: [node],
    order: 0,
  } as unknown as Finding;
}

const inCard = (selector: string) =>
  document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('a card got ready while the pointer rests', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('gaza-talks-context-ui')) host.remove();
    document.body.replaceChildren();
  });

  it('is drawn unseen, then shown as it is, without a loading state in between', async () => {
    const loadEntry = vi.fn(async (id: string): Promise<EntryView> => view({ id, name: 'Hamas' }));
    const popover = new CardPopover(document, loadEntry);
    const hamas = mention('hamas', 'Hamas');
    popover.prepare(hamas, { theme: 'dark' });
    popover.prepare(hamas, { theme: 'dark' });
    await vi.waitFor(() => expect(inCard('.gtc-card')).not.toBeNull());
    const panel = inCard('.gtc-panel');
    expect(panel?.hidden).toBe(false);
    expect(panel?.style.visibility).toBe('hidden');
    expect(inCard('.gtc-card')?.getAttribute('data-theme')).toBe('dark');
    expect(popover.shownFinding).toBeUndefined();
    const drawn = inCard('.gtc-card');

    const showing = popover.show(hamas, { theme: 'dark' });
    // Not replaced by the loading state while the entry (already here) is awaited.
    expect(inCard('[aria-busy="true"]')).toBeNull();
    await showing;
    expect(inCard('.gtc-card')).toBe(drawn);
    expect(popover.shownFinding).toBe(hamas);
    expect(loadEntry).toHaveBeenCalledTimes(2);
    popover.destroy();
  });

  it('draws nothing while a card is shown, and a hide clears what was drawn unseen', async () => {
    const loadEntry = vi.fn(async (id: string): Promise<EntryView> => view({ id, name: id }));
    const popover = new CardPopover(document, loadEntry);
    const first = mention('first', 'First');
    const second = mention('second', 'Second');
    await popover.show(first);
    popover.prepare(second);
    await new Promise((r) => setTimeout(r, 0));
    expect(inCard('.gtc-panel')?.dataset.mention).toBe('First');
    expect(loadEntry).not.toHaveBeenCalledWith('second');

    popover.hide();
    popover.prepare(second);
    await vi.waitFor(() => expect(inCard('.gtc-card')).not.toBeNull());
    popover.hide();
    expect(inCard('.gtc-card')).toBeNull();
    expect(inCard('.gtc-panel')?.hidden).toBe(true);
    popover.destroy();
  });

  it('draws nothing ahead once the page removed our host: only a showing mounts it again', async () => {
    const loadEntry = vi.fn(async (id: string): Promise<EntryView> => view({ id, name: id }));
    const popover = new CardPopover(document, loadEntry);
    const first = mention('first', 'First');
    await popover.show(first);
    popover.hide();
    document.querySelector('gaza-talks-context-ui')?.remove();
    popover.prepare(mention('second', 'Second'));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('gaza-talks-context-ui')).toBeNull();
    await popover.show(first);
    expect(document.querySelectorAll('gaza-talks-context-ui')).toHaveLength(1);
    popover.destroy();
  });

  it('shows another mention than the one got ready with its loading state first, as before', async () => {
    let release: (v: EntryView) => void = () => {};
    const popover = new CardPopover(document, (id) =>
      id === 'ready' ? Promise.resolve(view({ id, name: 'Ready' })) : new Promise<EntryView>((r) => (release = r)),
    );
    popover.prepare(mention('ready', 'Ready'));
    await vi.waitFor(() => expect(inCard('.gtc-card')).not.toBeNull());
    const other = mention('other', 'Other');
    const showing = popover.show(other);
    expect(inCard('[aria-busy="true"]')).not.toBeNull();
    release(view({ id: 'other', name: 'Other' }));
    await showing;
    expect(inCard('.gtc-card')?.textContent).toContain('Other');
    popover.destroy();
  });
});
