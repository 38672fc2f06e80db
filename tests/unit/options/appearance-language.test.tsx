// Appearance and Language: the theme and text size are saved and the page follows the theme; choosing a
// language re-renders the whole page in it at once, with `lang` and `dir` on <html>.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ar from '@/public/_locales/ar/messages.json';
import { applyUiLanguage } from '@/src/i18n/ui-language';
import { expectSaved, renderOptions } from './options-helpers';

vi.mock('@/src/options/DataSection', () => ({ DataSection: () => null }));
afterEach(() => {
  cleanup();
  applyUiLanguage('auto');
});

const root = document.documentElement;
const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('appearance', () => {
  it('saves the theme, and the page itself follows it', async () => {
    await renderOptions();
    expect(root.dataset.theme).toBe('auto');
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await expectSaved({ theme: 'dark' });
    await vi.waitFor(() => expect(root.dataset.theme).toBe('dark'));
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
    await expectSaved({ theme: 'light' });
    await vi.waitFor(() => expect(root.dataset.theme).toBe('light'));
  });

  it('opens in the stored theme', async () => {
    await renderOptions({ theme: 'dark' });
    expect(root.dataset.theme).toBe('dark');
  });

  it("saves the cards' text size", async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'Large' }));
    await expectSaved({ textSize: 'large' });
    fireEvent.click(screen.getByRole('radio', { name: 'Small' }));
    await expectSaved({ textSize: 'small' });
  });
});

describe('language', () => {
  it('names each language in itself', async () => {
    await renderOptions();
    expect(screen.getByRole('radio', { name: 'English' }).closest('label')?.querySelector('[lang="en"]')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'العربية' }).closest('label')?.querySelector('[lang="ar"]')).toBeTruthy();
  });

  it('re-renders the page in Arabic, right to left, at once; and back in English', async () => {
    await renderOptions();
    expect(headings()).toEqual(['General', 'Sites', 'Appearance', 'Language', 'Settings backup', 'About and privacy']);
    fireEvent.click(screen.getByRole('radio', { name: 'العربية' }));
    await expectSaved({ language: 'ar' });
    await vi.waitFor(() => expect(root.getAttribute('dir')).toBe('rtl'));
    expect(root.getAttribute('lang')).toBe('ar');
    expect(headings()).toEqual(
      [ar.optionsGeneral, ar.optionsSites, ar.optionsAppearance, ar.optionsLanguage, ar.optionsBackup, ar.optionsAbout].map(
        (m) => m.message,
      ),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ar.optionsTitle.message);
    expect(document.title).toBe(ar.optionsTitle.message);
    expect(screen.getByRole('status').textContent).toBe(ar.optionsSaved.message);
    // The controls are labelled in Arabic too.
    expect(screen.getByRole('checkbox', { name: ar.optionsEnabled.message })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    await expectSaved({ language: 'en' });
    await vi.waitFor(() => expect(root.getAttribute('dir')).toBe('ltr'));
    expect(root.getAttribute('lang')).toBe('en');
    expect(headings()[0]).toBe('General');
  });

  it('opens in the stored language', async () => {
    await renderOptions({ language: 'ar' });
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ar.optionsTitle.message);
  });
});
