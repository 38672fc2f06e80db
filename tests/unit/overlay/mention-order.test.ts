// First mentions stay the page's first after a changed block is rescanned (its findings are numbered anew).
import index from 'virtual:gtc/matcher-index';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { firstMentions } from '@/src/overlay/mention-order';
import { FindingsStore } from '@/src/scan/findings-store';
import { scanPage } from '@/src/scan/scan-page';

describe('firstMentions', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes the first mention in page order, not the one scanned first, after the top block was rescanned', async () => {
    // happy-dom lays nothing out: every mention counts as rendered.
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
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
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
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
});
