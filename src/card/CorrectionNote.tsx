import type { Entry } from '../dataset/schema';
import { t } from '../i18n/t';

export function CorrectionNote({ correction }: { correction: NonNullable<Entry['correction']> }) {
  return (
    <section class="gtc-correction" aria-label={t('cardCorrection')}>
      <p>
        <strong>{t('cardClaim')}</strong> {correction.claim}
      </p>
      <p>
        <strong>{t('cardCorrect')}</strong> {correction.correct}
      </p>
    </section>
  );
}
