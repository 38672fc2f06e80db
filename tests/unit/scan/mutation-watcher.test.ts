import { afterEach, describe, expect, it } from 'vitest';
import { type MutationBatch, watchMutations } from '@/src/scan/mutation-watcher';

function page(html: string): HTMLElement {
  // Test fixture only: product code never writes markup into a page.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  return document.body;
}

const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

/** The batches handed over, and a promise for the next one. */
function watch(root: Element, options: { bulkThreshold?: number } = {}) {
  const stop = new AbortController();
  const batches: MutationBatch[] = [];
  let wake: () => void = () => {};
  watchMutations(
    root,
    (batch) => {
      batches.push(batch);
      wake();
    },
    { signal: stop.signal, delayMs: 5, ...options },
  );
  const next = () => new Promise<MutationBatch>((resolve) => (wake = () => resolve(batches[batches.length - 1] as MutationBatch)));
  return { batches, next, stop };
}

const start = location.href;
afterEach(() => history.replaceState(null, '', start));

describe('watchMutations', () => {
  it('hands back the blocks that arrived, outermost only, after a pause', async () => {
    const root = page('<main><p>Already here.</p></main>');
    const { next, stop } = watch(root);
    const main = root.querySelector('main') as HTMLElement;
    const section = document.createElement('section');
    section.append(paragraph('Hamas and Israel'), paragraph('the Gaza ceasefire'));
    const batch = next();
    main.append(section, paragraph('Steve Witkoff'));
    const { roots, full, removed } = await batch;
    expect(full).toBe(false);
    expect(removed).toBe(false);
    expect(roots.map((r) => r.textContent)).toEqual(['Hamas and Israelthe Gaza ceasefire', 'Steve Witkoff']);
    stop.abort();
  });

  it('asks for one full rescan when a batch is too big', async () => {
    const root = page('<main></main>');
    const { next, stop } = watch(root, { bulkThreshold: 3 });
    const batch = next();
    (root.firstElementChild as Element).append(...['a', 'b', 'c', 'd'].map(paragraph));
    expect(await batch).toEqual({ roots: [], full: true, removed: false });
    stop.abort();
  });

  it("asks for a full rescan when a single-page app's new route brings new content", async () => {
    const root = page('<main><p>Story one.</p></main>');
    const { next, stop } = watch(root);
    const main = root.querySelector('main') as HTMLElement;
    const batch = next();
    history.pushState({ story: 2 }, '', '?story=2');
    main.replaceChildren(paragraph('Story two names Hamas.'));
    expect(await batch).toEqual({ roots: [], full: true, removed: true });
    // The same address again: back to block by block.
    const after = next();
    main.append(paragraph('An update.'));
    expect((await after).full).toBe(false);
    stop.abort();
  });

  it('stops when its signal aborts', async () => {
    const root = page('<main></main>');
    const { batches, stop } = watch(root);
    stop.abort();
    (root.firstElementChild as Element).append(paragraph('Hamas'));
    await new Promise((r) => setTimeout(r, 30));
    expect(batches).toEqual([]);
  });
});
