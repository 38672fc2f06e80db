// Which block (paragraph, heading, list item) of the page a mention is in, as a number unique for the
// page's life: relevance asks whether the talks are named in more than one place.
let next = 0;

/** A number no block has had on this page. */
export const newBlockId = (): number => next++;
