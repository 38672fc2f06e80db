// The one card: popover, popup and search page all render this.
import type { EntryView } from '../dataset/entry-view';
import type { Citation, Source } from '../dataset/schema';
import { t } from '../i18n/t';
import { KindLabel } from './KindLabel';
import { StatusBadge } from './StatusBadge';

export interface CardProps {
  view: EntryView;
  /** The page's own words, when the card explains a mention on a page. */
  matchedText?: string;
}

function SourceItem({ citation, source }: { citation: Citation; source: Source }) {
  return (
    <li class="gtc-source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      {source.titleApproximate && <span class="gtc-flag">{t('cardTitleApproximate')}</span>}
      <span class="gtc-source-meta">
        {source.outlet ? t('cardPublisherVia', [source.outlet, source.publisher]) : source.publisher}
        {' · '}
        <time dateTime={source.date}>{source.date}</time>
        {source.dateApproximate && <span class="gtc-flag">{t('cardDateApproximate')}</span>}
      </span>
      {citation.quote && <q class="gtc-quote">{citation.quote}</q>}
    </li>
  );
}

export function Card({ view, matchedText }: CardProps) {
  const { entry, sources } = view;
  return (
    <article class="gtc-card" aria-label={entry.name} data-entry-id={entry.id}>
      <header class="gtc-header">
        <KindLabel kind={entry.kind} />
        <h2 class="gtc-name">{entry.name}</h2>
        <StatusBadge status={entry.status} />
      </header>
      {matchedText && matchedText !== entry.name && <p class="gtc-matched">{t('cardMatchedAs', matchedText)}</p>}
      <p class="gtc-summary">{entry.summary}</p>
      {entry.details && <p class="gtc-details">{entry.details}</p>}
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
        <ol>
          {entry.sources.map((citation, i) => {
            const source = sources[citation.source];
            return source ? <SourceItem key={`${citation.source}-${i}`} citation={citation} source={source} /> : null;
          })}
        </ol>
      </section>
      <footer class="gtc-footer">
        {t('cardAsOf', entry.asOf)} · {t('cardDatasetVersion', view.version)}
      </footer>
    </article>
  );
}
