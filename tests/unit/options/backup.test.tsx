// Settings backup: export downloads the settings as JSON; import applies what it can and lists the rest;
// reset asks first, in the page.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSettingsFile } from '@/src/options/settings-import';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-schema';
import { expectSaved, renderOptions, stored } from './options-helpers';

vi.mock('@/src/options/DataSection', () => ({ DataSection: () => null }));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Catches what the page downloads: the blob's text and the file name. */
function catchDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) files.push({ name: this.download, text: blob.text() });
  });
  return files;
}

function chooseFile(name: string, text: string) {
  const input = screen.getByLabelText('Import settings from a file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('settings file', () => {
  it('reads the settings it names, and says what it could not use', () => {
    expect(readSettingsFile('{"density":"every","hoverDelayMs":"slow","pausedSites":["a.org","not a site"],"colour":"pink"}')).toEqual({
      patch: { density: 'every', hoverDelayMs: 150, pausedSites: ['a.org'] },
      problems: [
        'hoverDelayMs: "slow" cannot be used; 150 is used instead',
        'pausedSites: ["a.org","not a site"] cannot be used; ["a.org"] is used instead',
        'colour: not a setting; ignored',
      ],
    });
    expect(readSettingsFile('not json')).toBeUndefined();
    expect(readSettingsFile('[1, 2]')).toBeUndefined();
    expect(readSettingsFile('null')).toBeUndefined();
  });
});

describe('settings backup', () => {
  it('exports the stored settings as a JSON file', async () => {
    const files = catchDownloads();
    await renderOptions({ density: 'none', pausedSites: ['news.example.org'] });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings to a file' }));
    expect(files.map((f) => f.name)).toEqual(['gaza-talks-context-settings.json']);
    expect(JSON.parse(await (files[0]?.text ?? Promise.resolve('')))).toEqual({
      ...DEFAULT_SETTINGS,
      density: 'none',
      pausedSites: ['news.example.org'],
    });
  });

  it('an exported file imports back to the same settings', async () => {
    const files = catchDownloads();
    const mine = { ...DEFAULT_SETTINGS, trigger: 'click' as const, theme: 'dark' as const, onlySites: ['*.example.org'] };
    await renderOptions(mine);
    fireEvent.click(screen.getByRole('button', { name: 'Export settings to a file' }));
    const text = await (files[0]?.text ?? Promise.resolve(''));
    cleanup();
    await renderOptions();
    chooseFile('backup.json', text);
    await expectSaved(mine);
    expect(await screen.findByText('Settings imported from backup.json.')).toBeTruthy();
  });

  it('imports the valid settings, sets the invalid ones to their defaults, and lists them', async () => {
    await renderOptions({ badge: false, textSize: 'large' });
    chooseFile('mixed.json', JSON.stringify({ density: 'every', trigger: 'sometimes', staleAfterDays: 0, colour: 'pink' }));
    await expectSaved({ badge: false, textSize: 'large', density: 'every' });
    expect(await screen.findByText('Some settings in mixed.json could not be used:')).toBeTruthy();
    expect(screen.getByText('trigger: "sometimes" cannot be used; "hover" is used instead')).toBeTruthy();
    expect(screen.getByText('staleAfterDays: 0 cannot be used; 30 is used instead')).toBeTruthy();
    expect(screen.getByText('colour: not a setting; ignored')).toBeTruthy();
    // The form shows what was imported.
    expect((screen.getByRole('radio', { name: 'Every mention' }) as HTMLInputElement).checked).toBe(true);
  });

  it('a file that is not settings changes nothing, and says so', async () => {
    await renderOptions({ density: 'none' });
    chooseFile('notes.txt', 'Dear diary');
    expect(await screen.findByText('notes.txt is not a settings file (not JSON, or not an object). Nothing was changed.')).toBeTruthy();
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, density: 'none' });
  });

  it('reset asks first: Cancel keeps everything, Yes resets every setting', async () => {
    await renderOptions({ enabled: false, pausedSites: ['a.example.org'], language: 'en' });
    const resetButton = screen.getByRole('button', { name: 'Reset to defaults' });
    fireEvent.click(resetButton);
    const question = await screen.findByRole('group', { name: /^Reset every setting to its default\?/ });
    await vi.waitFor(() => expect(document.activeElement).toBe(question));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Reset to defaults' })).toBe(document.activeElement));
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, pausedSites: ['a.example.org'], language: 'en' });

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, reset' }));
    await expectSaved({});
    expect(await screen.findByText('All settings are back to their defaults.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Highlight and explain terms on web pages' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: /does nothing/ }) as HTMLTextAreaElement).value).toBe('');
  });
});
