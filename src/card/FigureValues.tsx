// Contested figures side by side: every value with who reports it, as of when, and what it counts.
import type { Figure, FigureValue, Source } from '../dataset/schema';
import { t } from '../i18n/t';
import { isolated, messageParts } from './message-parts';
import { httpsUrl } from './safe-url';

const numberFormat = new Intl.NumberFormat('en-GB');

export function formatValue(v: FigureValue): string {
  if (v.display) return v.display;
  const n =
    typeof v.value === 'number' ? numberFormat.format(v.value) : `${numberFormat.format(v.value.min)}–${numberFormat.format(v.value.max)}`;
  return v.approximate ? t('cardAboutValue', n) : n;
}

export function FigureValues({ figure, sources }: { figure: Figure; sources: Record<string, Source> }) {
  // Newest first: the reader sees the latest value of each reporter before the older ones.
  const values = [...figure.values].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
  return (
    <section class="gtc-figure" aria-label={t('cardFigureValues')}>
      <p class="gtc-counts">
        <strong>{t('cardCounts')}</strong>{' '}
        <span lang="en" dir="auto">
          {figure.counts}
        </span>
      </p>
      <table class="gtc-values">
        <thead>
          <tr>
            <th scope="col">{t('cardValue')}</th>
            <th scope="col">{t('cardReporter')}</th>
            <th scope="col">{t('cardValueAsOf')}</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => {
            const first = v.sources[0] ? sources[v.sources[0].source] : undefined;
            const url = httpsUrl(first?.url);
            return (
              <tr key={`${v.reporter}-${v.asOf}-${String(formatValue(v))}`}>
                <td class="gtc-value">
                  {formatValue(v)}{' '}
                  <span class="gtc-unit" lang="en">
                    {figure.unit}
                  </span>
                  {v.definition && (
                    <span class="gtc-definition" lang="en" dir="auto">
                      {v.definition}
                    </span>
                  )}
                </td>
                <td>
                  {url ? (
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      {isolated(v.reporter)}
                    </a>
                  ) : (
                    isolated(v.reporter)
                  )}
                </td>
                <td>
                  <time dateTime={v.asOf}>{v.asOf}</time>
                  {v.asOfApproximate && <span class="gtc-flag">{t('cardDateApproximate')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The page's number beside the nearest reported one: "This page says 66,000. Gaza's health ministry reported
 * 67,173 as of 2025-10-07.", or, when it agrees with a reported value, whose value it is.
 */
export function PageValueNote({ figure, pageText, pageValue }: { figure: Figure; pageText: string; pageValue: number }) {
  const nearest = [...figure.values].sort((a, b) => gap(a, pageValue) - gap(b, pageValue) || (a.asOf < b.asOf ? 1 : -1))[0];
  if (!nearest) return null;
  const page = isolated(pageText);
  const reporter = isolated(nearest.reporter);
  return (
    <p class="gtc-page-value" data-agrees={gap(nearest, pageValue) === 0 ? 'true' : 'false'}>
      {gap(nearest, pageValue) === 0
        ? messageParts('cardPageMatches', [page, reporter, nearest.asOf])
        : messageParts('cardPageSays', [page, reporter, formatValue(nearest), nearest.asOf])}
    </p>
  );
}

function gap(v: FigureValue, n: number): number {
  const [min, max] = typeof v.value === 'number' ? [v.value, v.value] : [v.value.min, v.value.max];
  return n < min ? min - n : n > max ? n - max : 0;
}
