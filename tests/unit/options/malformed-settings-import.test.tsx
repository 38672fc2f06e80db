// Every malformed settings value of the corpus (tests/support/malformed) as a backup file imported on the
// options page over earlier settings: a file that is not a settings object is refused and changes nothing;
// any other is applied whole, each unusable field at its default (a list keeps its valid items) and listed
// on one line, the settings it does not name left as they were.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSection } from '@/src/options/BackupSection';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/settings-schema';
import { resetSettings, saveSettings } from '@/src/settings/settings-store';
import {
  expectCurrent,
  expectFieldsKept,
  expectNoPollution,
  expectPlainLines,
  isRecord,
  plainName,
  unusableKeys,
} from '../../support/malformed/settings-checks';
import { malformedSettings } from '../../support/malformed/settings-corpus';

const corpus = malformedSettings();
const area = fakeBrowser.storage.local;
const earlier: Settings = {
  ...DEFAULT_SETTINGS,
  density: 'every',
  theme: 'dark',
  pausedSites: ['earlier.example.org'],
  staleAfterDays: 90,
};
const OTHER = { datasetImport: { fileName: 'kept.json' }, settingsRepair: null };

let status = '';
let before: Record<string, unknown> = {};

beforeEach(async () => {
  fakeBrowser.reset();
  status = '';
  await area.set({ settings: earlier, settings$: { v: SETTINGS_VERSION }, ...OTHER });
  before = structuredClone(await area.get(null));
});
afterEach(cleanup);

/** The Backup section as the options page wires it: a save writes the whole settings, then says so. */
function renderBackup(): Element {
  const save = (patch: Partial<Settings>, message: () => string) =>
    saveSettings(patch).then(() => {
      status = message();
    });
  return render(<BackupSection settings={earlier} save={save} reset={() => resetSettings().then(() => undefined)} />).container;
}

function choose(container: Element, text: string) {
  const input = container.querySelector<HTMLInputElement>('input[name="importSettings"]');
  if (!input) throw new Error('no file field');
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

/** Until the page shows an outcome: refused (the alert says so) or saved (the status says so). */
async function outcome(container: Element): Promise<'refused' | 'saved'> {
  const alert = () => container.querySelector('[role="alert"]')?.textContent ?? '';
  await expect.poll(() => (status || alert().includes('not a settings file') ? 'done' : ''), { interval: 1 }).toBe('done');
  return status ? 'saved' : 'refused';
}

describe('malformed settings files imported on the options page', () => {
  it('the corpus has at least 50 values', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
  });

  it.each(corpus.map((c) => [c.name, c.blob] as const))('%s', async (_name, blob) => {
    const container = renderBackup();
    choose(container, JSON.stringify(blob));
    const result = await outcome(container);
    const after = await area.get(null);
    if (!isRecord(blob)) {
      expect(result).toBe('refused');
      expect(container.textContent).toContain('backup.json is not a settings file (not JSON, or not an object). Nothing was changed.');
      expect(after).toEqual(before);
      return;
    }
    expect(result).toBe('saved');
    expect(status).toBe('Settings imported from backup.json.');
    // Only the settings changed, and they are whole: valid, every setting present.
    expect({ ...after, settings: undefined }).toEqual({ ...before, settings: undefined });
    expectCurrent(after.settings);
    expectFieldsKept(JSON.parse(JSON.stringify(blob)), after.settings, earlier);
    expectNoPollution(after.settings);
    const problems = [...container.querySelectorAll('[role="alert"] li')].map((li) => li.textContent ?? '');
    expectPlainLines(problems);
    // Every field that could not be used is listed: by name, or quoted when it is not a plain name.
    for (const key of unusableKeys(blob)) {
      const prefix = plainName(key) ? `${key}: ` : '"';
      expect(
        problems.some((line) => line.startsWith(prefix)),
        `${key.slice(0, 40)}: ${problems.join(' | ')}`,
      ).toBe(true);
    }
    if (unusableKeys(blob).length > 0) expect(container.textContent).toContain('Some settings in backup.json could not be used:');
  });
});
