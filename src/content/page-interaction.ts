// How the reader reaches a card on a page the engine runs on: hover (with its delay, or a modifier key),
// click, and keyboard browsing. Everything is removed when `signal` aborts.
import type { ShowOptions } from '../card/card-module';
import type { LazyPopover } from '../card/lazy-popover';
import { t } from '../i18n/t';
import { openOnClick } from '../overlay/click-trigger';
import { FindingBrowser } from '../overlay/finding-browser';
import { findingAtPoint } from '../overlay/hit-test';
import { type HoverTracker, trackHover } from '../overlay/hover-tracker';
import { browseOrder } from '../overlay/mention-order';
import type { Finding } from '../scan/finding';
import type { Settings } from '../settings/settings-schema';
import type { PageFindings } from './page-findings';

/** How long the card stays after the pointer leaves it (the grace to reach it). */
export const HIDE_DELAY_MS = 300;

export interface InteractionDeps {
  doc: Document;
  findings: PageFindings;
  popover: LazyPopover;
  settings: () => Settings;
  showCard: (finding: Finding, options?: ShowOptions) => void;
  /** The pointer rests on a mention: its card is got ready (see Popover.prepare). */
  prepareCard: (finding: Finding) => void;
}

export interface Interaction {
  /** Keyboard browsing, which the browse command starts. */
  browsing: FindingBrowser;
  hover: HoverTracker;
}

/** Starts hover, click and keyboard browsing. */
export function startInteraction(deps: InteractionDeps, signal: AbortSignal): Interaction {
  const { doc, findings, popover, settings, showCard, prepareCard } = deps;
  const findingAt = (x: number, y: number) => findingAtPoint(doc, findings.hoverIndex(), x, y);
  const isOverCard = (target: EventTarget | null) => popover.contains(target);
  const hover = trackHover(
    doc,
    {
      findingAt,
      isOverCard,
      show: (f, point) => showCard(f, { point }),
      hide: () => popover.hide(),
      shown: () => popover.shownFinding,
      pinned: () => popover.pinned,
      // The hover delay covers loading the card's file and the entry, and drawing the card unseen.
      prepare: prepareCard,
    },
    {
      delayMs: () => settings().hoverDelayMs,
      hideDelayMs: HIDE_DELAY_MS,
      trigger: () => settings().trigger,
      modifierKey: () => settings().modifierKey,
      signal,
    },
  );
  openOnClick(
    doc,
    { findingAt, isOverCard, show: (f, point) => showCard(f, { point }), prepare: prepareCard },
    { active: () => settings().trigger === 'click', signal },
  );
  const browsing = new FindingBrowser(
    doc,
    {
      findings: () => browseOrder(findings.shown, settings().density),
      show: showCard,
      hide: () => popover.hide(),
      cardHasFocus: () => popover.hasFocus(),
      announce: (text) => popover.announce(text),
      // Read when said, not now: the browser's first i18n lookup on a page costs ~6 ms, which every page about
      // the talks paid at start even if the reader never browses.
      text: {
        position: (name, position, total) => t('browseAnnounce', [name, String(position), String(total)]),
        get ended() {
          return t('browseEnded');
        },
        get nothing() {
          return t('browseNothing');
        },
      },
    },
    signal,
  );
  return { browsing, hover };
}
