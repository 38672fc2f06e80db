// Importing a dataset file on the options page, in real Firefox: the same behaviours as
// tests/browser/chromium/dataset-import.spec.ts.
import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import { cardText, paintedRangeCentre, paintedTexts, stagesRun } from '../../support/page-probes';
import { type FirefoxSuite, useFirefox } from './fixtures';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');
const IMPORTED = ['Kestrel Accord', 'Orla Vantreeck', 'Port Halvena'];
const allPainted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();
const textOf = (page: Page, testId: string) =>
  page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);
const hasButton = (page: Page, name: string) =>
  page.evaluate((label) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === label), name);

async function clickButton(page: Page, name: string): Promise<void> {
  await expect.poll(() => hasButton(page, name)).toBe(true);
  await page.evaluate((label) => {
    for (const b of document.querySelectorAll('button')) if (b.textContent?.trim() === label) return b.click();
  }, name);
}

async function openOptions(suite: FirefoxSuite): Promise<Page> {
  const options = await suite.firefox.newPage();
  await suite.firefox.openExtensionPage(options, 'options.html');
  await expect.poll(() => textOf(options, 'dataset-total')).toMatch(/^\d+$/);
  return options;
}

async function importFile(options: Page, file: string): Promise<void> {
  const input = (await options.waitForSelector('input[name="datasetFile"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(resolve(FIXTURES, file));
}

describe('dataset import (Firefox)', () => {
  const suite = useFirefox();

  // Whatever a test did, the bundled dataset is back for the next one (through the page's own button).
  afterEach(async () => {
    const options = await openOptions(suite);
    if (await hasButton(options, 'Revert to the bundled dataset')) await clickButton(options, 'Revert to the bundled dataset');
    await expect.poll(() => textOf(options, 'dataset-in-use')).toContain('the bundled dataset');
    await options.close();
  });

  test('a valid file extends the dataset: open pages, new pages, search and cards use it at once; revert undoes it', async () => {
    const page = await suite.firefox.newPage();
    await page.goto(suite.server.url('/imported-names.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });

    const options = await openOptions(suite);
    const total = Number(await textOf(options, 'dataset-total'));
    await importFile(options, 'extend-dataset.json');
    await expect
      .poll(() =>
        options.$$eval('[data-testid="import-preview"] details[data-change="added"] li', (items) => items.map((li) => li.textContent)),
      )
      .toEqual(IMPORTED);
    await clickButton(options, 'Apply');
    await expect.poll(() => textOf(options, 'data-status')).toBe('Imported. Search, cards and open pages use it now.');
    expect(await textOf(options, 'dataset-total')).toBe(String(total + 3));
    expect(await textOf(options, 'dataset-in-use')).toContain('extend-dataset.json');

    // The open tab, without a reload.
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));
    // A new tab: the first stage knows the imported names from the start; the card comes from the import.
    const fresh = await suite.firefox.newPage();
    await fresh.goto(suite.server.url('/imported-names.html'), { waitUntil: 'load' });
    await expect.poll(() => allPainted(fresh)).toEqual(expect.arrayContaining(IMPORTED));
    expect((await fresh.evaluate(stagesRun)).firstStage[0]).toBe('on-topic');
    const centre = await fresh.evaluate(paintedRangeCentre, 'Orla Vantreeck');
    if (!centre) throw new Error('no painted mention to hover');
    await fresh.mouse.move(centre.x - 20, centre.y);
    await fresh.mouse.move(centre.x, centre.y);
    await expect.poll(() => fresh.evaluate(cardText)).toContain('A made-up mediator used by the import tests');
    await fresh.close();

    const search = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(search, 'search.html?q=vantreek');
    const firstResult = () => search.evaluate(() => document.querySelector('[role="option"]')?.getAttribute('data-entry-id') ?? null);
    await expect.poll(firstResult).toBe('person-orla-vantreeck');

    await options.bringToFront();
    await clickButton(options, 'Revert to the bundled dataset');
    await expect.poll(() => textOf(options, 'data-status')).toBe('Back to the bundled dataset.');
    expect(await textOf(options, 'dataset-total')).toBe(String(total));
    await expect.poll(() => allPainted(page)).toEqual([]);
    await expect.poll(() => search.evaluate(() => document.querySelectorAll('[data-entry-id="person-orla-vantreeck"]').length)).toBe(0);
    await search.close();
    await options.close();
    await page.close();
  });

  test('an invalid file lists its errors by path and leaves the data in use as it was', async () => {
    const options = await openOptions(suite);
    await importFile(options, 'extend-dataset.json');
    await clickButton(options, 'Apply');
    await expect.poll(() => textOf(options, 'data-status')).toMatch(/Imported/);
    const page = await suite.firefox.newPage();
    await page.goto(suite.server.url('/imported-names.html'), { waitUntil: 'load' });
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));

    await options.bringToFront();
    await importFile(options, 'invalid-dataset.json');
    await expect.poll(() => textOf(options, 'import-errors')).toContain('This file cannot be imported, and nothing was changed');
    const errors = (await textOf(options, 'import-errors')) ?? '';
    expect(errors).toContain('entries[0].name: must be plain text, not HTML');
    expect(errors).toContain('sources.example-import-note.url: expected an https URL');
    expect(await hasButton(options, 'Apply')).toBe(false);
    expect(await textOf(options, 'dataset-in-use')).toContain('extend-dataset.json');
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));
    await options.close();
    await page.close();
  });
});
