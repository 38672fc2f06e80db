// Strings that look like markup or carry bidi controls render as text in the card: nothing is parsed,
// nothing runs, and right-to-left overrides cannot flip the text around them (the import refuses such
// strings too: tests/unit/dataset/import).
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '@/src/card/Card';
import { view } from './card-fixtures';

afterEach(cleanup);

describe('hostile text in entry strings', () => {
  it('renders HTML and script tags as text and creates no element from them', () => {
    const hostile = view();
    hostile.entry.name = '<img src=x onerror="alert(1)">Name';
    hostile.entry.summary = '<script>alert(1)</script> A summary with <b>markup</b>.';
    hostile.entry.caveats = ['<a href="javascript:alert(1)">click</a>'];
    render(<Card view={hostile} />);
    const card = document.querySelector('article.gtc-card');
    expect(card?.textContent).toContain('<img src=x onerror="alert(1)">Name');
    expect(card?.textContent).toContain('<script>alert(1)</script> A summary with <b>markup</b>.');
    expect(card?.textContent).toContain('<a href="javascript:alert(1)">click</a>');
    expect(card?.querySelectorAll('img, script, b, a[href^="javascript"]')).toHaveLength(0);
  });

  it('keeps bidi controls inside the entry text, isolated from the card around them', () => {
    const hostile = view();
    hostile.entry.name = '\u202Eevil name';
    render(<Card view={hostile} />);
    const heading = document.querySelector('article.gtc-card h2');
    expect(heading?.textContent).toContain('\u202Eevil name');
    // The heading is its own direction-isolated block (dir="auto"), so the override ends with it.
    expect(heading?.getAttribute('dir')).toBe('auto');
    expect(heading?.getAttribute('lang')).toBe('en');
  });
});
