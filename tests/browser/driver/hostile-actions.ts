// Reader actions and error collection shared by the specs (the hostile pages, extension updates, privacy).
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { cardText, paintedRangeCentre, textCentre } from '../../support/page-probes';

/**
 * Firefox reports its own request for /favicon.ico, refused by a strict page policy, as a page error: the
 * browser's request, not ours (strict-csp.html).
 */
const BROWSER_FAVICON = /^Content-Security-Policy: .*\/favicon\.ico\b/;

/** Every error the page's own world sees: an error of ours thrown into the page would land here. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message} ${error.stack ?? ''}` : String(error);
    if (!BROWSER_FAVICON.test(text)) errors.push(text);
  });
  return errors;
}

/**
 * Rests the pointer on the first occurrence of `text` in the page's text, painted or not (a page that clears
 * our paint still has its mentions), and waits for the card to show it.
 */
export async function hoverText(page: Page, text: string): Promise<void> {
  // A name split across elements ("Steve <b>Witkoff</b>") is in no one text node: then its painted range.
  const point = (await page.evaluate(textCentre, text)) ?? (await page.evaluate(paintedRangeCentre, text));
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y);
}

/** Hovers `text` and waits until the card shows its entry. */
export async function openCard(page: Page, text: string, entryName = text): Promise<void> {
  await hoverText(page, text);
  await expect.poll(() => page.evaluate(cardText)).toContain(entryName);
}

/** Moves the pointer off every mention and waits until no card is shown. */
export async function moveAway(page: Page): Promise<void> {
  await page.mouse.move(3, 3);
  await expect.poll(() => page.evaluate(cardText)).toBeNull();
}
