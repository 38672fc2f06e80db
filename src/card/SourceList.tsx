import type { Citation, Source } from '../dataset/schema';
import { t } from '../i18n/t';

export function SourceItem({ citation, source }: { citation: Citation; source: Source }) {
  return (
    <li class="gtc-source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      {source.titleApproximate && <span class="gtc-flag">{t('cardTitleApproximate')}</span>}
      <span class="gtc-source-meta">
        {source.outlet ? t('cardPublisherVia', [source.outlet, source.publisher]) : source.publisher}
        {' · '}
        {source.date ? <time dateTime={source.date}>{source.date}</time> : t('cardUndated')}
        {source.dateApproximate && <span class="gtc-flag">{t('cardDateApproximate')}</span>}
        {source.note && <span class="gtc-source-note"> · {source.note}</span>}
      </span>
      {citation.quote && <q class="gtc-quote">{citation.quote}</q>}
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
