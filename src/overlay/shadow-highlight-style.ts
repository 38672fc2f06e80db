// Our highlight rules inside the shadow roots that hold painted mentions. Firefox applies a document's
// ::highlight() rules to its light tree only, so a mention inside a shadow root was registered (its card
// opened) but drawn plain; Chromium's highlight inheritance carries the rules in, so only Firefox calls this.
// The rules are adopted as a constructed sheet, never a <style>: the page's DOM stays as it was.
import fillCss from '../../entrypoints/highlights.content.css?inline';
import underlineCss from '../../entrypoints/underlines.content.css?inline';

const highlightCss = `${fillCss}\n${underlineCss}`;

/** One sheet per document: a constructed sheet can be adopted only in the document it was made in. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

function sheetFor(doc: Document, css: string): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(doc, sheet);
  }
  return sheet;
}

/** Adds our highlight rules to each shadow root the findings are in (once: a root that has them is left alone). */
export function styleShadowRoots(findings: readonly { shadow?: ShadowRoot }[], css: string = highlightCss): void {
  const roots = new Set<ShadowRoot>();
  for (const finding of findings) if (finding.shadow) roots.add(finding.shadow);
  for (const root of roots) {
    try {
      const sheet = sheetFor(root.ownerDocument, css);
      // Asked each pass, not remembered: the page may have replaced its roots' sheets since.
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // No constructed sheets here: the mention stays registered (its card opens) but drawn plain.
    }
  }
}
