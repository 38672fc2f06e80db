// The plain text "Copy citation" puts on the clipboard: the fact, where it comes from, and which dataset
// said so, so a quote pasted elsewhere can be checked.
import type { EntryView } from '../dataset/entry-view';
import type { Source } from '../dataset/schema';
import { t } from '../i18n/t';
import { httpsUrl } from './safe-url';

export function citationText(view: EntryView): string {
  const { entry, sources } = view;
  const lines = [t('citationFact', [entry.name, entry.summary])];
  const source = firstSource(view);
  if (source) {
    lines.push(t('citationSource', [publisherOf(source), titleOf(source), dateOf(source)]));
    const url = httpsUrl(source.url);
    if (url) lines.push(url);
  }
  lines.push(t('citationDataset', view.version));
  return lines.join('\n');

  function firstSource(v: EntryView): Source | undefined {
    for (const c of v.entry.sources) {
      const s = sources[c.source];
      if (s) return s;
    }
    return undefined;
  }
}

function publisherOf(s: Source): string {
  return s.outlet ? t('cardPublisherVia', [s.outlet, s.publisher]) : s.publisher;
}

function titleOf(s: Source): string {
  return t(s.titleApproximate ? 'citationTitleApproximate' : 'citationTitle', s.title);
}

function dateOf(s: Source): string {
  if (!s.date) return t('cardUndated');
  return s.dateApproximate ? t('citationDateApproximate', s.date) : s.date;
}
