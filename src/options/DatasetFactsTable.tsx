// The facts of the dataset in use: version, entries by kind, newest and oldest as-of dates.
import { datasetFacts } from '../dataset/dataset-facts';
import { KINDS } from '../dataset/kinds';
import type { CompiledDataset } from '../dataset/schema';
import { type MessageKey, t } from '../i18n/t';

const KIND_KEYS = {
  person: 'kindPerson',
  organisation: 'kindOrganisation',
  place: 'kindPlace',
  event: 'kindEvent',
  concept: 'kindConcept',
  figure: 'kindFigure',
  correction: 'kindCorrection',
} as const satisfies Record<(typeof KINDS)[number], MessageKey>;

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
          .map((kind) => `${t(KIND_KEYS[kind])} ${facts.byKind[kind]}`)
          .join(' · ')}
      </dd>
      <dt>{t('dataNewest')}</dt>
      <dd>{facts.newest ?? '–'}</dd>
      <dt>{t('dataOldest')}</dt>
      <dd>{facts.oldest ?? '–'}</dd>
    </dl>
  );
}
