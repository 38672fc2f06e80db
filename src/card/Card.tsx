// The one card: popover, popup and search page all render this.
import { useEffect, useRef } from 'preact/hooks';
import type { EntryView } from '../dataset/entry-view';
import { t } from '../i18n/t';
import { CardHeader } from './CardHeader';
import { CopyCitation } from './CopyCitation';
import { type CardLook, lookAttributes } from './card-look';
import { EntryBody } from './EntryBody';
import { isolated, messageParts } from './message-parts';
import { DEFAULT_STALE_AFTER_DAYS } from './staleness';
import { type LoadRelated, useEntryStack } from './use-entry-stack';
import type { Why } from './WhyMatched';

export interface CardProps extends CardLook {
  view: EntryView;
  /** The page's own words, when the card explains a mention on a page (older spelling of `why.text`). */
  matchedText?: string;
  /** Figures: the number the page gives. */
  pageValue?: number;
  /** Figures: the page's number set beside the reported ones (settings; on unless false). */
  figureComparison?: boolean;
  /** Why this matched: the page's words and, for an ambiguous or generic match, the context words that licensed it. */
  why?: { text: string; context?: string[] };
  /** Opens related entries in place; without it they are plain names. */
  loadRelated?: LoadRelated;
  /** Today, for the staleness notice (tests pass a fixed date). */
  now?: Date;
  /** Days after its as-of date that an entry is flagged as possibly out of date. */
  staleAfterDays?: number;
  pinned?: boolean;
  /** Shows a pin toggle in the header. */
  onPin?: () => void;
  /** Shows a close button in the header. */
  onClose?: () => void;
}

export function Card(props: CardProps) {
  const { view, loadRelated, pinned, onPin, onClose } = props;
  const nav = useEntryStack(view, loadRelated);
  const shown = nav.shown;
  const { entry } = shown;
  const atRoot = shown === view;
  const why: Why | undefined = props.why ?? (props.matchedText ? { text: props.matchedText } : undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);

  // After moving to a related entry or back: start at the top, and put focus on the new card's name.
  useEffect(() => {
    if (nav.moves === 0) return;
    body.current?.scrollTo?.({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [nav.moves]);

  const open = nav.open;
  return (
    <article class="gtc-card" aria-label={entry.name} data-entry-id={entry.id} {...lookAttributes(props)}>
      {nav.previous && (
        <button type="button" class="gtc-button gtc-back-to" onClick={nav.back}>
          <span aria-hidden="true">← </span>
          {messageParts('cardBackTo', [isolated(nav.previous.entry.name)])}
        </button>
      )}
      <CardHeader entry={entry} headingRef={heading} pinned={pinned} onPin={onPin} onClose={onClose} />
      <div class="gtc-body" ref={body}>
        <EntryBody
          view={shown}
          why={atRoot ? why : undefined}
          pageValue={atRoot && props.figureComparison !== false ? props.pageValue : undefined}
          now={props.now ?? new Date()}
          staleAfterDays={props.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS}
          onOpenRelated={open && ((r) => void open(r.id, r.name))}
          relatedStatus={nav.status}
        />
      </div>
      <footer class="gtc-footer">
        <span>
          {messageParts('cardAsOf', [<time dateTime={entry.asOf}>{entry.asOf}</time>])} · {t('cardDatasetVersion', shown.version)}
        </span>
        <CopyCitation view={shown} />
      </footer>
    </article>
  );
}
