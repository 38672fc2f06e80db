// The facts of the dataset in use: version, entries by kind, newest and oldest as-of dates.
import { kindLabel } from '../card/KindLabel';
import { datasetFacts } from '../dataset/dataset-facts';
import { KINDS } from '../dataset/kinds';
import type { CompiledDataset } from '../dataset/schema';
import { t } from '../i18n/t';

export function DatasetFactsTable({ dataset }: { dataset: CompiledDataset }) {
  const facts = datasetFacts(dataset);
  return (
    <dl class="gtc-facts" data-testid="dataset-facts">
      <dt>{t('dataVersion')}</dt>
      <dd>
        <code>{facts.version}</code>
      </dd>
      <dt>{t('dataEntries')}</dt>
      <dd>
        <span data-testid="dataset-total">{facts.total}</span>
        {': '}
        {KINDS.filter((kind) => facts.byKind[kind] > 0)
          .map((kind) => `${kindLabel(kind)} ${facts.byKind[kind]}`)
          .join(' · ')}
      </dd>
      <dt>{t('dataNewest')}</dt>
      <dd>{facts.newest ?? '–'}</dd>
      <dt>{t('dataOldest')}</dt>
      <dd>{facts.oldest ?? '–'}</dd>
    </dl>
  );
}
