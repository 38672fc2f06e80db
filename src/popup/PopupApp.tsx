// The toolbar popup: search the whole dataset, see what the current page mentions and go to it, pause the
// site, open a card.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Card } from '../card/Card';
import type { CardSettings } from '../card/card-module';
import { entryView } from '../dataset/entry-view';
import type { CompiledDataset } from '../dataset/schema';
import { t } from '../i18n/t';
import type { FindingsResponse, Request } from '../messaging/messages';
import { activeTabFindings } from '../search/active-tab-findings';
import { createSearch } from '../search/search-index';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { anySiteMatches, siteMatches } from '../settings/site-patterns';
import { httpSite } from './http-site';
import { SearchPanel } from './SearchPanel';
import { StartingPoints } from './StartingPoints';
import { ThisPage } from './ThisPage';

export interface PopupAppProps {
  dataset: CompiledDataset;
  page: FindingsResponse | undefined;
  /** The tab the popup speaks for. */
  tabId?: number | undefined;
  /** The search page: no "this page" section, and the query comes from its URL. */
  standalone?: boolean;
  initialQuery?: string;
}

export function PopupApp({ dataset, page, tabId, standalone = false, initialQuery = '' }: PopupAppProps) {
  const search = useMemo(() => createSearch(dataset), [dataset]);
  const [query, setQuery] = useState(initialQuery);
  const [openId, setOpenId] = useState<string | undefined>();
  const [paused, setPaused] = useState(false);
  const [enabled, setEnabled] = useState(true);
  const [current, setCurrent] = useState(page);
  // The card here follows the reader's card settings too (theme, text size, staleness).
  const [cardSettings, setCardSettings] = useState<Pick<CardSettings, 'theme' | 'textSize' | 'staleAfterDays'>>({});
  const view = openId ? entryView(dataset, openId) : undefined;
  const site = current ? httpSite(current.url) : '';

  useEffect(() => {
    void loadSettings().then(({ settings }) => {
      setEnabled(settings.enabled);
      setCardSettings({ theme: settings.theme, textSize: settings.textSize, staleAfterDays: settings.staleAfterDays });
      setPaused(site !== '' && anySiteMatches(settings.pausedSites, site));
    });
  }, [site]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && openId && setOpenId(undefined);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openId]);

  // The search page keeps its query in its address, so it can be bookmarked and shared.
  useEffect(() => {
    if (!standalone) return;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }, [standalone, query]);

  const reveal = (id: string) => {
    if (tabId === undefined) return;
    const message: Request = { type: 'reveal-finding', id };
    void browser.tabs
      .sendMessage(tabId, message, { frameId: 0 })
      // The real popup closes so the page and its card are seen; opened as a tab (tests), it stays.
      .then(() => {
        if (!new URLSearchParams(location.search).has('tab')) window.close();
      })
      .catch(() => {});
  };

  const showAnyway = () => {
    if (tabId === undefined) return;
    const message: Request = { type: 'show-anyway' };
    void browser.tabs
      .sendMessage(tabId, message, { frameId: 0 })
      .then(() => activeTabFindings(tabId))
      .then((next) => next && setCurrent(next))
      .catch(() => {});
  };

  const toggleEnabled = async (on: boolean) => {
    await saveSettings({ enabled: on });
    setEnabled(on);
  };

  const pause = async (pauseIt: boolean) => {
    const { settings } = await loadSettings();
    // Resuming removes every pattern that covers this site ("*.example.org" too): the reader asked for this one.
    const others = settings.pausedSites.filter((pattern) => !siteMatches(pattern, site));
    await saveSettings({ pausedSites: pauseIt ? [...others, site] : others });
    setPaused(pauseIt);
  };

  if (view) {
    return (
      <main class="gtc-popup">
        <button type="button" class="gtc-back" onClick={() => setOpenId(undefined)}>
          ← {t('popupBack')}
        </button>
        <Card view={view} loadRelated={async (id) => entryView(dataset, id)} {...cardSettings} />
      </main>
    );
  }

  return (
    <main class={standalone ? 'gtc-popup gtc-search-page' : 'gtc-popup'}>
      {standalone && <h1>{t('searchPageTitle')}</h1>}
      <SearchPanel search={search} dataset={dataset} query={query} onQuery={setQuery} onOpen={setOpenId}>
        {!standalone && (
          <ThisPage page={current} paused={paused} onReveal={reveal} onPause={(p) => void pause(p)} onShowAnyway={showAnyway} />
        )}
        <StartingPoints dataset={dataset} onOpen={setOpenId} />
      </SearchPanel>
      <footer class="gtc-popup-footer">
        {!standalone && (
          <label class="gtc-switch">
            <input type="checkbox" checked={enabled} onChange={(e) => void toggleEnabled(e.currentTarget.checked)} />
            <span>{t('popupEnabled')}</span>
          </label>
        )}
        <span>{t('popupDatasetVersion', [dataset.version, String(dataset.entries.length)])}</span>
        {!standalone && (
          <button type="button" class="gtc-link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/search.html') })}>
            {t('popupOpenSearchPage')}
          </button>
        )}
        <button type="button" class="gtc-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
