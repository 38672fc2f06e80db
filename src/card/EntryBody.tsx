// The scrolling part of the card: what an entry says, with its figures, views, caveats, related entries
// and sources.
import type { EntryView } from '../dataset/entry-view';
import { t } from '../i18n/t';
import { CorrectionNote } from './CorrectionNote';
import { FigureChart } from './FigureChart';
import { FigureValues, PageValueNote } from './FigureValues';
import { Perspectives } from './Perspectives';
import { type RelatedEntry, RelatedList } from './RelatedList';
import { SourceList } from './SourceList';
import { StaleNotice } from './StaleNotice';
import type { RelatedStatus } from './use-entry-stack';
import { ContextWords, type Why, WhyMatched } from './WhyMatched';

export interface EntryBodyProps {
  view: EntryView;
  /** Only for the entry the page mentions: a related entry was not matched on the page. */
  why?: Why | undefined;
  pageValue?: number | undefined;
  now: Date;
  staleAfterDays: number;
  onOpenRelated?: ((entry: RelatedEntry) => void) | undefined;
  relatedStatus?: RelatedStatus;
}

export function EntryBody({ view, why, pageValue, now, staleAfterDays, onOpenRelated, relatedStatus }: EntryBodyProps) {
  const { entry, sources } = view;
  return (
    <>
      {entry.figure && why && pageValue !== undefined ? (
        <>
          <PageValueNote figure={entry.figure} pageText={why.text} pageValue={pageValue} />
          <ContextWords context={why.context} />
        </>
      ) : (
        why && <WhyMatched why={why} name={entry.name} />
      )}
      {/* The series first: the page's number above, the reported values over time right under it. */}
      {entry.figure && <FigureChart figure={entry.figure} />}
      <StaleNotice asOf={entry.asOf} now={now} afterDays={staleAfterDays} />
      {entry.correction && <CorrectionNote correction={entry.correction} />}
      {/* Entry texts are English whatever the card's language (lang and dir on each, for a right-to-left card). */}
      <p class="gtc-summary" lang="en" dir="auto">
        {entry.summary}
      </p>
      {entry.details && (
        <p class="gtc-details" lang="en" dir="auto">
          {entry.details}
        </p>
      )}
      {entry.figure && <FigureValues figure={entry.figure} sources={sources} />}
      {entry.perspectives.length > 0 && <Perspectives perspectives={entry.perspectives} sources={sources} />}
      {entry.caveats.length > 0 && (
        <section class="gtc-caveats" aria-label={t('cardCaveats')}>
          <h3>{t('cardCaveats')}</h3>
          <ul>
            {entry.caveats.map((caveat) => (
              <li key={caveat} lang="en" dir="auto">
                {caveat}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RelatedList related={view.related} onOpen={onOpenRelated} />
      <p class="gtc-related-status" role="status" aria-live="polite">
        {relatedStatus?.state === 'loading'
          ? t('cardRelatedOpening', relatedStatus.name)
          : relatedStatus?.state === 'failed'
            ? t('cardRelatedFailed', relatedStatus.name)
            : ''}
      </p>
      <section class="gtc-sources" aria-label={t('cardSources')}>
        <h3>{t('cardSources')}</h3>
        <SourceList citations={entry.sources} sources={sources} />
      </section>
    </>
  );
}
