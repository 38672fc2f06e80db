// What the popover shows before (or instead of) a card.
import { t } from '../i18n/t';
import { type CardLook, lookAttributes } from './card-look';

export function CardStatus({ name, failed, ...look }: { name: string; failed?: boolean } & CardLook) {
  return (
    <article class="gtc-card" aria-busy={!failed} aria-label={name} {...lookAttributes(look)}>
      <h2 class="gtc-name" lang="en" dir="auto">
        {name}
      </h2>
      <p class="gtc-summary">{failed ? t('cardLoadFailed') : t('cardLoading')}</p>
    </article>
  );
}
