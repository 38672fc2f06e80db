// What the search shows before anything is typed: the latest events by date, and the key figures with
// their newest values.
import { formatValue } from '../card/FigureValues';
import type { CompiledDataset, Entry } from '../dataset/schema';
import { t } from '../i18n/t';
import { type ResultItem, ResultList } from './ResultList';

const newestValue = (e: Entry) => [...(e.figure?.values ?? [])].sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];

export function startingPoints(dataset: CompiledDataset, count = 5): { events: ResultItem[]; figures: ResultItem[] } {
  const byAsOf = (a: Entry, b: Entry) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0);
  const events = dataset.entries
    .filter((e) => e.kind === 'event')
    .sort(byAsOf)
    .slice(0, count)
    .map((e) => ({ id: e.id, kind: e.kind, name: e.name, detail: t('popupAsOf', e.asOf) }));
  const figures = dataset.entries
    .filter((e) => e.kind === 'figure')
    .sort((a, b) => ((newestValue(a)?.asOf ?? '') < (newestValue(b)?.asOf ?? '') ? 1 : -1))
    .slice(0, count)
    .map((e) => {
      const v = newestValue(e);
      return { id: e.id, kind: e.kind, name: e.name, detail: v ? t('popupNewestValue', [formatValue(v), v.reporter, v.asOf]) : '' };
    });
  return { events, figures };
}

export function StartingPoints({ dataset, onOpen }: { dataset: CompiledDataset; onOpen: (id: string) => void }) {
  const { events, figures } = startingPoints(dataset);
  return (
    <section class="gtc-start" aria-label={t('popupStartingPoints')}>
      <h2>{t('popupLatestEvents')}</h2>
      <ResultList id="gtc-start-events" label={t('popupLatestEvents')} items={events} onOpen={onOpen} />
      <h2>{t('popupKeyFigures')}</h2>
      <ResultList id="gtc-start-figures" label={t('popupKeyFigures')} items={figures} onOpen={onOpen} />
    </section>
  );
}
