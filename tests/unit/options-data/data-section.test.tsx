// The options page's Data section as a reader uses it: facts of the dataset in use, an invalid file that
// changes nothing, a valid one previewed, applied (extend or replace) and reverted in one click.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importItem } from '@/src/dataset/active-dataset';
import { activeIndexItem } from '@/src/dataset/active-index';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import type { CompiledDataset } from '@/src/dataset/schema';
import { DataSection } from '@/src/options/DataSection';
import { validDataset } from '../dataset/import/valid-dataset';

const { full: bundled } = compileFromDisk();
const loadBundled = async (): Promise<CompiledDataset> => bundled;

const fileOf = (text: string, name = 'extra.json') => new File([text], name, { type: 'application/json' });
const choose = (file: File) => {
  const input = screen.getByLabelText(/Dataset file/) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};
const storedNothing = async () => {
  expect(await importItem.getValue()).toBeNull();
  expect(await activeIndexItem.getValue()).toBeNull();
};

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Data section', () => {
  it('shows the bundled dataset: version, counts by kind, newest and oldest as-of dates', async () => {
    render(<DataSection loadBundled={loadBundled} />);
    const facts = await screen.findByTestId('dataset-facts');
    expect(within(facts).getByText(bundled.version)).toBeTruthy();
    expect(screen.getByTestId('dataset-total').textContent).toBe(String(bundled.entries.length));
    expect(facts.textContent).toMatch(/Person \d+/);
    const dates = bundled.entries.map((e) => e.asOf).sort();
    expect(facts.textContent).toContain(dates[0]);
    expect(facts.textContent).toContain(dates.at(-1));
    expect(screen.getByTestId('dataset-in-use').textContent).toContain('the bundled dataset');
  });

  it('lists every error of an invalid file by path and stores nothing', async () => {
    render(<DataSection loadBundled={loadBundled} />);
    await screen.findByTestId('dataset-facts');
    const bad = validDataset();
    const source = Object.values(bad.sources)[0];
    if (source) source.url = 'javascript:alert(1)';
    choose(fileOf(JSON.stringify(bad)));
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toMatch(/sources\.[a-z-]+\.url: /);
    expect(screen.queryByText('Apply')).toBeNull();
    await storedNothing();
  });

  it('refuses a file over the size limit before reading it', async () => {
    render(<DataSection loadBundled={loadBundled} />);
    await screen.findByTestId('dataset-facts');
    const huge = fileOf('x');
    Object.defineProperty(huge, 'size', { value: 6 * 1024 * 1024 });
    choose(huge);
    expect((await screen.findByTestId('import-errors')).textContent).toMatch(/file: .*limit is 5 MB/);
    await storedNothing();
  });

  it('previews, applies an extending import, and reverts in one click', async () => {
    render(<DataSection loadBundled={loadBundled} />);
    await screen.findByTestId('dataset-facts');
    const extra = validDataset();
    choose(fileOf(JSON.stringify(extra)));
    const preview = await screen.findByTestId('import-preview');
    const added = within(preview)
      .getByText(/Added \(\d+\)/)
      .closest('details');
    for (const entry of extra.entries) expect(added?.textContent).toContain(entry.name);
    fireEvent.click(screen.getByText('Apply'));
    await waitFor(async () => expect((await importItem.getValue())?.mode).toBe('extend'));
    const index = (await activeIndexItem.getValue())?.index;
    expect(index?.entries.map((e) => e.id)).toEqual(expect.arrayContaining([...extra.entries.map((e) => e.id), bundled.entries[0]?.id]));
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toMatch(/Imported/));
    expect(screen.getByTestId('dataset-total').textContent).toBe(String(bundled.entries.length + extra.entries.length));
    fireEvent.click(screen.getByText('Revert to the bundled dataset'));
    await waitFor(async () => storedNothing());
    await waitFor(() => expect(screen.getByTestId('dataset-total').textContent).toBe(String(bundled.entries.length)));
  });

  it('replacing shows every bundled entry as removed', async () => {
    render(<DataSection loadBundled={loadBundled} />);
    await screen.findByTestId('dataset-facts');
    choose(fileOf(JSON.stringify(validDataset())));
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByLabelText('Replace the bundled dataset'));
    const removed = await screen.findByText(new RegExp(`Removed \\(${bundled.entries.length}\\)`));
    expect(removed).toBeTruthy();
    fireEvent.click(screen.getByText('Apply'));
    await waitFor(async () => expect((await activeIndexItem.getValue())?.index.entries).toHaveLength(validDataset().entries.length));
  });

  it('renders markup-like text in names as text', async () => {
    render(<DataSection loadBundled={loadBundled} />);
    await screen.findByTestId('dataset-facts');
    const extra = validDataset();
    const first = extra.entries[0];
    if (first) first.name = 'AT&T a < b';
    choose(fileOf(JSON.stringify(extra)));
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('AT&T a < b');
    expect(preview.querySelector('b, script, img')).toBeNull();
  });
});
