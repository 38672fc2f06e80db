// The card's title row: what kind of thing, its name, how firm the facts are, and (in the page popover)
// buttons to pin or close the card.
import type { Ref } from 'preact';
import type { Entry } from '../dataset/schema';
import { t } from '../i18n/t';
import { KindLabel } from './KindLabel';
import { StatusBadge } from './StatusBadge';

export interface CardHeaderProps {
  entry: Entry;
  /** Focused after moving to a related entry, so keyboard and screen-reader users land on the new card. */
  headingRef?: Ref<HTMLHeadingElement>;
  pinned?: boolean;
  onPin?: () => void;
  onClose?: () => void;
}

export function CardHeader({ entry, headingRef, pinned, onPin, onClose }: CardHeaderProps) {
  return (
    <header class="gtc-header">
      <div class="gtc-title-row">
        <KindLabel kind={entry.kind} />
        <StatusBadge status={entry.status} />
        {(onPin || onClose) && (
          <span class="gtc-controls">
            {onPin && (
              <button
                type="button"
                class="gtc-icon-button gtc-pin"
                aria-pressed={pinned ? 'true' : 'false'}
                aria-label={t('cardPin')}
                title={t('cardPin')}
                onClick={onPin}
              >
                <PinIcon />
              </button>
            )}
            {onClose && (
              <button type="button" class="gtc-icon-button gtc-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
                <CloseIcon />
              </button>
            )}
          </span>
        )}
      </div>
      <h2 class="gtc-name" lang="en" dir="auto" tabIndex={-1} ref={headingRef}>
        {entry.name}
      </h2>
    </header>
  );
}

function PinIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path class="gtc-pin-shape" d="M4.5 1.5h5l-.8 4 2.3 2.3v1H3v-1l2.3-2.3z" />
      <path class="gtc-icon-stroke" d="M7 9v4" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path class="gtc-icon-stroke" d="M3 3l8 8M11 3l-8 8" />
    </svg>
  );
}
