// A search's entries as the result list shows them: kind, name and the summary's first line.
import { oneLine } from '../search/mark-terms';
import type { DatasetSearch } from '../search/search-index';
import type { ResultItem } from './ResultList';

export const searchItems = (search: DatasetSearch, query: string): ResultItem[] =>
  search.search(query).map((e) => ({ id: e.id, kind: e.kind, name: e.name, detail: oneLine(e.summary) }));
