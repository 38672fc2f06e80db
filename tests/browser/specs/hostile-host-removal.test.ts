// A page that removes our card's host element whenever it appears, or restyles it to hide it (inline, again
// and again, or from its own stylesheet): no loop and no error, and the card comes back on the next hover.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { cardText } from '../../support/page-probes';
import { collectPageErrors, hoverText, openCard } from '../driver/hostile-actions';
import { pause } from '../driver/page-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const PAGE = '/hostile/host-remover.html';
/** A different mention each round, so each hover is a new showing (not the card already shown). */
const ROUNDS = ['Steve Witkoff', 'Hamas', 'Khalil al-Hayya', 'Sharm el-Sheikh'] as const;

type Mode = 'off' | 'delete' | 'restyle';
interface Counts {
  removed: number;
  restyled: number;
}
interface Hostile {
  watch(mode: Mode, delayMs: number): void;
  counts(): Counts;
  removedCardText(): string | null;
  hideBySheet(): void;
}
const counts = (page: Page) => page.evaluate(() => (window as unknown as { hostile: Hostile }).hostile.counts());
const watch = (page: Page, mode: Mode, delayMs: number) =>
  page.evaluate((m, d) => (window as unknown as { hostile: Hostile }).hostile.watch(m, d), mode, delayMs);
const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('gaza-talks-context-ui').length);

/** 'visible' when the reader can see the card: shown, not hidden by display, opacity, visibility or transform; else why not. */
function cardSeen(): string {
  const host = document.querySelector('gaza-talks-context-ui');
  const panel = host?.shadowRoot?.querySelector('.gtc-panel');
  if (!host || !(panel instanceof HTMLElement)) return 'no host';
  if (panel.hidden) return 'not shown';
  const style = getComputedStyle(host);
  if (style.display === 'none') return 'display: none';
  if (style.opacity !== '1') return `opacity: ${style.opacity}`;
  if (style.transform !== 'none') return `transform: ${style.transform}`;
  if (!panel.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return 'invisible';
  const box = panel.getBoundingClientRect();
  return box.width > 0 && box.right > 0 && box.left < innerWidth ? 'visible' : 'off screen';
}

/**
 * How long the page waits before it removes or restyles our host, in the rounds where the reader should see
 * the card first: long enough for a card to load and show on a busy 2-core machine.
 */
const LATER_MS = 2000;

/** Opens and closes one card, so the card's file is loaded before the page starts its game. */
async function warmUp(page: Page): Promise<void> {
  await openCard(page, ROUNDS[3]);
  await leave(page);
}

/** Leaves every mention, and waits past the hover's grace period so the card is hidden. */
async function leave(page: Page): Promise<void> {
  await page.mouse.move(3, 3);
  await pause(700);
}

describe('a page that removes or hides our card', () => {
  const suite = useBrowser();

  test('removed the moment it appears: each hover mounts one new host and draws the card in it, nothing more', async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await openPainted(page, suite.server, PAGE);
    // Our host is there (swept when the page starts): a card is drawn ahead in a host only while it stands.
    await warmUp(page);
    await watch(page, 'delete', 0);
    for (const [round, name] of ROUNDS.slice(0, 3).entries()) {
      await hoverText(page, name);
      await expect.poll(() => counts(page)).toEqual({ removed: round + 1, restyled: 0 });
      // The card was drawn for this mention, in the host the page took away.
      await expect.poll(() => page.evaluate(() => (window as unknown as { hostile: Hostile }).hostile.removedCardText())).toContain(name);
      expect(await hosts(page)).toBe(0);
      await leave(page);
    }
    // No loop: nothing mounts the host again until the reader hovers.
    await pause(1500);
    expect(await counts(page)).toEqual({ removed: 3, restyled: 0 });
    // Once the page stops removing it, the next hover shows the card.
    await watch(page, 'off', 0);
    await openCard(page, ROUNDS[3]);
    expect(await page.evaluate(cardSeen)).toBe('visible');
    expect(errors).toEqual([]);
  });

  test('removed two seconds after it appears: the card comes back on the next hover, round after round', async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await openPainted(page, suite.server, PAGE);
    await warmUp(page);
    await watch(page, 'delete', LATER_MS);
    for (const [round, name] of ROUNDS.slice(0, 3).entries()) {
      await openCard(page, name);
      expect(await page.evaluate(cardSeen)).toBe('visible');
      await expect.poll(() => counts(page)).toEqual({ removed: round + 1, restyled: 0 });
      expect(await page.evaluate(cardText)).toBeNull();
      await leave(page);
    }
    await pause(1500);
    expect(await counts(page)).toEqual({ removed: 3, restyled: 0 });
    expect(errors).toEqual([]);
  });

  test('restyled whenever its style changes: one restyle per showing, no fight', async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await openPainted(page, suite.server, PAGE);
    await warmUp(page);
    await watch(page, 'restyle', 0);
    for (const [round, name] of ROUNDS.slice(0, 3).entries()) {
      await hoverText(page, name);
      await expect.poll(() => page.evaluate(cardText)).toContain(name);
      // The page hid it at once: we restyle our host once a showing, never in answer to the page (drawing the
      // card ahead while the pointer rests does not restyle it).
      await expect.poll(() => counts(page)).toEqual({ removed: 0, restyled: round + 1 });
      expect(await page.evaluate(cardSeen)).toBe('display: none');
      await leave(page);
    }
    await pause(1500);
    expect(await counts(page)).toEqual({ removed: 0, restyled: 3 });
    expect(await hosts(page)).toBe(1);
    expect(errors).toEqual([]);
  });

  test('restyled two seconds after each showing: the card comes back on the next hover, round after round', async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await openPainted(page, suite.server, PAGE);
    await warmUp(page);
    await watch(page, 'restyle', LATER_MS);
    for (const [round, name] of ROUNDS.slice(0, 3).entries()) {
      await openCard(page, name);
      await expect.poll(() => page.evaluate(cardSeen)).toBe('visible');
      await expect.poll(() => counts(page)).toEqual({ removed: 0, restyled: round + 1 });
      expect(await page.evaluate(cardSeen)).toBe('display: none');
      await leave(page);
    }
    await pause(1500);
    expect(await counts(page)).toEqual({ removed: 0, restyled: 3 });
    expect(errors).toEqual([]);
  });

  test("hidden by the page's own stylesheet (!important): the card still shows on every hover", async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await openPainted(page, suite.server, PAGE);
    await page.evaluate(() => (window as unknown as { hostile: Hostile }).hostile.hideBySheet());
    for (const name of ROUNDS.slice(0, 3)) {
      await openCard(page, name);
      expect(await page.evaluate(cardSeen)).toBe('visible');
      await leave(page);
    }
    expect(await hosts(page)).toBe(1);
    expect(errors).toEqual([]);
  });
});
