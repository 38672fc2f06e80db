// The preview of an import: which entries it would add, change and remove, by name.
import type { DatasetDiff } from '../dataset/import/diff-datasets';
import { t } from '../i18n/t';

const LISTS = [
  ['added', 'dataPreviewAdded'],
  ['changed', 'dataPreviewChanged'],
  ['removed', 'dataPreviewRemoved'],
] as const;

export function ImportChanges({ diff }: { diff: DatasetDiff }) {
  const none = LISTS.every(([key]) => diff[key].length === 0);
  return (
    <section class="gtc-preview" aria-labelledby="gtc-preview-heading" data-testid="import-preview">
      <h4 id="gtc-preview-heading">{t('dataPreview')}</h4>
      {none && <p>{t('dataPreviewNone')}</p>}
      {LISTS.filter(([key]) => diff[key].length > 0).map(([key, label]) => (
        <details key={key} open={diff[key].length <= 12} data-change={key}>
          <summary>{t(label, String(diff[key].length))}</summary>
          <ul>
            {diff[key].map((name) => (
              // Imported strings are rendered as text (Preact escapes), bidi-isolated.
              <li key={name} dir="auto">
                <bdi>{name}</bdi>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
