// What a reader does in a card: open a related entry and come back, pin, close, copy a citation.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '@/src/card/Card';
import type { EntryView } from '@/src/dataset/entry-view';
import { view } from './card-fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  Reflect.deleteProperty(window.navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;

const root = view(
  { id: 'event-summit', name: 'Sharm el-Sheikh summit', related: ['person-envoy'] },
  { related: [{ id: 'person-envoy', kind: 'person', name: 'Steve Witkoff' }] },
);
const envoy = view({ id: 'person-envoy', kind: 'person', name: 'Steve Witkoff', summary: 'US special envoy.' });

function deferred<T>() {
  let resolve: (v: T) => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('related entries', () => {
  it('opens a related entry in place, says so while loading, and goes back', async () => {
    const pending = deferred<EntryView | undefined>();
    const loadRelated = vi.fn(() => pending.promise);
    render(<Card view={root} why={{ text: 'the summit', context: ['Sharm el-Sheikh'] }} loadRelated={loadRelated} />);
    fireEvent.click(screen.getByRole('button', { name: 'Steve Witkoff' }));
    expect(loadRelated).toHaveBeenCalledWith('person-envoy');
    expect(document.querySelector('.gtc-related-status')?.textContent).toBe('Opening Steve Witkoff…');
    pending.resolve(envoy);
    await waitFor(() => expect(heading()).toBe('Steve Witkoff'));
    expect(screen.getByText('US special envoy.')).toBeTruthy();
    expect(document.querySelector('.gtc-card')?.getAttribute('data-entry-id')).toBe('person-envoy');
    // The page matched the summit, not the envoy: no "why" on the related card.
    expect(document.querySelector('.gtc-matched')).toBeNull();
    // Keyboard and screen-reader users land on the new card.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 })));

    fireEvent.click(screen.getByRole('button', { name: 'Back to Sharm el-Sheikh summit' }));
    expect(heading()).toBe('Sharm el-Sheikh summit');
    expect(document.querySelector('.gtc-matched')?.textContent).toContain('the summit');
    expect(screen.queryByRole('button', { name: /Back to/ })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Sharm el-Sheikh summit'));
  });

  it('starts afresh when the card is given another entry', async () => {
    const { rerender } = render(<Card view={root} loadRelated={async () => envoy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Steve Witkoff' }));
    await waitFor(() => expect(heading()).toBe('Steve Witkoff'));
    const other = view({ id: 'event-other', name: 'Another event' });
    rerender(<Card view={other} loadRelated={async () => envoy} />);
    expect(heading()).toBe('Another event');
    expect(screen.queryByRole('button', { name: /Back to/ })).toBeNull();
  });

  it('says when a related entry could not be opened, and stays', async () => {
    render(<Card view={root} loadRelated={() => Promise.reject(new Error('gone'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Steve Witkoff' }));
    await waitFor(() =>
      expect(document.querySelector('.gtc-related-status')?.textContent).toBe('Steve Witkoff could not be opened. Try again later.'),
    );
    expect(heading()).toBe('Sharm el-Sheikh summit');
  });

  it('treats an entry that is not found as a failure', async () => {
    render(<Card view={root} loadRelated={async () => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Steve Witkoff' }));
    await waitFor(() => expect(document.querySelector('.gtc-related-status')?.textContent).toContain('could not be opened'));
  });

  it('shows plain names when it cannot load entries', () => {
    render(<Card view={root} />);
    const related = screen.getByRole('region', { name: 'Related' });
    expect(related.querySelector('button')).toBeNull();
    expect(related.querySelector('bdi')?.textContent).toBe('Steve Witkoff');
  });
});

describe('header controls', () => {
  it('are absent without callbacks', () => {
    render(<Card view={root} />);
    expect(document.querySelector('.gtc-header button')).toBeNull();
  });

  it('pin toggles through its callback and reports its state; close calls back', () => {
    const onPin = vi.fn();
    const onClose = vi.fn();
    const { rerender } = render(<Card view={root} pinned={false} onPin={onPin} onClose={onClose} />);
    const pin = screen.getByRole('button', { name: 'Pin this card' });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    expect(onPin).toHaveBeenCalledTimes(1);
    rerender(<Card view={root} pinned onPin={onPin} onClose={onClose} />);
    expect(screen.getByRole('button', { name: 'Pin this card' }).getAttribute('aria-pressed')).toBe('true');
    const close = screen.getByRole('button', { name: 'Close this card' });
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    // Reachable by Tab: real buttons, not taken out of the tab order.
    for (const b of [pin, close]) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.getAttribute('tabindex')).toBeNull();
    }
  });
});

describe('copy citation', () => {
  const expected = [
    'Sharm el-Sheikh summit: Leaders met at a test summit.',
    'Source: Publisher s1, “Title s1”, 2025-10-08.',
    'https://example.org/s1',
    'Gaza Talks Context, dataset 2025-10-13+abc12345',
  ].join('\n');

  const stubClipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });

  it('writes the citation to the clipboard and says so politely', async () => {
    const writeText = vi.fn(async () => {});
    stubClipboard(writeText);
    render(<Card view={root} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(document.querySelector('.gtc-copy-status')?.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(document.querySelector('.gtc-copy-status')?.getAttribute('aria-live')).toBe('polite');
  });

  it('falls back to a textarea inside the card when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    const seen: { text: string | undefined; inCard: boolean }[] = [];
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: vi.fn((command: string) => {
        const area = document.querySelector('textarea');
        seen.push({ text: area?.value, inCard: !!area?.closest('.gtc-card') });
        return command === 'copy';
      }),
    });
    render(<Card view={root} />);
    const button = screen.getByRole('button', { name: 'Copy citation' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(document.querySelector('.gtc-copy-status')?.textContent).toBe('Copied'));
    expect(seen).toEqual([{ text: expected, inCard: true }]);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('says when copying failed', async () => {
    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    render(<Card view={root} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() =>
      expect(document.querySelector('.gtc-copy-status')?.textContent).toBe('Could not copy. Select the text and copy it instead.'),
    );
  });
});
