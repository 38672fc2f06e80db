// Our card's host resets its own styles before each showing: importantly, so a page's `!important` rule on
// our tag cannot hide the card, except for text spacing, which stays open to a reader's own overrides.
import { describe, expect, it } from 'vitest';
import { restyleHost } from '@/src/card/card-host';

describe('restyleHost', () => {
  it('resets every property with !important, text spacing without it', () => {
    const host = document.createElement('gaza-talks-context-ui');
    host.style.setProperty('display', 'none', 'important');
    restyleHost(host);
    // happy-dom keeps `all` as written; a browser expands it to every property, each !important.
    expect(host.style.getPropertyValue('all')).toBe('initial');
    expect(host.style.getPropertyPriority('all')).toBe('important');
    for (const spacing of ['line-height', 'letter-spacing', 'word-spacing']) {
      expect(host.style.getPropertyValue(spacing), spacing).toBe('initial');
      expect(host.style.getPropertyPriority(spacing), spacing).toBe('');
    }
    expect([host.style.getPropertyValue('display'), host.style.getPropertyPriority('display')]).toEqual(['block', 'important']);
    expect([host.style.getPropertyValue('position'), host.style.getPropertyPriority('position')]).toEqual(['fixed', 'important']);
  });
});
