// Keyboard browsing's bar above the card: where the reader is among the page's findings, and buttons
// for the previous and next one (N and P do the same from the keyboard).
import { t } from '../i18n/t';
import { type CardLook, lookAttributes } from './card-look';

export interface BrowseBarProps extends CardLook {
  /** 1-based. */
  position: number;
  total: number;
  onMove: (step: 1 | -1) => void;
}

export function BrowseBar({ position, total, onMove, ...look }: BrowseBarProps) {
  return (
    <nav class="gtc-browse" aria-label={t('browseLabel')} {...lookAttributes(look)}>
      <button type="button" class="gtc-browse-button" onClick={() => onMove(-1)} aria-keyshortcuts="P">
        {t('browsePrevious')}
      </button>
      <span class="gtc-browse-position">{t('browsePosition', [String(position), String(total)])}</span>
      <button type="button" class="gtc-browse-button" onClick={() => onMove(1)} aria-keyshortcuts="N">
        {t('browseNext')}
      </button>
      <span class="gtc-browse-hint">{t('browseHint')}</span>
    </nav>
  );
}
