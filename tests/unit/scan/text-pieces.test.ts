import { describe, expect, it } from 'vitest';
import { textPieces } from '@/src/scan/text-pieces';

describe('textPieces', () => {
  it('adds up to exactly textContent, through large containers and mixed text', () => {
    const root = document.createElement('div');
    const list = document.createElement('ul');
    for (let i = 0; i < 100; i++) {
      const li = document.createElement('li');
      li.append(`item ${i} `, Object.assign(document.createElement('b'), { textContent: 'bold' }));
      list.append(li, ' ');
    }
    root.append('lead ', list, document.createComment('not text'), ' tail');
    const pieces = [...textPieces(root)];
    expect(pieces.join('')).toBe(root.textContent);
    // The 100-item list was read item by item, not in one go.
    expect(pieces.length).toBeGreaterThan(100);
  });

  it('reads a text node or a small element whole', () => {
    expect([...textPieces(document.createTextNode('Hamas'))]).toEqual(['Hamas']);
    const p = document.createElement('p');
    p.append(Object.assign(document.createElement('b'), { textContent: 'Steve' }), ' Witkoff');
    expect([...textPieces(p)].join('')).toBe('Steve Witkoff');
  });
});
