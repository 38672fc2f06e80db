// What the popover shows before (or instead of) a card.
import { t } from '../i18n/t';

export function CardStatus({ name, failed }: { name: string; failed?: boolean }) {
  return (
    <article class="gtc-card" aria-busy={!failed} aria-label={name}>
      <h2 class="gtc-name">{name}</h2>
      <p class="gtc-summary">{failed ? t('cardLoadFailed') : t('cardLoading')}</p>
    </article>
  );
}
