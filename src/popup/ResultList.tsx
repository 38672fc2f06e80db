import { KindLabel } from '../card/KindLabel';
import type { Kind } from '../dataset/schema';

export interface ResultItem {
  id: string;
  kind: Kind;
  name: string;
  detail?: string;
}

export function ResultList({ items, onOpen, label }: { items: ResultItem[]; onOpen: (id: string) => void; label: string }) {
  return (
    <ul class="gtc-results" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" class="gtc-result" data-entry-id={item.id} onClick={() => onOpen(item.id)}>
            <KindLabel kind={item.kind} />
            <span class="gtc-result-name">{item.name}</span>
            {item.detail && <span class="gtc-result-detail">{item.detail}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
