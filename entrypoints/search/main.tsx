// The search page (search.html?q=…): the popup's search in a tab, bookmarkable; the context menu opens it.
import { render } from 'preact';
import '@/src/card/card.css';
import '@/src/popup/popup.css';
import { importItem, loadActiveDataset } from '@/src/dataset/active-dataset';
import { applyStoredLanguage } from '@/src/i18n/stored-language';
import { PopupApp } from '@/src/popup/PopupApp';

const query = new URLSearchParams(location.search).get('q') ?? '';
// The reader's UI language (and its direction) before the first render.
const language = applyStoredLanguage();
const show = () =>
  Promise.all([loadActiveDataset(), language]).then(([dataset]) => {
    const root = document.getElementById('app');
    // Keyed by version: a new dataset is a new search index.
    if (root) render(<PopupApp key={dataset.version} dataset={dataset} page={undefined} standalone initialQuery={query} />, root);
  });
void show();
// An import or a revert on the options page reaches an open search page at once.
importItem.watch(() => void show());
