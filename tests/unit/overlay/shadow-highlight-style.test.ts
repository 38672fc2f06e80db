// Firefox draws highlights inside a shadow root only with the rules inside it: our sheet is adopted once per
// root, beside the page's own sheets, and no element is added.
import { describe, expect, it } from 'vitest';
import { styleShadowRoots } from '@/src/overlay/shadow-highlight-style';

const CSS_TEXT = '::highlight(gaza-talks-context-person) { text-decoration-line: underline; }';

function hostWithRoot(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  root.append(document.createElement('p'));
  return root;
}

describe('styleShadowRoots', () => {
  it("adopts one sheet in each root with findings, keeping the page's own sheets and its DOM", () => {
    const root = hostWithRoot();
    const pageSheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [pageSheet];
    const other = hostWithRoot();
    const before = root.childNodes.length;
    styleShadowRoots([{ shadow: root }, { shadow: root }, {}, { shadow: other }], CSS_TEXT);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(other.adoptedStyleSheets).toHaveLength(1);
    // The same sheet for every root of the document.
    expect(other.adoptedStyleSheets[0]).toBe(root.adoptedStyleSheets[1]);
    expect(root.childNodes.length).toBe(before);
  });

  it('does not add the sheet twice, and adds it again after the page replaced its sheets', () => {
    const root = hostWithRoot();
    styleShadowRoots([{ shadow: root }], CSS_TEXT);
    styleShadowRoots([{ shadow: root }], CSS_TEXT);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    root.adoptedStyleSheets = [];
    styleShadowRoots([{ shadow: root }], CSS_TEXT);
    expect(root.adoptedStyleSheets).toHaveLength(1);
  });
});
