// The search page (search.html?q=…): the popup's search in a tab, bookmarkable; the context menu opens it.
import { render } from 'preact';
import '@/src/card/card.css';
import '@/src/popup/popup.css';
import { loadCompiledDataset } from '@/src/dataset/load-compiled';
import { PopupApp } from '@/src/popup/PopupApp';

const query = new URLSearchParams(location.search).get('q') ?? '';
void loadCompiledDataset().then((dataset) => {
  const root = document.getElementById('app');
  if (root) render(<PopupApp dataset={dataset} page={undefined} standalone initialQuery={query} />, root);
});
