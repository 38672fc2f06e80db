import { KINDS, type Kind } from '../dataset/kinds';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../settings/settings-defaults';

// CSS.highlights is one registry shared with the page's scripts: our names are prefixed to stay apart.
export const HIGHLIGHT_PREFIX = 'gaza-talks-context';

/**
 * One name per kind and style: the style is switched by which names are registered (both are styled in
 * highlights.content.css), so nothing is added to the page's DOM. Underline keeps the names it always had.
 */
/** The styles mentions are painted in: the reader's two, and the tint long pages get (see paint-style.ts). */
export type PaintStyle = HighlightStyle | 'tint';
const PAINT_STYLES: readonly PaintStyle[] = [...HIGHLIGHT_STYLES, 'tint'];

export const highlightName = (kind: Kind, style: PaintStyle = 'underline') =>
  style === 'underline' ? `${HIGHLIGHT_PREFIX}-${kind}` : `${HIGHLIGHT_PREFIX}-${style}-${kind}`;

export const ALL_HIGHLIGHT_NAMES = PAINT_STYLES.flatMap((style) => KINDS.map((kind) => highlightName(kind, style)));

/** A mention the popup took the reader to, flashed for a moment. */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-flash`;
