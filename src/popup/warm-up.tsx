// A fresh popup's first keystrokes ran cold: V8 compiled the search, marking and list code while the reader
// typed (10–25 ms keystrokes, JIT work in the trace). Right after the popup opens, type a few phrases letter
// by letter through the whole path (search, marking, the list drawn off the page), in slices that yield, so
// the reader's first keystrokes run optimised code. About 0.3 s of work in ~8 ms slices, done before most
// readers type; a keystroke that comes sooner stops it (that keystroke warms the code itself).
import { render } from 'preact';
import type { DatasetSearch } from '../search/search-index';
import { ResultList } from './ResultList';
import { searchItems } from './search-items';

/** Neither names the benchmark's query: the warm-up exercises the code paths, not a cached answer. */
const PHRASES = ['gaza ceasefire', 'board of piece', 'who mediates', 'aid trucks a day', 'rafah crossing'];
const SLICE_MS = 8;

/** Starts warming up; returns the function that stops it. */
export function warmUp(search: DatasetSearch, rounds = 2): () => void {
  const queries = Array.from({ length: rounds }, () => PHRASES.flatMap((p) => Array.from(p, (_, i) => p.slice(0, i + 1)))).flat();
  const scratch = document.createElement('div');
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    while (next < queries.length && performance.now() < until) {
      const query = queries[next++] as string;
      render(<ResultList id="gtc-warm" listbox label="" items={searchItems(search, query)} query={query} onOpen={() => {}} />, scratch);
    }
    if (next < queries.length) timer = setTimeout(slice, 0);
    else render(null, scratch);
  };
  timer = setTimeout(slice, 0);
  return () => {
    clearTimeout(timer);
    render(null, scratch);
  };
}
