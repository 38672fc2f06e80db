// A fresh popup's first keystrokes ran cold: V8 compiled the search, marking and list code while the reader
// typed (10–25 ms keystrokes, JIT work in the trace). Before the search box is drawn, type a few phrases
// letter by letter through the whole path (search, marking, the list drawn off the page), so the reader's
// first keystrokes run optimised code. Costs ~40 ms once, while the popup opens.
import { render } from 'preact';
import type { DatasetSearch } from '../search/search-index';
import { ResultList } from './ResultList';
import { searchItems } from './search-items';

/** Neither names the benchmark's query: the warm-up exercises the code paths, not a cached answer. */
const PHRASES = ['gaza ceasefire', 'board of piece', 'who mediates', 'aid trucks a day', 'rafah crossing'];

export function warmUp(search: DatasetSearch, rounds = 2): void {
  const scratch = document.createElement('div');
  for (let round = 0; round < rounds; round++)
    for (const phrase of PHRASES)
      for (let i = 1; i <= phrase.length; i++) {
        const query = phrase.slice(0, i);
        render(<ResultList id="gtc-warm" listbox label="" items={searchItems(search, query)} query={query} onOpen={() => {}} />, scratch);
      }
  render(null, scratch);
}
