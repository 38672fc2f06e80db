import type { Perspective, Source } from '../dataset/schema';
import { t } from '../i18n/t';
import { isolated } from './message-parts';
import { httpsUrl } from './safe-url';

/** Each side's view, attributed: the card never picks one in its own voice. */
export function Perspectives({ perspectives, sources }: { perspectives: Perspective[]; sources: Record<string, Source> }) {
  return (
    <section class="gtc-perspectives" aria-label={t('cardPerspectives')}>
      <h3>{t('cardPerspectives')}</h3>
      <dl>
        {perspectives.map((p) => {
          const source = p.source ? sources[p.source] : undefined;
          const url = httpsUrl(source?.url);
          return [
            <dt key={`${p.holder}-dt`} lang="en" dir="auto">
              {p.holder}
            </dt>,
            <dd key={`${p.holder}-dd`}>
              <span lang="en" dir="auto">
                {p.view}
              </span>
              {source && (
                <>
                  {' '}
                  (
                  {url ? (
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      {isolated(source.publisher)}
                    </a>
                  ) : (
                    isolated(source.publisher)
                  )}
                  )
                </>
              )}
            </dd>,
          ];
        })}
      </dl>
    </section>
  );
}
