// The toolbar popup: search the whole dataset, see what the current page mentions, open a card.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Card } from '../card/Card';
import { entryView } from '../dataset/entry-view';
import type { CompiledDataset, Kind } from '../dataset/schema';
import { t } from '../i18n/t';
import type { FindingsResponse } from '../messaging/messages';
import { createSearch } from '../search/search-index';
import { type ResultItem, ResultList } from './ResultList';

export interface PopupAppProps {
  dataset: CompiledDataset;
  /** undefined: the page cannot run content scripts. */
  page: FindingsResponse | undefined;
}

export function PopupApp({ dataset, page }: PopupAppProps) {
  const search = useMemo(() => createSearch(dataset), [dataset]);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | undefined>();
  const results = useMemo(() => search.search(query), [search, query]);
  const view = openId ? entryView(dataset, openId) : undefined;
  const input = useRef<HTMLInputElement>(null);

  // The popup opens to type into: focus the search box whenever the list is shown.
  useEffect(() => {
    if (!openId) input.current?.focus();
  }, [openId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && openId && setOpenId(undefined);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openId]);

  if (view) {
    return (
      <main class="gtc-popup">
        <button type="button" class="gtc-back" onClick={() => setOpenId(undefined)}>
          ← {t('popupBack')}
        </button>
        <Card view={view} loadRelated={async (id) => entryView(dataset, id)} />
      </main>
    );
  }

  const pageItems: ResultItem[] = (page?.findings ?? []).map((f) => ({
    id: f.id,
    kind: f.kind as Kind,
    name: f.name,
    detail: f.count === 1 ? t('popupMentionOne') : t('popupMentions', String(f.count)),
  }));

  return (
    <main class="gtc-popup">
      <label class="gtc-search-label" for="gtc-search">
        {t('popupSearchLabel')}
      </label>
      <input
        id="gtc-search"
        type="search"
        ref={input}
        autoComplete="off"
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {query.trim() ? (
        results.length > 0 ? (
          <ResultList label={t('popupSearchLabel')} items={results} onOpen={setOpenId} />
        ) : (
          <p class="gtc-empty">{t('popupNoResults', query.trim())}</p>
        )
      ) : (
        <section class="gtc-page" aria-label={t('popupOnThisPage')}>
          <h2>{t('popupOnThisPage')}</h2>
          {!page && <p class="gtc-empty">{t('popupPageUnavailable')}</p>}
          {page && !page.enabled && <p class="gtc-empty">{t('popupDisabled')}</p>}
          {page?.enabled && pageItems.length === 0 && (
            <p class="gtc-empty">{page.relevance.score > 0 ? t('popupOffTopic') : t('popupNothingOnPage')}</p>
          )}
          {pageItems.length > 0 && <ResultList label={t('popupOnThisPage')} items={pageItems} onOpen={setOpenId} />}
        </section>
      )}
      <footer class="gtc-popup-footer">
        <span>{t('popupDatasetVersion', [dataset.version, String(dataset.entries.length)])}</span>
        <button type="button" class="gtc-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
