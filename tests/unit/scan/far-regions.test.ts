import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FarRegions } from '@/src/scan/far-regions';
import { textBlocks } from '@/src/scan/text-blocks';
import { leftOut, pastLeftOut, textPieces } from '@/src/scan/text-pieces';

const SCREEN = window.innerHeight;

/** Sections 0..n-1, each one screen tall, laid out one under the other (positions faked: no layout here). */
function longPage(n: number): HTMLElement[] {
  const sections = Array.from({ length: n }, (_, i) => {
    const section = document.createElement('section');
    section.dataset.top = String(i * SCREEN);
    section.append(Object.assign(document.createElement('p'), { textContent: `Section ${i} on Hamas` }));
    return section;
  });
  document.body.replaceChildren(...sections);
  return sections;
}

describe('FarRegions', () => {
  let scrollY = 0;
  beforeEach(() => {
    scrollY = 0;
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const own = (this as HTMLElement).dataset?.top;
      const top = (own === undefined ? 0 : Number(own)) - scrollY;
      return DOMRect.fromRect({ x: 0, y: top, width: 100, height: own === undefined ? 0 : SCREEN });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('sets aside what lies beyond the band round the screen, and the scan leaves it out', async () => {
    const sections = longPage(10);
    const far = new FarRegions(window);
    const omit = await far.split(document.body);
    // The screen and the two below it are kept (a section touching the band's edge counts as near).
    expect([...(omit?.elements ?? [])]).toEqual(sections.slice(4));
    expect(far.pending).toBe(6);
    const texts = [...textBlocks(document.body, omit ? { omit } : {})].map((b) => b.text);
    expect(texts).toEqual(['Section 0 on Hamas', 'Section 1 on Hamas', 'Section 2 on Hamas', 'Section 3 on Hamas']);
  });

  it('hands regions over as the reader scrolls near them, and shows all of them when asked', async () => {
    const sections = longPage(10);
    const far = new FarRegions(window);
    await far.split(document.body);
    scrollY = 2 * SCREEN;
    expect(far.takeNear()).toEqual(sections.slice(4, 6));
    expect(far.takeNear()).toEqual([]);
    sections[9]?.remove();
    // The popup's whole read counts the connected ones and leaves them set aside (region-tally.ts).
    const rest = far.peekAll();
    expect(rest).toEqual(sections.slice(6, 9));
    expect(far.pending).toBe(4);
    far.take(rest);
    expect(far.pending).toBe(1);
  });

  it('finds runs of set-aside siblings across blank text and comments only, and both walks pass a run in one step', async () => {
    const sections = longPage(12);
    // Between sections: line breaks, a comment, a sentence of the page's own, an element not laid out.
    const gap = (i: number, ...nodes: Node[]) => sections[i]?.after(...nodes);
    gap(5, document.createTextNode('\n  '), document.createComment('ad'), document.createTextNode(' '));
    gap(7, document.createTextNode(' Cairo said so. '));
    const hidden = Object.assign(document.createElement('div'), { textContent: 'Doha' });
    gap(9, hidden);
    const omit = await new FarRegions(window).split(document.body);
    if (!omit) throw new Error('nothing set aside');
    // Sections 4-11 are far: 4..7 one run (blank text, a comment), then 8..9 (text stood between 7 and 8),
    // then 10..11 (the element not laid out between 9 and 10 is scanned).
    const end = (i: number) => (sections[i] ? omit.runEnds?.get(sections[i]) : undefined);
    expect(end(4)).toBe(sections[7]);
    expect(end(8)).toBe(sections[9]);
    expect(end(10)).toBe(sections[11]);
    expect(omit.runEnds?.size).toBe(3);
    const expected = ['Section 0 on Hamas', 'Section 1 on Hamas', 'Section 2 on Hamas', 'Section 3 on Hamas', 'Cairo said so.', 'Doha'];
    expect([...textBlocks(document.body, { omit })].map((b) => b.text.trim())).toEqual(expected);
    // Text put inside a run after the split is passed with the run by both walks, which stay in step.
    sections[5]?.after(document.createTextNode('Ankara said so.'));
    const pieces = [...textPieces(document.body, omit)].join('');
    expect(pieces).not.toContain('Ankara');
    expect([...textBlocks(document.body, { omit })].map((b) => b.text.trim())).toEqual(expected);
    expect(pieces.replace(/\s+/g, '')).toBe(expected.join('').replace(/\s+/g, ''));
  });

  it('passes a run the page has broken up one element at a time', async () => {
    const sections = longPage(10);
    const omit = await new FarRegions(window).split(document.body);
    if (!omit || !sections[4] || !sections[9]) throw new Error('page not set up');
    expect(pastLeftOut(sections[4], omit)).toBe(sections[9]);
    // The run's last section moved elsewhere: jumping to it would leave the page's own text behind it unread.
    const moved = sections[9];
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later text' }));
    document.head.append(moved);
    expect(pastLeftOut(sections[4], omit)).toBe(sections[4]);
    expect([...textBlocks(document.body, { omit })].map((b) => b.text).at(-1)).toBe('Later text');
    expect([...textPieces(document.body, omit)].join('')).toContain('Later text');
  });

  it('leaves nothing aside on a page within the band', async () => {
    longPage(2);
    expect(await new FarRegions(window).split(document.body)).toBeUndefined();
  });
});

describe('leaving elements out', () => {
  it('keeps the text pieces and the walk in step around left-out elements at any depth', () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<div><p>Qatar said</p><section id="far"><p>Hamas</p></section><p>Egypt said</p></div><code>x <span id="deep">Gaza</span> y</code><p>Doha</p>',
        ),
    );
    const omit = leftOut(new Set([document.getElementById('far'), document.getElementById('deep')].filter((e) => e !== null)));
    expect([...textPieces(document.body, omit)].join('')).toBe('Qatar saidEgypt saidx  yDoha');
    expect([...textBlocks(document.body, { omit })].map((b) => b.text)).toEqual(['Qatar said', 'Egypt said', 'Doha']);
  });
});
