// Facts about talks in progress age fast: past the threshold, the card says how old they are.
import { t } from '../i18n/t';
import { isStale } from './staleness';

export function StaleNotice({ asOf, now, afterDays }: { asOf: string; now: Date; afterDays: number }) {
  if (!isStale(asOf, now, afterDays)) return null;
  return (
    <p class="gtc-stale" data-stale="true">
      {t('cardStale', [asOf, String(afterDays)])}
    </p>
  );
}
