// Every malformed dataset file of the corpus (tests/support/malformed) chosen on the options page over an
// earlier import: it is refused with one `path: message` line per error, no Apply is offered, and storage is
// exactly as before, the earlier import still in use.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importItem } from '@/src/dataset/active-dataset';
import { activeIndexItem } from '@/src/dataset/active-index';
import { applyImport } from '@/src/dataset/apply-import';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { mergeDatasets } from '@/src/dataset/import/merge-datasets';
import type { CompiledDataset } from '@/src/dataset/schema';
import { ImportPanel } from '@/src/options/ImportPanel';
import { malformedDatasetImports } from '../../support/malformed/dataset-corpus';
import { validDataset } from '../dataset/import/valid-dataset';

const { full: bundled } = compileFromDisk();
const corpus = malformedDatasetImports();
const previous: CompiledDataset = { ...validDataset(), version: 'previous-import' };
const active = mergeDatasets(bundled, previous, 'extend');

/** `entries[0].sources[1].url`, `sources.Wire Story`, or `file`: the notation the errors use. */
const PATH = /^(?:file|[A-Za-z_$][^.[\]:\n]*(?:\.[^.[\]:\n]+|\[\d+\])*)$/;
/** The line the list ends with when a file has more errors than are worth reading. */
const MORE = /^… and \d+ more$/;

type Storage = Record<string, unknown>;
const area = fakeBrowser.storage.local;
let before: Storage = {};
let copy: Storage = {};
let writes = 0;

/** Frozen, so no code can change a stored value in place: what is not written is then exactly as it was. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}

beforeAll(async () => {
  fakeBrowser.reset();
  await applyImport(bundled, previous, 'extend', 'previous.json', new Date('2026-01-02T03:04:05Z'));
  before = await area.get(null);
  copy = structuredClone(before);
  deepFreeze(before);
  // Every way to write storage.local, counted (the wxt storage items all go through these).
  for (const method of ['set', 'remove', 'clear'] as const) {
    const original = area[method].bind(area) as (...args: unknown[]) => Promise<void>;
    vi.spyOn(area, method).mockImplementation((...args: unknown[]) => {
      writes += 1;
      return original(...args);
    });
  }
});

beforeEach(() => {
  writes = 0;
});

afterEach(async () => {
  cleanup();
  // A case that changed storage must not spoil the next.
  if (writes > 0) {
    await area.clear();
    await area.set(copy);
    before = await area.get(null);
    deepFreeze(before);
  }
});

afterAll(() => vi.restoreAllMocks());

const renderPanel = () =>
  render(<ImportPanel bundled={bundled} active={active} onApply={(dataset, mode, name) => applyImport(bundled, dataset, mode, name)} />)
    .container;

function choose(container: Element, text: string) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file field');
  Object.defineProperty(input, 'files', { value: [new File([text], 'bad.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

/**
 * The error lines, once shown. Plain DOM queries and microtask turns, not findBy*: testing-library's role
 * queries and polling cost milliseconds a call, and this runs 1,500 times.
 */
async function shownErrors(container: Element): Promise<string[]> {
  const deadline = performance.now() + 2000;
  for (let turn = 0; performance.now() < deadline; turn++) {
    const box = container.querySelector('[data-testid="import-errors"]');
    if (box) return [...box.querySelectorAll('li')].map((item) => item.textContent ?? '');
    await (turn < 50 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 1)));
  }
  throw new Error('no errors shown');
}

/** A line a reader can act on: where, then what, on one line, with no leaked `undefined` or `[object Object]`. */
const readable = (line: string) => {
  const [where = '', message = ''] = line.split(/: (.*)/s);
  return PATH.test(where) && /\S/.test(message) && !/[\n\r]|undefined|\[object /.test(line);
};

async function expectNothingChanged(container: Element): Promise<void> {
  expect([...container.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Apply');
  // No write and the same frozen values is deep equality; toEqual on the 200 KB index 1,500 times took 20 s.
  expect(writes, 'writes to storage.local').toBe(0);
  const after = await area.get(null);
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const key of Object.keys(before)) expect(after[key] === before[key], `storage.local.${key} replaced`).toBe(true);
  expect((await importItem.getValue())?.fileName).toBe('previous.json');
  expect((await activeIndexItem.getValue())?.index.version).toBe(active.version);
}

describe('malformed dataset files on the options page', () => {
  it('starts over an earlier import', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect((await importItem.getValue())?.dataset.version).toBe('previous-import');
    expect(await area.get(null)).toEqual(copy);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('refuses %s and changes nothing', async (_name, { text, path }) => {
    const container = renderPanel();
    choose(container, text);
    const lines = await shownErrors(container);
    const counted = MORE.test(lines.at(-1) ?? '') ? lines.slice(0, -1) : lines;
    expect(counted.filter((line) => !readable(line))).toEqual([]);
    expect(
      lines.some((line) => line.startsWith(`${path}: `)),
      lines.join('\n'),
    ).toBe(true);
    await expectNothingChanged(container);
  });

  it('a file that may extend but not replace is refused once Replace is chosen', async () => {
    const file = validDataset();
    const bundledId = bundled.entries[0]?.id ?? '';
    file.entries[0]?.related.push(bundledId);
    const container = renderPanel();
    choose(container, JSON.stringify(file));
    await screen.findByRole('button', { name: 'Apply' });
    fireEvent.click(screen.getByLabelText('Replace the bundled dataset'));
    expect(await shownErrors(container)).toEqual([`entries[0].related[1]: unknown entry id '${bundledId}'`]);
    await expectNothingChanged(container);
  });

  it('storage is deep-equal to what it was before the first file', async () => {
    expect(await area.get(null)).toEqual(copy);
  });
});
