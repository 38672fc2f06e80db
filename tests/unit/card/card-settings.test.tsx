// The reader's card settings: theme, text size, figure comparison and staleness, in the Card and in the
// page's popover (where a change redraws the open card without loading its entry again).
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BrowseBar } from '@/src/card/BrowseBar';
import { Card } from '@/src/card/Card';
import { CardPopover } from '@/src/card/card-popover';
import type { EntryView } from '@/src/dataset/entry-view';
import { applyUiLanguage, dictionary } from '@/src/i18n/ui-language';
import type { Finding } from '@/src/scan/finding';
import { figureView, value, view } from './card-fixtures';

// fakeBrowser has no getUILanguage (the card's `auto` language asks it): an English browser.
Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-GB' });

const fig = () => figureView([value(67173, 'Health ministry', '2025-10-07'), value(70000, 'Army official', '2026-01-29')]);
const card = () => document.querySelector('.gtc-card');

describe('Card settings', () => {
  afterEach(cleanup);

  it('marks its theme and text size for its stylesheet (auto and medium by default)', () => {
    const { rerender } = render(<Card view={view()} />);
    expect(card()?.getAttribute('data-theme')).toBe('auto');
    expect(card()?.getAttribute('data-text-size')).toBe('medium');
    rerender(<Card view={view()} theme="dark" textSize="large" />);
    expect(card()?.getAttribute('data-theme')).toBe('dark');
    expect(card()?.getAttribute('data-text-size')).toBe('large');
  });

  it('figure comparison off: no "this page says" beside the reported values, only the page\'s words', () => {
    const { rerender } = render(<Card view={fig()} why={{ text: '66,000', context: ['killed'] }} pageValue={66000} />);
    expect(document.querySelector('.gtc-page-value')?.textContent).toContain('This page says “66,000”');
    rerender(<Card view={fig()} why={{ text: '66,000', context: ['killed'] }} pageValue={66000} figureComparison={false} />);
    expect(document.querySelector('.gtc-page-value')).toBeNull();
    expect(card()?.textContent).not.toContain('This page says');
    // The reported values stay, and why the card opened.
    expect(document.querySelector('.gtc-values')?.textContent).toContain('67,173');
    expect(document.querySelector('.gtc-matched')?.textContent).toContain('66,000');
  });

  it('flags an entry as possibly out of date after the days the reader chose', () => {
    const now = new Date(2025, 9, 20);
    const { rerender } = render(<Card view={view({ asOf: '2025-10-08' })} now={now} staleAfterDays={30} />);
    expect(document.querySelector('.gtc-stale')).toBeNull();
    rerender(<Card view={view({ asOf: '2025-10-08' })} now={now} staleAfterDays={10} />);
    expect(document.querySelector('.gtc-stale')?.textContent).toContain('10');
  });

  it('gives the browse bar the same theme and size', () => {
    render(<BrowseBar position={1} total={3} onMove={() => {}} theme="light" textSize="small" />);
    const bar = document.querySelector('.gtc-browse');
    expect(bar?.getAttribute('data-theme')).toBe('light');
    expect(bar?.getAttribute('data-text-size')).toBe('small');
  });
});

describe('the popover and card settings', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('gaza-talks-context-ui')) host.remove();
  });

  function mention(): Finding {
    const p = document.createElement('p');
    p.textContent = 'Officials said 66,000 people were killed.';
    document.body.replaceChildren(p);
    const node = p.firstChild as Text;
    return {
      entry: { id: 'fig-test', kind: 'figure', name: 'People killed in a test' },
      text: '66,000',
      value: 66000,
      context: ['killed'],
      licensed: true,
      start: { node, offset: 15 },
      end: { node, offset: 21 },
      nodes: [node],
      order: 0,
    } as unknown as Finding;
  }
  const inCard = (selector: string) => document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector(selector) ?? null;

  it('shows a card with the settings it is given, and redraws the open card when they change', async () => {
    const loadEntry = vi.fn(async (): Promise<EntryView> => fig());
    const popover = new CardPopover(document, loadEntry);
    await popover.show(mention(), { theme: 'light', textSize: 'small', figureComparison: true, staleAfterDays: 30 });
    expect(inCard('.gtc-card')?.getAttribute('data-theme')).toBe('light');
    expect(inCard('.gtc-card')?.getAttribute('data-text-size')).toBe('small');
    expect(inCard('.gtc-page-value')).not.toBeNull();

    popover.applySettings({ theme: 'dark', textSize: 'large', figureComparison: false, staleAfterDays: 1 });
    expect(inCard('.gtc-card')?.getAttribute('data-theme')).toBe('dark');
    expect(inCard('.gtc-card')?.getAttribute('data-text-size')).toBe('large');
    expect(inCard('.gtc-page-value')).toBeNull();
    expect(inCard('.gtc-stale')).not.toBeNull();
    // The same card, drawn again: its entry is not loaded a second time.
    expect(loadEntry).toHaveBeenCalledTimes(1);
    expect(popover.shownFinding?.text).toBe('66,000');
    popover.destroy();
  });

  it("speaks the card's language on its panel (right to left for Arabic) while entry texts stay English", async () => {
    // The card bundles no locale: it asks the background (here, the bundled dictionary) once, then redraws.
    const loadMessages = vi.fn(async (language: 'en' | 'ar') => dictionary(language));
    const popover = new CardPopover(document, async () => fig(), loadMessages);
    await popover.show(mention(), { language: 'ar' });
    const panel = inCard('.gtc-panel');
    await vi.waitFor(() => expect(panel?.getAttribute('dir')).toBe('rtl'));
    expect(panel?.getAttribute('lang')).toBe('ar');
    expect(inCard('.gtc-card')?.textContent).toContain(dictionary('ar').cardSources ?? 'missing');
    for (const selector of ['.gtc-name', '.gtc-summary']) {
      expect(inCard(selector)?.getAttribute('lang'), selector).toBe('en');
      expect(inCard(selector)?.getAttribute('dir'), selector).toBe('auto');
    }
    popover.applySettings({ language: 'en' });
    await vi.waitFor(() => expect(panel?.getAttribute('dir')).toBe('ltr'));
    expect(panel?.getAttribute('lang')).toBe('en');
    popover.destroy();
    // t() is one module in these tests: back to the browser's language for the others.
    applyUiLanguage('auto');
  });

  it('draws nothing when the settings change while no card is open (the next showing carries them)', async () => {
    const popover = new CardPopover(document, async () => fig());
    popover.applySettings({ theme: 'dark' });
    expect(document.querySelector('gaza-talks-context-ui')).toBeNull();
    await popover.show(mention(), { theme: 'dark' });
    expect(inCard('.gtc-card')?.getAttribute('data-theme')).toBe('dark');
    popover.destroy();
  });
});
