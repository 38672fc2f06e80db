// The repair notice: shown when the background repaired corrupted settings, with when and what, the previous
// value to download, and Dismiss, which clears it for good.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairItem, repairSettings } from '@/src/settings/settings-store';
import { renderOptions, storeRaw } from './options-helpers';

vi.mock('@/src/options/DataSection', () => ({ DataSection: () => null }));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const corrupted = { enabled: false, density: 'sometimes', pausedSites: ['a.org', 7] };

async function renderAfterRepair(): Promise<void> {
  await renderOptions();
  cleanup();
  // As the background does at start-up.
  await storeRaw(corrupted);
  await repairSettings(new Date('2026-12-03T08:00:00Z'));
  const { OptionsApp } = await import('@/src/options/OptionsApp');
  const { render } = await import('@testing-library/preact');
  render(<OptionsApp />);
}

describe('repair notice', () => {
  it('says when the settings were repaired and what was wrong', async () => {
    await renderAfterRepair();
    const notice = await screen.findByRole('alert', { name: 'Your stored settings were damaged' });
    expect(notice.textContent).toMatch(/They were repaired on (December 3, 2026|3 December 2026)/);
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'settings.density: unreadable value "sometimes"; using "first"',
      'settings.pausedSites: dropped 1 unreadable item(s)',
    ]);
    // The notice comes first, right under the title.
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toBe(notice);
  });

  it('downloads the previous value as it was', async () => {
    const texts: Promise<string>[] = [];
    const names: string[] = [];
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
      if (blob) texts.push(blob.text());
    });
    await renderAfterRepair();
    fireEvent.click(await screen.findByRole('button', { name: 'Download the previous value' }));
    expect(names).toEqual(['gaza-talks-context-settings-before-repair.json']);
    expect(JSON.parse(await (texts[0] ?? Promise.resolve('')))).toEqual(corrupted);
  });

  it('Dismiss hides it and clears the stored repair', async () => {
    await renderAfterRepair();
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'Your stored settings were damaged' })).toBeNull();
    await vi.waitFor(async () => expect(await repairItem.getValue()).toBeNull());
  });

  it('is not shown when nothing was repaired', async () => {
    await renderOptions();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('alert', { name: 'Your stored settings were damaged' })).toBeNull();
    expect(await fakeBrowser.storage.local.get('settingsRepair')).toEqual({});
  });
});
