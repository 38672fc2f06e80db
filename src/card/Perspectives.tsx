import type { Perspective, Source } from '../dataset/schema';
import { t } from '../i18n/t';

/** Each side's view, attributed: the card never picks one in its own voice. */
export function Perspectives({ perspectives, sources }: { perspectives: Perspective[]; sources: Record<string, Source> }) {
  return (
    <section class="gtc-perspectives" aria-label={t('cardPerspectives')}>
      <h3>{t('cardPerspectives')}</h3>
      <dl>
        {perspectives.map((p) => {
          const source = p.source ? sources[p.source] : undefined;
          return [
            <dt key={`${p.holder}-dt`}>{p.holder}</dt>,
            <dd key={`${p.holder}-dd`}>
              {p.view}
              {source && (
                <>
                  {' '}
                  (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.publisher}
                  </a>
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
