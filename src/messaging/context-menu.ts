// "Look up “…” in Gaza Talks Context" on selected text: opens the search page with the selection as its query.
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';

const MENU_ID = 'gtc-look-up';

/** The search page for a query (search.html?q=…). */
export const searchPageUrl = (query: string): string =>
  `${browser.runtime.getURL('/search.html')}?q=${encodeURIComponent(query.trim().slice(0, 200))}`;

export function addLookUpMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  // Made again at every start (an MV3 worker restarts): remove first, or the id would be a duplicate.
  void menus
    .removeAll()
    .then(() => menus.create({ id: MENU_ID, title: t('contextMenuLookUp'), contexts: ['selection'] }))
    .catch((error: unknown) => console.error('[Gaza Talks Context] context menu', error));
  menus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void browser.tabs.create({ url: searchPageUrl(info.selectionText) });
  });
}
