import type { Citation, Source } from '../dataset/schema';
import { t } from '../i18n/t';
import { isolated, messageParts } from './message-parts';
import { httpsUrl } from './safe-url';

export function SourceItem({ citation, source }: { citation: Citation; source: Source }) {
  // A non-https address is never a link: the source stays, as text, so the fact keeps its attribution.
  const url = httpsUrl(source.url);
  const title = (
    <bdi class="gtc-source-title" lang="en">
      {source.title}
    </bdi>
  );
  return (
    <li class="gtc-source">
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
      {source.titleApproximate && <span class="gtc-flag">{t('cardTitleApproximate')}</span>}
      <span class="gtc-source-meta">
        {source.outlet
          ? messageParts('cardPublisherVia', [isolated(source.outlet), isolated(source.publisher)])
          : isolated(source.publisher)}
        {' · '}
        {source.date ? <time dateTime={source.date}>{source.date}</time> : t('cardUndated')}
        {source.dateApproximate && <span class="gtc-flag">{t('cardDateApproximate')}</span>}
        {source.note && <span class="gtc-source-note"> · {source.note}</span>}
      </span>
      {citation.quote && (
        <q class="gtc-quote" lang="en" dir="auto">
          {citation.quote}
        </q>
      )}
    </li>
  );
}

export function SourceList({ citations, sources }: { citations: Citation[]; sources: Record<string, Source> }) {
  return (
    <ol>
      {citations.map((citation, i) => {
        const source = sources[citation.source];
        return source ? <SourceItem key={`${citation.source}-${i}`} citation={citation} source={source} /> : null;
      })}
    </ol>
  );
}
