// A subtree's text in document order, as pieces whose concatenation is exactly `root.textContent`.
// One textContent read of a 10 MB body takes ~50 ms in one go; read element by element, it can yield.

/** A container with more element children than this is read child by child. */
const DESCEND_OVER = 32;

export function* textPieces(root: Node): Generator<string> {
  if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
    yield root.textContent ?? '';
    return;
  }
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) yield (child as CharacterData).data;
    else if (child.nodeType !== Node.ELEMENT_NODE) continue;
    else if ((child as Element).childElementCount > DESCEND_OVER) yield* textPieces(child);
    else yield child.textContent ?? '';
  }
}
