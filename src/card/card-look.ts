// The card's theme and text size as attributes on our own elements (the card, the browse bar), which the
// card's stylesheets read: `auto` keeps the reader's colour scheme, `light` and `dark` force one.
import type { TextSize, Theme } from '../settings/settings-defaults';

export interface CardLook {
  theme?: Theme | undefined;
  textSize?: TextSize | undefined;
}

export const lookAttributes = ({ theme, textSize }: CardLook) => ({
  'data-theme': theme ?? 'auto',
  'data-text-size': textSize ?? 'medium',
});
