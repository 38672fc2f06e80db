// A list of entries: kind, name and a one-line detail, the reader's words marked. As a listbox (search
// results) the active option is driven from the search box (aria-activedescendant), so focus stays where
// the reader types; otherwise each entry is a button (starting points, this page's findings).
import { KindLabel } from '../card/KindLabel';
import type { Kind } from '../dataset/schema';
import { MarkedText } from './MarkedText';

export interface ResultItem {
  id: string;
  kind: Kind;
  name: string;
  /** One line under the name: a summary, a newest value, a count on the page. */
  detail?: string;
}

export interface ResultListProps {
  id: string;
  items: readonly ResultItem[];
  label: string;
  /** The words to mark. */
  query?: string;
  /** A listbox driven from the search box; buttons otherwise. */
  listbox?: boolean;
  /** Index of the active option, or -1. */
  active?: number;
  onOpen: (id: string) => void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

function ItemText({ item, query }: { item: ResultItem; query: string }) {
  return (
    <>
      <KindLabel kind={item.kind} />
      <span class="gtc-result-name" dir="auto">
        <MarkedText text={item.name} query={query} />
      </span>
      {item.detail && (
        <span class="gtc-result-detail" dir="auto">
          <MarkedText text={item.detail} query={query} />
        </span>
      )}
    </>
  );
}

export function ResultList({ id, items, label, query = '', listbox = false, active = -1, onOpen }: ResultListProps) {
  if (!listbox) {
    return (
      <ul class="gtc-results" id={id} aria-label={label}>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" class="gtc-result" data-entry-id={item.id} onClick={() => onOpen(item.id)}>
              <ItemText item={item} query={query} />
            </button>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div class="gtc-results" id={id} role="listbox" aria-label={label}>
      {items.map((item, i) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the search box handles the keys (aria-activedescendant).
        <div
          key={item.id}
          id={optionId(id, i)}
          role="option"
          tabIndex={-1}
          aria-selected={i === active}
          class={`gtc-result${i === active ? ' gtc-active' : ''}`}
          data-entry-id={item.id}
          onClick={() => onOpen(item.id)}
        >
          <ItemText item={item} query={query} />
        </div>
      ))}
    </div>
  );
}
