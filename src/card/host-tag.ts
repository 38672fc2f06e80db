// The tag of the one element we add to a page (the card's host), in a file of its own so the engine can
// name it without bundling the card.
export const HOST_TAG = 'gaza-talks-context-ui';

/**
 * Set on our host by the manifest's sheet (entrypoints/highlights.content.css), which the browser takes away
 * when the extension is turned off: the card is seen only while it is there.
 */
export const CARD_SHOWN_PROPERTY = '--gaza-talks-context-shown';

/**
 * Removes hosts left by an earlier copy of the extension. Firefox ends the old content scripts at once when
 * the extension is reloaded or updated, so a card they had open would stay on the page.
 */
export function removeLeftoverHosts(doc: Document): void {
  for (const host of doc.querySelectorAll(HOST_TAG)) host.remove();
}
