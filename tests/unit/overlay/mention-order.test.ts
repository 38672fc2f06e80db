// First mentions: the first in page order after a changed block is rescanned (its findings are numbered anew), and
// the first the reader can see.
import index from 'virtual:gtc/matcher-index';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { firstMentions } from '@/src/overlay/mention-order';
import { FindingsStore } from '@/src/scan/findings-store';
import { scanPage } from '@/src/scan/scan-page';

describe('firstMentions', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes the first mention in page order, not the one scanned first, after the top block was rescanned', async () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<p id="top">Hamas answered Steve Witkoff.</p><p id="below">Later, Hamas and Steve Witkoff spoke again.</p>',
        ),
    );
    const matcher = createPageMatcher(index);
    const store = new FindingsStore();
    store.replaceAll(await scanPage(document.body, matcher));
    const top = document.getElementById('top') as HTMLElement;
    const inTop = (found: ReturnType<typeof firstMentions>) =>
      found.map((f) => `${f.text} ${top.contains(f.start.node) ? 'top' : 'below'}`);
    expect(inTop(firstMentions(store.all))).toEqual(['Hamas top', 'Steve Witkoff top']);

    // The page edits the top paragraph: only it is rescanned, as the partial pass does.
    (top.firstChild as Text).data = 'Hamas answered Steve Witkoff at once.';
    store.replaceUnder([top], await scanPage([top], matcher, { runPerRoot: true }));
    expect(inTop(firstMentions(store.all))).toEqual(['Hamas top', 'Steve Witkoff top']);
  });

  it('orders first mentions from a rescanned block and from the first scan as they stand on the page', async () => {
    document.body.replaceChildren(
      document.createRange().createContextualFragment('<p id="top">Qatar is hosting nobody today.</p><p>Steve Witkoff flew in.</p>'),
    );
    const matcher = createPageMatcher(index);
    const store = new FindingsStore();
    store.replaceAll(await scanPage(document.body, matcher));
    expect(firstMentions(store.all).map((f) => f.text)).toEqual(['Steve Witkoff']);
    // A name arrives above the first scan's findings.
    const top = document.getElementById('top') as HTMLElement;
    (top.firstChild as Text).data = 'Hamas is hosting nobody today.';
    store.replaceUnder([top], await scanPage([top], matcher, { runPerRoot: true }));
    expect(firstMentions(store.all).map((f) => f.text)).toEqual(['Hamas', 'Steve Witkoff']);
  });

  it('asks the DOM once for each pair of mentions from different runs, however many passes follow', async () => {
    document.body.replaceChildren(
      document.createRange().createContextualFragment('<p>Hamas answered Steve Witkoff.</p><div id="live"></div>'),
    );
    const matcher = createPageMatcher(index);
    const store = new FindingsStore();
    store.replaceAll(await scanPage(document.body, matcher));
    const live = document.getElementById('live') as HTMLElement;
    // A live page: paragraphs arrive one by one, each rescanned as a run of its own.
    const append = async (text: string) => {
      const p = live.appendChild(document.createElement('p'));
      p.textContent = text;
      store.replaceUnder([p], await scanPage([p], matcher, { runPerRoot: true }));
    };
    await append('Steve Witkoff met Hamas again.');
    await append('Hamas said so.');
    const asked = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    const texts = (found: ReturnType<typeof firstMentions>) =>
      found.map((f) => `${f.text} ${live.contains(f.start.node) ? 'live' : 'top'}`);
    expect(texts(firstMentions(store.all))).toEqual(['Hamas top', 'Steve Witkoff top']);
    const firstPass = asked.mock.calls.length;
    expect(firstPass).toBeGreaterThan(0);
    // The next pass over the same findings asks nothing; one more paragraph asks only about its own mentions.
    expect(texts(firstMentions(store.all))).toEqual(['Hamas top', 'Steve Witkoff top']);
    expect(asked.mock.calls.length).toBe(firstPass);
    await append('Steve Witkoff left.');
    expect(texts(firstMentions(store.all))).toEqual(['Hamas top', 'Steve Witkoff top']);
    expect(asked.mock.calls.length).toBe(firstPass + 1);
  });

  it("asks the element's style where the browser can (no layout forced), and measures the range only where it cannot", async () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<p id="drawer" style="display: none">Steve Witkoff in the drawer.</p><p id="story">Steve Witkoff in the story.</p>',
        ),
    );
    const store = new FindingsStore();
    store.replaceAll(await scanPage(document.body, createPageMatcher(index)));
    const measured = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([] as unknown as DOMRectList);
    expect(firstMentions(store.all).map((f) => f.start.node.parentElement?.id)).toEqual(['story']);
    expect(measured).not.toHaveBeenCalled();

    // Without checkVisibility, a mention the browser gives no box is passed over.
    const native = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility');
    Object.defineProperty(Element.prototype, 'checkVisibility', { value: undefined, configurable: true });
    try {
      expect(firstMentions(store.all)).toEqual([]);
      expect(measured).toHaveBeenCalled();
    } finally {
      if (native) Object.defineProperty(Element.prototype, 'checkVisibility', native);
    }
  });
});
