// Importing a dataset file on the options page, in real Chromium: an open page that names only the imported
// entries is painted at once (no reload), a new tab finds them too, search finds them, the card shows them;
// an invalid file lists its errors by path and changes nothing; revert takes one click and undoes it all.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { cardText, paintedRangeCentre, paintedTexts, stagesRun } from '../../support/page-probes';
import { expect, openExtensionPage, test } from './fixtures';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');
const IMPORTED = ['Kestrel Accord', 'Orla Vantreeck', 'Port Halvena'];
const allPainted = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

test.describe('dataset import', () => {
  // Whatever a test did, the bundled dataset is back for the next one (through the page's own button).
  test.afterEach(async ({ chromiumExt }) => {
    const options = await chromiumExt.context.newPage();
    await openExtensionPage(options, chromiumExt, 'options.html');
    await expect(options.getByTestId('dataset-facts')).toBeVisible();
    const revert = options.getByRole('button', { name: 'Revert to the bundled dataset' });
    if (await revert.isVisible()) await revert.click();
    await expect(options.getByTestId('dataset-in-use')).toContainText('the bundled dataset');
    await options.close();
  });

  test('a valid file extends the dataset: open pages, new pages, search and cards use it at once; revert undoes it', async ({
    page,
    server,
    chromiumExt,
  }) => {
    await page.goto(server.url('/imported-names.html'));
    await expect.poll(() => page.evaluate(stagesRun)).toEqual({ firstStage: ['no-strong-names'], engine: false });

    const options = await chromiumExt.context.newPage();
    await openExtensionPage(options, chromiumExt, 'options.html');
    const total = Number(await options.getByTestId('dataset-total').textContent());
    await options.getByLabel('Dataset file (.json)').setInputFiles(resolve(FIXTURES, 'extend-dataset.json'));
    const added = options.getByTestId('import-preview').locator('details[data-change="added"] li');
    await expect(added).toHaveText(IMPORTED);
    await options.getByRole('button', { name: 'Apply' }).click();
    await expect(options.getByTestId('data-status')).toHaveText('Imported. Search, cards and open pages use it now.');
    await expect(options.getByTestId('dataset-total')).toHaveText(String(total + 3));
    await expect(options.getByTestId('dataset-in-use')).toContainText('extend-dataset.json');

    // The open tab, without a reload.
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));
    // A new tab: the first stage knows the imported names from the start.
    const fresh = await chromiumExt.context.newPage();
    await fresh.goto(server.url('/imported-names.html'));
    await expect.poll(() => allPainted(fresh)).toEqual(expect.arrayContaining(IMPORTED));
    expect((await fresh.evaluate(stagesRun)).firstStage[0]).toBe('on-topic');
    // Its card, from the imported entry.
    const centre = await fresh.evaluate(paintedRangeCentre, 'Orla Vantreeck');
    if (!centre) throw new Error('no painted mention to hover');
    await fresh.mouse.move(centre.x, centre.y);
    await expect.poll(() => fresh.evaluate(cardText)).toContain('A made-up mediator used by the import tests');
    await fresh.close();

    // Search, from the search page.
    const search = await chromiumExt.context.newPage();
    await openExtensionPage(search, chromiumExt, 'search.html?q=vantreek');
    await expect(search.getByRole('option').first()).toHaveAttribute('data-entry-id', 'person-orla-vantreeck');

    // Revert: one click, and the open tab, search and the counts follow.
    await options.bringToFront();
    await options.getByRole('button', { name: 'Revert to the bundled dataset' }).click();
    await expect(options.getByTestId('data-status')).toHaveText('Back to the bundled dataset.');
    await expect(options.getByTestId('dataset-total')).toHaveText(String(total));
    await expect.poll(() => allPainted(page)).toEqual([]);
    await expect(search.locator('[data-entry-id="person-orla-vantreeck"]')).toHaveCount(0);
    await search.close();
    await options.close();
  });

  test('an invalid file lists its errors by path and leaves the data in use as it was', async ({ page, server, chromiumExt }) => {
    const options = await chromiumExt.context.newPage();
    await openExtensionPage(options, chromiumExt, 'options.html');
    await options.getByLabel('Dataset file (.json)').setInputFiles(resolve(FIXTURES, 'extend-dataset.json'));
    await options.getByRole('button', { name: 'Apply' }).click();
    await expect(options.getByTestId('data-status')).toHaveText(/Imported/);
    await page.goto(server.url('/imported-names.html'));
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));

    await options.bringToFront();
    await options.getByLabel('Dataset file (.json)').setInputFiles(resolve(FIXTURES, 'invalid-dataset.json'));
    const errors = options.getByTestId('import-errors');
    await expect(errors).toContainText('This file cannot be imported, and nothing was changed');
    await expect(errors).toContainText('entries[0].name: must be plain text, not HTML');
    await expect(errors).toContainText('sources.example-import-note.url: expected an https URL');
    await expect(options.getByRole('button', { name: 'Apply' })).toHaveCount(0);
    // The earlier import is still the one in use, on the options page and on the open tab.
    await expect(options.getByTestId('dataset-in-use')).toContainText('extend-dataset.json');
    await page.bringToFront();
    await page.reload();
    await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(IMPORTED));
    await options.close();
  });
});
