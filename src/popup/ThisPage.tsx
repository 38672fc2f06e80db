// "On this page": the active tab's findings grouped by kind with counts. Choosing one scrolls the page to its
// first mention, flashes it and opens its card there. The site can be paused from here.
import { kindLabel } from '../card/KindLabel';
import { KINDS, type Kind } from '../dataset/kinds';
import { t } from '../i18n/t';
import type { FindingsResponse } from '../messaging/messages';
import { httpSite } from './http-site';
import { type ResultItem, ResultList } from './ResultList';

export interface ThisPageProps {
  page: FindingsResponse | undefined;
  /** The page's site is paused in the settings. */
  paused: boolean;
  onReveal: (id: string) => void;
  onPause: (pause: boolean) => void;
  onShowAnyway: () => void;
}

export function ThisPage({ page, paused, onReveal, onPause, onShowAnyway }: ThisPageProps) {
  const site = page ? httpSite(page.url) : '';
  const groups = KINDS.map((kind) => ({
    kind,
    items: (page?.findings ?? [])
      .filter((f) => f.kind === kind)
      .map(
        (f): ResultItem => ({
          id: f.id,
          kind: f.kind as Kind,
          name: f.name,
          detail: f.count === 1 ? t('popupMentionOne') : t('popupMentions', String(f.count)),
        }),
      ),
  })).filter((g) => g.items.length > 0);
  return (
    <section class="gtc-page" aria-label={t('popupOnThisPage')}>
      <h2>{t('popupOnThisPage')}</h2>
      {!page && <p class="gtc-empty">{t('popupPageUnavailable')}</p>}
      {page && paused && <p class="gtc-empty">{t('popupPaused')}</p>}
      {page && !paused && !page.enabled && <p class="gtc-empty">{t('popupDisabled')}</p>}
      {page?.enabled && groups.length === 0 && (page.heldBack ?? 0) === 0 && (
        <p class="gtc-empty">{page.relevance.score > 0 ? t('popupOffTopic') : t('popupNothingOnPage')}</p>
      )}
      {page?.enabled && (page.heldBack ?? 0) > 0 && (
        <>
          <p class="gtc-empty">{t('popupHeldBack', String(page.heldBack))}</p>
          <button type="button" class="gtc-link" onClick={onShowAnyway}>
            {t('popupShowAnyway')}
          </button>
        </>
      )}
      {page?.shownAnyway && <p class="gtc-help">{t('popupShownAnyway')}</p>}
      {groups.length > 0 && <p class="gtc-help">{t('popupRevealHint')}</p>}
      {groups.map((g) => (
        <div key={g.kind} class="gtc-group">
          <h3>{t('popupKindCount', [kindLabel(g.kind), String(g.items.length)])}</h3>
          <ResultList id={`gtc-page-${g.kind}`} label={kindLabel(g.kind)} items={g.items} onOpen={onReveal} />
        </div>
      ))}
      {site && (
        <button type="button" class="gtc-link" onClick={() => onPause(!paused)}>
          {paused ? t('popupResumeSite', site) : t('popupPauseSite', site)}
        </button>
      )}
    </section>
  );
}
