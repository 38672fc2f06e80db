import { describe, expect, it } from 'vitest';
import { SubtreeText } from '@/src/scan/subtree-text';
import { textBlocks } from '@/src/scan/text-blocks';

function page(html: string): HTMLElement {
  // Test fixture only: product code never writes markup into a page.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  return document.body;
}

const texts = (root: Node) => [...textBlocks(root)].map((b) => b.text);

describe('SubtreeText', () => {
  it('hands out the text in order across the pieces it reads, skipping what is passed over', () => {
    // More than 32 children: the text is read child by child, so slices span several pieces.
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>paragraph ${i} text</p>`).join('');
    const root = page(`<div>${paragraphs}</div>`).firstElementChild as Element;
    const whole = root.textContent ?? '';
    const source = new SubtreeText(root);
    const a = whole.indexOf('paragraph 3 ');
    const b = whole.indexOf('paragraph 30 ');
    expect(source.slice(a, a + 11)).toBe('paragraph 3');
    expect(source.slice(a + 12, b + 12)).toBe(whole.slice(a + 12, b + 12));
    expect(source.slice(whole.length - 4, whole.length)).toBe('text');
    source.close();
  });

  it('marks itself stale when the subtree changes after reading began', async () => {
    const root = page('<p>one</p>');
    const source = new SubtreeText(root);
    expect(source.stale).toBe(false);
    (root.firstElementChild as Element).append(' more');
    await new Promise((r) => setTimeout(r, 0));
    expect(source.stale).toBe(true);
    source.close();
  });
});

describe('textBlocks reading lengths, not data', () => {
  it('keeps offsets right around skipped elements and across inline tags', () => {
    const root = page('<p>Envoy <b>Steve</b><script>var x = "Hamas";</script> Witkoff <code>Hamas</code>met</p><p>Qatar</p>');
    const blocks = [...textBlocks(root)];
    expect(blocks.map((b) => b.text)).toEqual(['Envoy Steve Witkoff met', 'Qatar']);
    const [first] = blocks;
    // Each node's own text sits at its recorded start.
    first?.nodes.forEach((node, i) => {
      expect(first.text.slice(first.starts[i], (first.starts[i] ?? 0) + node.length)).toBe(node.data);
    });
    expect(first?.nodes).toHaveLength(4);
  });

  it('reads the page as it is when it changed while the walk was paused', async () => {
    // One container: its whole text is read as one piece before the change.
    const root = page('<div><p>first</p><p>second</p><p>third</p></div>');
    const walk = textBlocks(root);
    expect(walk.next().value?.text).toBe('first');
    const ps = root.querySelectorAll('p');
    (ps[1]?.firstChild as Text).data = 'Hamas said';
    (ps[2]?.firstChild as Text).data = 'Gaza';
    await new Promise((r) => setTimeout(r, 0));
    expect([...walk].map((b) => b.text)).toEqual(['Hamas said', 'Gaza']);
  });

  it('reads a document root and shadow roots', () => {
    page('<p>light</p><div id="host"></div>');
    const host = document.getElementById('host');
    const p = document.createElement('p');
    p.textContent = 'in the shadow';
    host?.attachShadow({ mode: 'open' }).append(p);
    expect(texts(document)).toEqual(['light', 'in the shadow']);
  });
});
