// The one card: popover, popup and search page all render this.
import type { EntryView } from '../dataset/entry-view';
import { t } from '../i18n/t';
import { CorrectionNote } from './CorrectionNote';
import { FigureValues, PageValueNote } from './FigureValues';
import { KindLabel } from './KindLabel';
import { Perspectives } from './Perspectives';
import { SourceList } from './SourceList';
import { StatusBadge } from './StatusBadge';

export interface CardProps {
  view: EntryView;
  /** The page's own words, when the card explains a mention on a page. */
  matchedText?: string;
  /** Figures: the number the page gives. */
  pageValue?: number;
}

export function Card({ view, matchedText, pageValue }: CardProps) {
  const { entry, sources } = view;
  return (
    <article class="gtc-card" aria-label={entry.name} data-entry-id={entry.id}>
      <header class="gtc-header">
        <KindLabel kind={entry.kind} />
        <h2 class="gtc-name">{entry.name}</h2>
        <StatusBadge status={entry.status} />
      </header>
      {entry.figure && matchedText && pageValue !== undefined ? (
        <PageValueNote figure={entry.figure} pageText={matchedText} pageValue={pageValue} />
      ) : (
        matchedText && matchedText !== entry.name && <p class="gtc-matched">{t('cardMatchedAs', matchedText)}</p>
      )}
      {entry.correction && <CorrectionNote correction={entry.correction} />}
      <p class="gtc-summary">{entry.summary}</p>
      {entry.details && <p class="gtc-details">{entry.details}</p>}
      {entry.figure && <FigureValues figure={entry.figure} sources={sources} />}
      {entry.perspectives.length > 0 && <Perspectives perspectives={entry.perspectives} sources={sources} />}
      {entry.caveats.length > 0 && (
        <section class="gtc-caveats" aria-label={t('cardCaveats')}>
          <h3>{t('cardCaveats')}</h3>
          <ul>
            {entry.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="gtc-sources" aria-label={t('cardSources')}>
        <h3>{t('cardSources')}</h3>
        <SourceList citations={entry.sources} sources={sources} />
      </section>
      <footer class="gtc-footer">
        {t('cardAsOf', entry.asOf)} · {t('cardDatasetVersion', view.version)}
      </footer>
    </article>
  );
}
