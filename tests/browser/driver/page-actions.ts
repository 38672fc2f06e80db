// Small reader actions and element probes over a puppeteer Page, shared by the browser specs: what
// Playwright's locators gave the Chromium specs (fill, check, toBeVisible), in the same terms in both browsers.
import type { Page } from 'puppeteer-core';

/** A selector for the element with this ARIA role and accessible name (exact), as a reader finds it. */
export const aria = (role: string, name: string): string => `::-p-aria([name="${name}"][role="${role}"])`;

export const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Replaces a field's text as a reader does: selects it all, deletes it, types the new text. (Puppeteer's
 * `fill('')` sets the value without an input event, so the page never hears a field emptied.)
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const field = await page.waitForSelector(selector, { visible: true });
  if (!field) throw new Error(`no field ${selector}`);
  await field.focus();
  await field.evaluate((el) => (el as HTMLInputElement | HTMLTextAreaElement).select());
  await page.keyboard.press('Backspace');
  if (text) await field.type(text);
}

/** Moves focus off a field, which commits it (its change event), as leaving it does. */
export async function leave(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (el) => (el as HTMLElement).blur());
}

/** Whether the checkbox or radio button is checked. */
export const isChecked = (page: Page, selector: string): Promise<boolean> => page.$eval(selector, (el) => (el as HTMLInputElement).checked);

/** The element's text, or null while there is none. */
export const textOf = (page: Page, selector: string): Promise<string | null> =>
  page.$eval(selector, (el) => el.textContent).catch(() => null);

/** The texts of the matching elements that are shown (rendered and not hidden), in document order. */
export const shownTexts = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (els) => els.filter((el) => el.checkVisibility({ visibilityProperty: true })).map((el) => el.textContent ?? ''));

/** Waits until an element matching `selector` is shown (Playwright's toBeVisible): fails the test if none is. */
export async function waitShown(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
}
