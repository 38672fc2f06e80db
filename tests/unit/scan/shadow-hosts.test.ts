import { describe, expect, it } from 'vitest';
import { HOST_SELECTOR, possibleHosts, SHADOW_HOST_TAGS } from '@/src/scan/shadow-hosts';

describe('shadow hosts', () => {
  it('selects every tag that can host a shadow root but <p> and <span>', () => {
    const expected = [...SHADOW_HOST_TAGS].filter((tag) => tag !== 'P' && tag !== 'SPAN').map((tag) => tag.toLowerCase());
    expect(HOST_SELECTOR.split(',').sort()).toEqual(expected.sort());
  });

  it('finds the container elements and custom elements, not paragraphs', () => {
    const root = document.createElement('div');
    root.append(document.createRange().createContextualFragment('<section></section><p></p><span></span><news-card></news-card><h2></h2>'));
    expect([...possibleHosts(root)].map((el) => el.tagName).sort()).toEqual(['H2', 'NEWS-CARD', 'SECTION']);
  });
});
