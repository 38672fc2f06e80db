import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/src/card/card.css';
import '@/src/popup/popup.css';
import { loadActiveDataset } from '@/src/dataset/active-dataset';
import { applyStoredLanguage } from '@/src/i18n/stored-language';
import { PopupApp } from '@/src/popup/PopupApp';
import { activeTabFindings } from '@/src/search/active-tab-findings';

// `?tab=<id>` lets tests (and the popup opened as a tab) name the page to ask about.
const tabParam = new URLSearchParams(location.search).get('tab');
const tabId = tabParam
  ? Promise.resolve(Number(tabParam))
  : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id);
void tabId.then((id) =>
  // The reader's UI language (and its direction) before the first render.
  Promise.all([loadActiveDataset(), activeTabFindings(id), applyStoredLanguage()]).then(([dataset, page]) => {
    const root = document.getElementById('app');
    if (root) render(<PopupApp dataset={dataset} page={page} tabId={id} />, root);
  }),
);
