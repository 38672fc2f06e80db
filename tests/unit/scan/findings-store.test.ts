// The page's findings as parts of it are rescanned: few changed blocks, and many set-aside regions.
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/src/scan/finding';
import { FindingsStore } from '@/src/scan/findings-store';

let order = 0;
const findingIn = (node: Text): Finding => ({
  entry: { id: `e${order}`, kind: 'person', name: 'x' },
  text: node.data,
  licensed: true,
  start: { node, offset: 0 },
  end: { node, offset: 1 },
  nodes: [node],
  order: order++,
});

function page(blocks: number): { blocks: HTMLElement[]; findings: Finding[] } {
  const made = Array.from({ length: blocks }, (_, i) => {
    const p = document.createElement('p');
    const b = document.createElement('b');
    b.append(`Hamas ${i}`);
    p.append('before ', b);
    return p;
  });
  document.body.replaceChildren(...made);
  return { blocks: made, findings: made.map((p) => findingIn(p.querySelector('b')?.firstChild as Text)) };
}

describe('FindingsStore.replaceUnder', () => {
  it('swaps only the findings under a few changed blocks (nested text included), keeping the rest in order', () => {
    const { blocks, findings } = page(20);
    const store = new FindingsStore();
    store.replaceAll([...findings]);
    const fresh = [findingIn(document.createTextNode('new'))];
    store.replaceUnder([blocks[3] as HTMLElement, blocks[7] as HTMLElement], fresh);
    expect(store.all).toEqual([...findings.filter((_, i) => i !== 3 && i !== 7), ...fresh]);
  });

  it('does the same for many set-aside regions', () => {
    const { blocks, findings } = page(30);
    const store = new FindingsStore();
    store.replaceAll([...findings]);
    const regions = blocks.filter((_, i) => i % 3 === 0);
    store.replaceUnder(regions, []);
    expect(store.all).toEqual(findings.filter((_, i) => i % 3 !== 0));
  });
});
