// The General section: every control saves exactly its own change; the delay and the key show where they apply.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KINDS } from '@/src/dataset/kinds';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-schema';
import { expectSaved, renderOptions, stored } from './options-helpers';

vi.mock('@/src/options/DataSection', () => ({ DataSection: () => null }));
afterEach(cleanup);

const radio = (name: string | RegExp) => screen.getByRole('radio', { name });
const checkbox = (name: string | RegExp) => screen.getByRole('checkbox', { name });
const DELAY = 'Delay before a card opens on hover (milliseconds)';

describe('general options', () => {
  it('turns the extension off and on, and says it saved', async () => {
    await renderOptions();
    fireEvent.click(checkbox('Highlight and explain terms on web pages'));
    await expectSaved({ enabled: false });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved');
    fireEvent.click(checkbox('Highlight and explain terms on web pages'));
    await expectSaved({ enabled: true });
  });

  it('trigger: hover shows the delay; a modifier adds the key; click hides both', async () => {
    await renderOptions();
    expect(screen.getByRole('spinbutton', { name: DELAY })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Key to hold' })).toBeNull();

    fireEvent.click(radio('Rest the pointer on a mention while holding a key'));
    await expectSaved({ trigger: 'modifier' });
    fireEvent.click(await screen.findByRole('radio', { name: 'Shift' }));
    await expectSaved({ trigger: 'modifier', modifierKey: 'Shift' });
    fireEvent.click(radio('Control'));
    await expectSaved({ trigger: 'modifier', modifierKey: 'Control' });
    expect(screen.getByRole('spinbutton', { name: DELAY })).toBeTruthy();

    fireEvent.click(radio('Click a mention'));
    await expectSaved({ trigger: 'click', modifierKey: 'Control' });
    await vi.waitFor(() => expect(screen.queryByRole('spinbutton', { name: DELAY })).toBeNull());
    expect(screen.queryByRole('radio', { name: 'Shift' })).toBeNull();
  });

  it('the delay saves a whole number from 0 to 3000 and refuses anything else, saying why', async () => {
    await renderOptions();
    const delay = screen.getByRole('spinbutton', { name: DELAY });
    fireEvent.change(delay, { target: { value: '1500' } });
    await expectSaved({ hoverDelayMs: 1500 });
    for (const bad of ['3001', '-5', '12.5', '']) {
      fireEvent.change(delay, { target: { value: bad } });
      expect(await screen.findByText('Enter a whole number from 0 to 3000. Until then the last valid value is kept.')).toBeTruthy();
      expect(delay.getAttribute('aria-invalid')).toBe('true');
    }
    expect((await stored()).hoverDelayMs).toBe(1500);
    fireEvent.change(delay, { target: { value: '0' } });
    await expectSaved({ hoverDelayMs: 0 });
    expect(delay.getAttribute('aria-invalid')).toBe('false');
  });

  it('density and highlight style', async () => {
    await renderOptions();
    fireEvent.click(radio('Every mention'));
    await expectSaved({ density: 'every' });
    fireEvent.click(radio('None (hover still opens cards)'));
    await expectSaved({ density: 'none' });
    fireEvent.click(radio('Soft background'));
    await expectSaved({ density: 'none', highlightStyle: 'background' });
    fireEvent.click(radio('Dotted underline'));
    await expectSaved({ density: 'none', highlightStyle: 'underline' });
    // The style's group says that long pages are tinted whatever is chosen.
    const group = screen.getByRole('group', { name: 'How mentions are marked' });
    const help = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toContain('more than 200 screens long always get the soft background');
  });

  it('kinds: one checkbox a kind, labelled with its name, saved in the dataset order', async () => {
    await renderOptions();
    const group = screen.getByRole('group', { name: 'Kinds of entry to mark and explain' });
    expect([...group.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Person',
      'Organisation',
      'Place',
      'Event',
      'Concept',
      'Figure',
      'Correction',
    ]);
    fireEvent.click(checkbox('Place'));
    await expectSaved({ kinds: KINDS.filter((k) => k !== 'place') });
    fireEvent.click(checkbox('Person'));
    await expectSaved({ kinds: KINDS.filter((k) => k !== 'place' && k !== 'person') });
    fireEvent.click(checkbox('Place'));
    await expectSaved({ kinds: KINDS.filter((k) => k !== 'person') });
  });

  it('figure comparison, the badge and the staleness threshold', async () => {
    await renderOptions();
    fireEvent.click(checkbox(/^On a figure's card/));
    await expectSaved({ figureComparison: false });
    fireEvent.click(checkbox('Show the count of what the page mentions on the toolbar button'));
    await expectSaved({ figureComparison: false, badge: false });
    const days = screen.getByRole('spinbutton', { name: /older than \(days\)/ });
    expect((days as HTMLInputElement).value).toBe(String(DEFAULT_SETTINGS.staleAfterDays));
    fireEvent.change(days, { target: { value: '0' } });
    expect(await screen.findByText(/from 1 to 3650/)).toBeTruthy();
    fireEvent.change(days, { target: { value: '3650' } });
    await expectSaved({ figureComparison: false, badge: false, staleAfterDays: 3650 });
  });

  it('shows the stored values', async () => {
    await renderOptions({ enabled: false, trigger: 'modifier', modifierKey: 'Shift', density: 'every', kinds: ['figure'] });
    expect((checkbox('Highlight and explain terms on web pages') as HTMLInputElement).checked).toBe(false);
    expect((radio('Shift') as HTMLInputElement).checked).toBe(true);
    expect((radio('Every mention') as HTMLInputElement).checked).toBe(true);
    expect((checkbox('Figure') as HTMLInputElement).checked).toBe(true);
    expect((checkbox('Person') as HTMLInputElement).checked).toBe(false);
  });
});
