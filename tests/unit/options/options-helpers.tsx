// Shared by the options page's component tests: render the page on stored settings, read what was saved.
// (Each test file mocks ./DataSection: another section, with tests of its own.)
import { render, screen } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyUiLanguage } from '@/src/i18n/ui-language';
import { OptionsApp } from '@/src/options/OptionsApp';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/settings-schema';
import { loadSettings } from '@/src/settings/settings-store';

export async function storeRaw(settings: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ settings, settings$: { v: SETTINGS_VERSION } });
}

export const stored = async (): Promise<Settings> => (await loadSettings()).settings;

/** Waits until the stored settings are the defaults changed by `patch`, and nothing else. */
export async function expectSaved(patch: Partial<Settings>, base: Settings = DEFAULT_SETTINGS): Promise<void> {
  await vi.waitFor(async () => expect(await stored()).toEqual({ ...base, ...patch }));
}

// fakeBrowser has no getUILanguage: an English browser.
Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-GB' });

export async function renderOptions(settings?: Partial<Settings>): Promise<void> {
  fakeBrowser.reset();
  applyUiLanguage('auto');
  document.documentElement.removeAttribute('data-theme');
  if (settings) await storeRaw({ ...DEFAULT_SETTINGS, ...settings });
  render(<OptionsApp />);
  await screen.findByRole('heading', { level: 2, name: /General|عام/ });
}
