import type { Entry } from '../dataset/schema';
import { t } from '../i18n/t';

export function CorrectionNote({ correction }: { correction: NonNullable<Entry['correction']> }) {
  return (
    <section class="gtc-correction" aria-label={t('cardCorrection')}>
      <p>
        <strong>{t('cardClaim')}</strong>{' '}
        <span lang="en" dir="auto">
          {correction.claim}
        </span>
      </p>
      <p>
        <strong>{t('cardCorrect')}</strong>{' '}
        <span lang="en" dir="auto">
          {correction.correct}
        </span>
      </p>
    </section>
  );
}
