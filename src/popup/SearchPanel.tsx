// The search box and its results, shared by the popup and the search page. Arrow keys move through the
// results, Enter opens the active one, Escape clears the box. With nothing typed, `children` is shown.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CompiledDataset } from '../dataset/schema';
import { t } from '../i18n/t';
import type { DatasetSearch } from '../search/search-index';
import { optionId, type ResultItem, ResultList } from './ResultList';
import { searchItems } from './search-items';
import { warmUp } from './warm-up';

const LIST_ID = 'gtc-search-results';
/**
 * A search box has the searchbox role; with its results it is a combobox (the ARIA pattern: the results a
 * listbox, the active one named by aria-activedescendant, focus staying in the box).
 */
const combobox = (expanded: boolean, active: string | undefined): Record<string, string> => ({
  role: 'combobox',
  'aria-expanded': String(expanded),
  'aria-controls': LIST_ID,
  'aria-autocomplete': 'list',
  ...(active ? { 'aria-activedescendant': active } : {}),
});

export interface SearchPanelProps {
  search: DatasetSearch;
  dataset: CompiledDataset;
  query: string;
  onQuery: (query: string) => void;
  onOpen: (id: string) => void;
  children?: ComponentChildren;
}

export function SearchPanel({ search, query, onQuery, onOpen, children }: SearchPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(-1);
  // The search code runs warm before the reader's first keystrokes (warm-up.tsx); typing stops it.
  const stopWarming = useRef<() => void>(() => {});
  useEffect(() => {
    stopWarming.current = warmUp(search);
    return () => stopWarming.current();
  }, [search]);
  const items: ResultItem[] = useMemo(() => searchItems(search, query), [search, query]);
  // A new query starts again from no active result.
  useEffect(() => setActive(-1), [query]);
  useEffect(() => input.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      const chosen = items[active] ?? items[0];
      if (chosen) {
        event.preventDefault();
        onOpen(chosen.id);
      }
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation();
      onQuery('');
    }
  };

  const trimmed = query.trim();
  return (
    <>
      <label class="gtc-search-label" for="gtc-search">
        {t('popupSearchLabel')}
      </label>
      <input
        id="gtc-search"
        type="search"
        ref={input}
        {...combobox(trimmed !== '' && items.length > 0, active >= 0 ? optionId(LIST_ID, active) : undefined)}
        autoComplete="off"
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        onInput={(e) => {
          stopWarming.current();
          onQuery(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      {trimmed ? (
        items.length > 0 ? (
          <ResultList id={LIST_ID} listbox label={t('popupSearchResults')} items={items} query={query} active={active} onOpen={onOpen} />
        ) : (
          <p class="gtc-empty" role="status">
            {t('popupNoResults', trimmed)}
          </p>
        )
      ) : (
        children
      )}
    </>
  );
}
