// A subtree's text in document order, as pieces whose concatenation is exactly `root.textContent`
// (less the text of any `left out` elements). One textContent read of a 10 MB body takes ~50 ms in one go;
// read element by element, it can yield.

/** A container with more element children than this is read child by child. */
const DESCEND_OVER = 32;

/** Elements whose text is left out, and every element holding one (those are read child by child). */
export interface LeftOut {
  elements: ReadonlySet<Element>;
  holders: ReadonlySet<Element>;
}

export function leftOut(elements: ReadonlySet<Element>): LeftOut {
  const holders = new Set<Element>();
  for (const element of elements) {
    for (let up = element.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return { elements, holders };
}

/** Children whose text no reader sees: the topic gate passes over them (the scan needs exact offsets, so keeps them). */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** `unseen: 'skip'` leaves out script and style elements met as children of the containers read. */
export function* textPieces(root: Node, omit?: LeftOut, unseen: 'keep' | 'skip' = 'keep'): Generator<string> {
  if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
    yield root.textContent ?? '';
    return;
  }
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) yield (child as CharacterData).data;
    else if (child.nodeType !== Node.ELEMENT_NODE) continue;
    else if (omit?.elements.has(child as Element)) continue;
    else if (unseen === 'skip' && UNSEEN.has((child as Element).tagName)) continue;
    else if ((child as Element).childElementCount > DESCEND_OVER || omit?.holders.has(child as Element))
      yield* textPieces(child, omit, unseen);
    else yield child.textContent ?? '';
  }
}
