// Related entries. Where the card can load entries they open in place (the card keeps a back button);
// elsewhere they are plain names.
import type { EntryView } from '../dataset/entry-view';
import { t } from '../i18n/t';
import { KindLabel } from './KindLabel';

export type RelatedEntry = EntryView['related'][number];

export interface RelatedListProps {
  related: RelatedEntry[];
  onOpen?: (entry: RelatedEntry) => void;
}

export function RelatedList({ related, onOpen }: RelatedListProps) {
  if (related.length === 0) return null;
  return (
    <section class="gtc-related" aria-label={t('cardRelated')}>
      <h3>{t('cardRelated')}</h3>
      <ul>
        {related.map((r) => (
          <li key={r.id}>
            {onOpen ? (
              <button type="button" class="gtc-related-link" data-entry-id={r.id} onClick={() => onOpen(r)}>
                <bdi lang="en">{r.name}</bdi>
              </button>
            ) : (
              <bdi class="gtc-related-name" lang="en">
                {r.name}
              </bdi>
            )}{' '}
            <KindLabel kind={r.kind} />
          </li>
        ))}
      </ul>
    </section>
  );
}
