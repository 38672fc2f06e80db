// Hostile pages, frames: a story framing its widgets in every kind of frame (same-origin, cross-origin,
// sandboxed with and without allow-same-origin, srcdoc, a frame in a frame, and that again cross-origin).
// Chromium and Firefox both run the extension in every one of them: each frame is painted by its own scan,
// its card opens inside it on hover, and the parent page keeps its own paint and shows no card.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { paintedCentrePlain, paintedTextsPlain } from '../../support/hostile-probes';
import { cardText, paintedTexts } from '../../support/page-probes';
import { type StaticServer, startStaticServer } from '../../support/static-server';
import { openPainted, useBrowser } from '../driver/use-browser';

interface FrameCase {
  kind: string;
  /** The frame's document, by origin ('main' is the test server, 'cross' the second one) and path. */
  at: readonly ['main' | 'cross', string];
  /** The frame holding it, when it is nested. */
  inside?: readonly ['main' | 'cross', string];
  /** A name only this frame's text holds. */
  name: string;
}

const CASES: readonly FrameCase[] = [
  { kind: 'same-origin', at: ['main', '/hostile/frames-child.html'], name: 'Badr Abdelatty' },
  { kind: 'cross-origin', at: ['cross', '/hostile/frames-cross.html'], name: 'Khalil al-Hayya' },
  { kind: 'sandboxed, no permissions (sandbox="")', at: ['main', '/hostile/frames-sandbox-strict.html'], name: 'Hassan Rashad' },
  { kind: 'sandboxed with allow-same-origin', at: ['main', '/hostile/frames-sandbox-same.html'], name: 'Ibrahim Kalın' },
  { kind: 'srcdoc', at: ['main', 'about:srcdoc'], name: 'Jared Kushner' },
  { kind: 'holding a frame', at: ['main', '/hostile/frames-nest.html'], name: 'Ron Dermer' },
  {
    kind: 'inside a same-origin frame',
    at: ['main', '/hostile/frames-leaf.html'],
    inside: ['main', '/hostile/frames-nest.html'],
    name: 'Mohammed bin Abdulrahman Al Thani',
  },
  { kind: 'cross-origin, holding a frame', at: ['cross', '/hostile/frames-nest.html'], name: 'Ron Dermer' },
  {
    kind: 'inside a cross-origin frame',
    at: ['cross', '/hostile/frames-leaf.html'],
    inside: ['cross', '/hostile/frames-nest.html'],
    name: 'Mohammed bin Abdulrahman Al Thani',
  },
];

/** The top-level viewport point of the top-left corner of `frame`'s viewport (through every frame above it). */
async function frameOrigin(frame: Frame): Promise<{ x: number; y: number }> {
  let x = 0;
  let y = 0;
  for (let f: Frame | null = frame; f?.parentFrame(); f = f.parentFrame()) {
    const element = await f.frameElement();
    if (!element) throw new Error(`no frame element for ${f.url()}`);
    const corner = await element.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
    });
    x += corner.x;
    y += corner.y;
  }
  return { x, y };
}

/** Scrolls each frame element above `frame` into view, outermost first. */
async function scrollFrameIntoView(frame: Frame): Promise<void> {
  const chain: Frame[] = [];
  for (let f: Frame | null = frame; f?.parentFrame(); f = f.parentFrame()) chain.unshift(f);
  for (const f of chain) await (await f.frameElement())?.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

describe('hostile pages: frames', () => {
  const suite = useBrowser();
  let cross: StaticServer;
  beforeAll(async () => {
    cross = await startStaticServer();
  });
  afterAll(async () => {
    await cross?.close();
  });

  const urlOf = ([origin, path]: readonly ['main' | 'cross', string]) =>
    path.startsWith('about:') ? path : `${origin === 'main' ? suite.server.origin : cross.origin}${path}`;

  const frameOf = (page: Page, c: FrameCase): Frame | undefined =>
    page
      .frames()
      .find((f) => f !== page.mainFrame() && f.url() === urlOf(c.at) && (!c.inside || f.parentFrame()?.url() === urlOf(c.inside)));

  const openParent = async (): Promise<{ page: Page; parentPaint: Record<string, string[]> }> => {
    const page = await suite.driver.newPage();
    const parentPaint = await openPainted(page, suite.server, `/hostile/frames-parent.html?cross=${encodeURIComponent(cross.origin)}`);
    return { page, parentPaint };
  };

  test('the parent paints its own story and nothing of its frames', async () => {
    const { parentPaint } = await openParent();
    const painted = Object.values(parentPaint).flat();
    expect(painted).toEqual(expect.arrayContaining(['Hamas', 'Sharm el-Sheikh', 'Steve Witkoff']));
    for (const c of CASES) expect(painted).not.toContain(c.name);
  });

  test.each(CASES)('a $kind frame is painted, and its card opens inside it on hover', async (c) => {
    const { page, parentPaint } = await openParent();
    await expect.poll(async () => (frameOf(page, c) ? 'found' : 'missing')).toBe('found');
    const frame = frameOf(page, c) as Frame;
    // Read without a callback: Chromium runs none in a frame sandboxed without allow-scripts.
    await expect.poll(async () => Object.values(await frame.evaluate(paintedTextsPlain)).flat()).toContain(c.name);

    await scrollFrameIntoView(frame);
    const inFrame = await frame.evaluate(paintedCentrePlain, c.name);
    if (!inFrame) throw new Error(`"${c.name}" is painted but has no box in its frame`);
    const origin = await frameOrigin(frame);
    await page.mouse.move(origin.x + inFrame.x - 20, origin.y + inFrame.y);
    await page.mouse.move(origin.x + inFrame.x, origin.y + inFrame.y);
    await expect.poll(() => frame.evaluate(cardText)).toContain(c.name);

    // The parent page is left as it was: its own paint, no card of ours.
    expect(await page.evaluate(cardText)).toBeNull();
    expect(await page.evaluate(() => document.querySelector('gaza-talks-context-ui') !== null)).toBe(false);
    expect(await page.evaluate(paintedTexts)).toEqual(parentPaint);
  });
});
