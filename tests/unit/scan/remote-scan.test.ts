// An article's first scan matched by the background: the same findings as the page's own matching, the page
// matching itself when the background cannot, and blocks the page changed meanwhile left for their rescan.
import index from 'virtual:gtc/matcher-index';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { entriesOnly } from '@/src/dataset/entries-index';
import { lazyPageMatcher } from '@/src/matcher/lazy-page-matcher';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { blockMatchService } from '@/src/messaging/block-match-service';
import { warmMatcher } from '@/src/messaging/warm-matcher';
import { type Finding, rangeOf } from '@/src/scan/finding';
import { REMOTE_MAX_CHARS, type RemoteMatch, stillReads } from '@/src/scan/remote-scan';
import { newScanStats, scanPage } from '@/src/scan/scan-page';
import { textBlocks } from '@/src/scan/text-blocks';

function setBody(html: string) {
  // Test fixture only: product code never writes markup into a page.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

const ARTICLE =
  '<h1>Talks resume in <b>Sharm</b> el-Sheikh</h1>' +
  '<p>Steve Witkoff and Jared Kushner met Hamas negotiators on Monday.</p>' +
  '<p>Kushner said <i>the</i> first phase held; the Red Cross carried the hostages out of Gaza.</p>' +
  '<ul><li>Israel released 1,968 Palestinian prisoners.</li><li>Qatar and Egypt mediated.</li></ul>';

/** The background's service, as the page reaches it (the answer goes through JSON as a message does). */
function background(): RemoteMatch & { calls: string[][] } {
  const service = blockMatchService(warmMatcher(async () => ({ index })));
  const calls: string[][] = [];
  const remote = async (texts: string[]) => {
    calls.push(texts);
    return JSON.parse(JSON.stringify(await service({ type: 'match-blocks', version: index.version, texts })));
  };
  return Object.assign(remote, { calls });
}

/** The whole index, as the page asks the background for it when it matches itself. */
const fetchIndex = async () => index;

const described = (findings: Finding[]) =>
  findings.map((f) => [f.entry.id, rangeOf(f).toString(), f.licensed, f.value, f.generic, f.context, f.aside]);

describe('scanPage with the background matching', () => {
  beforeEach(() => setBody(ARTICLE));

  it("finds what the page's own matching finds, in one message, without building the page's matcher", async () => {
    const local = described(await scanPage(document.body, createPageMatcher(index)));
    expect(local.map(([id]) => id)).toEqual(expect.arrayContaining(['person-steve-witkoff', 'org-hamas', 'person-jared-kushner']));
    const remote = background();
    const matcher = lazyPageMatcher(entriesOnly(index), fetchIndex);
    const stats = newScanStats();
    expect(described(await scanPage(document.body, matcher, { remote, stats }))).toEqual(local);
    expect(remote.calls).toHaveLength(1);
    expect(remote.calls[0]).toEqual([...textBlocks(document.body)].map((b) => b.text));
    expect(matcher.builtMs).toBeUndefined();
    expect(stats.remoteMs).toBeGreaterThanOrEqual(0);
  });

  it('matches on the page when the background answers null or fails', async () => {
    const local = described(await scanPage(document.body, createPageMatcher(index)));
    const matcher = lazyPageMatcher(entriesOnly(index), fetchIndex);
    expect(described(await scanPage(document.body, matcher, { remote: async () => null }))).toEqual(local);
    expect(matcher.builtMs).toBeGreaterThanOrEqual(0);
  });

  it('leaves out a block the page changed while the background matched, and keeps the others', async () => {
    const remote = background();
    const changing: RemoteMatch = async (texts) => {
      const answer = await remote(texts);
      // A framework re-renders the second paragraph meanwhile.
      const second = document.querySelectorAll('p')[1];
      if (second) second.textContent = 'Kushner spoke later.';
      return answer;
    };
    const ids = (await scanPage(document.body, lazyPageMatcher(entriesOnly(index), fetchIndex), { remote: changing })).map(
      (f) => f.entry.id,
    );
    expect(ids).toContain('person-steve-witkoff');
    expect(ids).not.toContain('org-icrc');
  });

  it('matches a page with more text than it would wait for itself, without asking', async () => {
    const paragraph = 'Hamas negotiators met Egyptian and Qatari mediators again in Cairo on Monday night. ';
    setBody(`<p>${paragraph.repeat(Math.ceil(REMOTE_MAX_CHARS / paragraph.length) + 1)}</p><p>Steve Witkoff arrived.</p>`);
    const remote = vi.fn(async () => null);
    const ids = (await scanPage(document.body, lazyPageMatcher(entriesOnly(index), fetchIndex), { remote })).map((f) => f.entry.id);
    expect(remote).not.toHaveBeenCalled();
    expect(ids).toContain('person-steve-witkoff');
  });

  it('stops when aborted while it waits for the answer', async () => {
    const controller = new AbortController();
    const remote: RemoteMatch = async (texts) => {
      controller.abort();
      return background()(texts);
    };
    await expect(
      scanPage(document.body, lazyPageMatcher(entriesOnly(index), fetchIndex), { remote, signal: controller.signal }),
    ).rejects.toThrow(/abort/i);
  });
});

describe('stillReads', () => {
  it('holds for a block as read, and not once its text, or a node of it, changed or left the page', () => {
    setBody('<p>Envoy <b>Steve</b> Witkoff</p><div>Hamas<br>said</div>');
    const [whole, walked] = [...textBlocks(document.body)];
    if (!whole || !walked) throw new Error('two blocks expected');
    expect(whole.element?.tagName).toBe('P');
    expect(walked.nodes.length).toBeGreaterThan(0);
    expect([stillReads(whole), stillReads(walked)]).toEqual([true, true]);
    const bold = document.querySelector('b');
    if (bold) bold.textContent = 'Stephen';
    expect(stillReads(whole)).toBe(false);
    walked.nodes[0]?.remove();
    expect(stillReads(walked)).toBe(false);
  });
});
