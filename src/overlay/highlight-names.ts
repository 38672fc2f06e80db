import { KINDS, type Kind } from '../dataset/kinds';

// CSS.highlights is one registry shared with the page's scripts: our names are prefixed to stay apart.
export const HIGHLIGHT_PREFIX = 'gaza-talks-context';

export const highlightName = (kind: Kind) => `${HIGHLIGHT_PREFIX}-${kind}`;

export const ALL_HIGHLIGHT_NAMES = KINDS.map(highlightName);

/** A mention the popup took the reader to, flashed for a moment. */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-flash`;
