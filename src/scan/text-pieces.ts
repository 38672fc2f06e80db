// A subtree's text in document order, as pieces whose concatenation is exactly `root.textContent`
// (less the text of any `left out` elements). One textContent read of a 10 MB body takes ~50 ms in one go;
// read element by element, it can yield.

/** A container with more element children than this is read child by child. */
const DESCEND_OVER = 32;

/** Elements whose text is left out, and every element holding one (those are read child by child). */
export interface LeftOut {
  elements: ReadonlySet<Element>;
  holders: ReadonlySet<Element>;
  /**
   * Runs of left-out siblings with nothing but blank text or comments between them: the first → the last.
   * Both walks (this one and text-blocks') jump a run in one step: a long page's container holds thousands
   * of set-aside sections, and passing them one by one made the first scan's longest task.
   */
  runEnds?: ReadonlyMap<Element, Element>;
}

export function leftOut(elements: ReadonlySet<Element>, runEnds?: ReadonlyMap<Element, Element>): LeftOut {
  const holders = new Set<Element>();
  for (const element of elements) {
    for (let up = element.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return runEnds ? { elements, holders, runEnds } : { elements, holders };
}

/** Where a walk goes on from after left-out `element`: the last of its run when the run is still whole. */
export function pastLeftOut(element: Element, omit: LeftOut): Element {
  const end = omit.runEnds?.get(element);
  // A run the page has changed since (its last one moved or removed) is passed one element at a time.
  return end && end.parentNode === element.parentNode ? end : element;
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
    else if (omit?.elements.has(child as Element)) child = pastLeftOut(child as Element, omit);
    else if (unseen === 'skip' && UNSEEN.has((child as Element).tagName)) continue;
    else if ((child as Element).childElementCount > DESCEND_OVER || omit?.holders.has(child as Element))
      yield* textPieces(child, omit, unseen);
    else yield child.textContent ?? '';
  }
}
