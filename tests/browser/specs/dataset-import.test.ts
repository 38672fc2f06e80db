// Importing a dataset file on the options page: pages, search and cards use it at once; a bad file changes nothing; revert undoes it.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import { cardText, paintedRangeCentre, paintedTexts, stagesRun } from '../../support/page-probes';
import { aria, textOf, waitShown } from '../driver/page-actions';
import { type BrowserSuite, useBrowser } from '../driver/use-browser';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');
const IMPORTED = ['Kestrel Accord', 'Orla Vantreeck', 'Port Halvena'];
const APPLY = aria('button', 'Apply');
const REVERT = aria('button', 'Revert to the bundled dataset');
const testId = (id: string) => `[data-testid="${id}"]`;
const allPainted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

/** The options page, once its dataset facts are shown. */
async function openOptions(suite: BrowserSuite): Promise<Page> {
  const options = await suite.driver.newPage();
  await suite.driver.openExtensionPage(options, 'options.html');
  await waitShown(options, testId('dataset-facts'));
  await expect.poll(() => textOf(options, testId('dataset-total'))).toMatch(/^\d+$/);
  return options;
}

/** Chooses a file in the dataset file field, found by its label as a reader finds it. */
async function importFile(options: Page, file: string): Promise<void> {
  const input = await options.waitForSelector('input[type="file"][name="datasetFile"]');
  if (!input) throw new Error('no dataset file field');
  expect(await input.evaluate((el) => el.labels?.[0]?.textContent?.trim())).toBe('Dataset file (.json)');
  await input.uploadFile(resolve(FIXTURES, file));
}

describe('dataset import', () => {
  const suite = useBrowser();

  // Whatever a test did, the bundled dataset is back for the next one (through the page's own button).
  afterEach(async () => {
    const options = await openOptions(suite);
    const revert = await options.$(REVERT);
    if (await revert?.isVisible()) await options.locator(REVERT).click();
    await expect.poll(() => textOf(options, testId('dataset-in-use'))).toContain('the bundled dataset');
  });

  test('a valid file extends the dataset: open pages, new pages, search and cards use it at once; revert undoes it', async () => {
    const page = await suite.driver.newPage();
    await page.goto(suite.server.url('/imported-names.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });

    const options = await openOptions(suite);
    const total = Number(await textOf(options, testId('dataset-total')));
    await importFile(options, 'extend-dataset.json');
    const added = () =>
      options.$$eval(`${testId('import-preview')} details[data-change="added"] li`, (lis) => lis.map((li) => li.textContent));
    await expect.poll(added).toEqual(IMPORTED);
    await options.locator(APPLY).click();
    await expect.poll(() => textOf(options, testId('data-status'))).toBe('Imported. Search, cards and open pages use it now.');
    await expect.poll(() => textOf(options, testId('dataset-total'))).toBe(String(total + 3));
    await expect.poll(() => textOf(options, testId('dataset-in-use'))).toContain('extend-dataset.json');

    // The open tab, without a reload.
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));
    // A new tab: the first stage knows the imported names from the start.
    const fresh = await suite.driver.newPage();
    await fresh.goto(suite.server.url('/imported-names.html'), { waitUntil: 'load' });
    await expect.poll(() => allPainted(fresh)).toEqual(expect.arrayContaining(IMPORTED));
    expect((await fresh.evaluate(stagesRun)).firstStage[0]).toBe('on-topic');
    // Its card, from the imported entry.
    const centre = await fresh.evaluate(paintedRangeCentre, 'Orla Vantreeck');
    if (!centre) throw new Error('no painted mention to hover');
    await fresh.mouse.move(centre.x - 20, centre.y);
    await fresh.mouse.move(centre.x, centre.y);
    await expect.poll(() => fresh.evaluate(cardText)).toContain('A made-up mediator used by the import tests');

    // Search, from the search page.
    const search = await suite.driver.newPage();
    await suite.driver.openExtensionPage(search, 'search.html?q=vantreek');
    const firstResult = () => search.$eval('[role="option"]', (o) => o.getAttribute('data-entry-id')).catch(() => null);
    await expect.poll(firstResult).toBe('person-orla-vantreeck');

    // Revert: one click, and the open tab, search and the counts follow.
    await options.bringToFront();
    await options.locator(REVERT).click();
    await expect.poll(() => textOf(options, testId('data-status'))).toBe('Back to the bundled dataset.');
    await expect.poll(() => textOf(options, testId('dataset-total'))).toBe(String(total));
    await expect.poll(() => allPainted(page)).toEqual([]);
    await expect.poll(() => search.$$eval('[data-entry-id="person-orla-vantreeck"]', (els) => els.length)).toBe(0);
  });

  test('an invalid file lists its errors by path and leaves the data in use as it was', async () => {
    const options = await openOptions(suite);
    await importFile(options, 'extend-dataset.json');
    await options.locator(APPLY).click();
    await expect.poll(() => textOf(options, testId('data-status'))).toMatch(/Imported/);
    const page = await suite.driver.newPage();
    await page.goto(suite.server.url('/imported-names.html'), { waitUntil: 'load' });
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));

    await options.bringToFront();
    await importFile(options, 'invalid-dataset.json');
    const errors = () => textOf(options, testId('import-errors'));
    await expect.poll(errors).toContain('This file cannot be imported, and nothing was changed');
    expect(await errors()).toContain('entries[0].name: must be plain text, not HTML');
    expect(await errors()).toContain('sources.example-import-note.url: expected an https URL');
    await expect.poll(() => options.$$(APPLY).then((buttons) => buttons.length)).toBe(0);
    // The earlier import is still the one in use, on the options page and on the open tab.
    expect(await textOf(options, testId('dataset-in-use'))).toContain('extend-dataset.json');
    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));
  });
});
