import { describe, expect, it, vi } from 'vitest';
import { strongNames } from '@/src/dataset/build/strong-names';
import { countPage } from '@/src/first-stage/count-page';
import { nameTable, StrongCounter } from '@/src/first-stage/strong-count';
import { entry, fixtureIndex } from '../../support/fixture-dataset';

const index = fixtureIndex([
  entry('org-hamas', ['Hamas']),
  entry('place-cairo', ['Cairo'], { kind: 'place', context: ['talks'] }),
  entry('person-witkoff', ['Steve Witkoff', 'Witkoff']),
]);
const table = nameTable(strongNames(index).firstWords);
const page = (html: string) => {
  const div = document.createElement('div');
  div.append(document.createRange().createContextualFragment(html));
  return div;
};
const count = async (root: Node, untilAny = false) => {
  const counter = new StrongCounter(table, untilAny);
  await countPage(root, counter);
  return counter.result;
};

describe('counting a page', () => {
  it('finds a name deep in a long text read in chunks, and nothing in filler', async () => {
    const filler = 'x '.repeat(131_000);
    expect((await count(page(`<p>${filler}Steve Witkoff ${filler}</p>`))).entries).toBe(1);
    expect((await count(page(`<p>${filler}${filler}</p>`))).mentions).toBe(0);
  });

  it('counts a name cut by a chunk boundary once, whole', async () => {
    // Pieces of 1 KB: the name falls across the first step's end (16 KB) and into its overlap.
    for (let shift = 0; shift < 40; shift += 3) {
      const pieces = Array.from({ length: 40 }, (_, i) => `<p>${i === 15 ? 'y'.repeat(1014 - shift) : 'y'.repeat(1024)}</p>`);
      pieces[16] = `<p>${'z'.repeat(Math.max(0, shift - 6))} Steve Witkoff Hamas and more</p>`;
      const result = await count(page(pieces.join('')));
      expect(result, `shift ${shift}`).toMatchObject({ entries: 2, mentions: 2 });
    }
  });

  it('counts every mention over the whole page until the strong names alone are enough', async () => {
    expect(await count(page('<p>Hamas said.</p>'))).toMatchObject({ entries: 1, mentions: 1, score: 2, onTopic: false });
    expect(await count(page('<p>Hamas said.</p><p>Hamas and Hamas again.</p>'))).toMatchObject({ entries: 1, mentions: 3, onTopic: true });
    expect(await count(page('<p>Witkoff met Hamas.</p>'))).toMatchObject({ entries: 2, onTopic: false });
    expect(await count(page('<p>Witkoff met Hamas.</p><p>Hamas answered.</p>'))).toMatchObject({ entries: 2, onTopic: true });
  });

  it('stops at the first name when asked only for a yes or no', async () => {
    expect(await count(page('<p>Witkoff met Hamas.</p>'), true)).toMatchObject({ entries: 1, mentions: 1 });
  });

  it('passes a page with only ambiguous names', async () => {
    expect((await count(page('<p>Cairo museums and Cairo cafés.</p>'))).mentions).toBe(0);
  });

  it('passes over inline scripts and styles: nobody reads them', async () => {
    const root = page('<p>Gardening notes.</p><script type="application/ld+json">{"about": "Hamas"}</script><style>.Hamas{}</style>');
    expect((await count(root)).mentions).toBe(0);
    expect((await count(page('<p>Notes.</p><script>var x = 1;</script><p>Hamas said.</p>'))).mentions).toBe(1);
  });

  it('looks inside open shadow roots, of custom elements too', async () => {
    const root = page('<p>Nothing here.</p><section><news-card></news-card></section><div id="host"></div>');
    root.querySelector('news-card')?.attachShadow({ mode: 'open' }).append(page('<p>Hamas said the talks resumed.</p>'));
    expect((await count(root)).entries).toBe(1);
    const other = page('<p>Nothing here.</p><div id="host"></div>');
    other.querySelector('#host')?.attachShadow({ mode: 'open' }).append(page('<p>Envoy Witkoff arrived.</p>'));
    expect((await count(other)).entries).toBe(1);
  });

  it('tells which open shadow roots it read, inner ones too, and searches for them only while the count is short of on topic', async () => {
    const root = page('<p>Nothing here.</p><news-card></news-card><div id="host"></div>');
    const card = root.querySelector('news-card')?.attachShadow({ mode: 'open' });
    card?.append(page('<p>Weather.</p>'));
    const host = root.querySelector('#host')?.attachShadow({ mode: 'open' });
    host?.append(page('<p>Traffic.</p><section id="inner"></section>'));
    const inner = host?.querySelector('#inner')?.attachShadow({ mode: 'open' });
    const read: ShadowRoot[] = [];
    await countPage(root, new StrongCounter(table), { onShadowRoot: (r) => read.push(r) });
    expect(new Set(read)).toEqual(new Set([card, host, inner]));
    const named = page('<p>Hamas said. Hamas again. Steve Witkoff too.</p><div id="host"></div>');
    named.querySelector('#host')?.attachShadow({ mode: 'open' });
    const none: ShadowRoot[] = [];
    await countPage(named, new StrongCounter(table), { onShadowRoot: (r) => none.push(r) });
    expect(none).toEqual([]);
  });

  it("looks into plain elements' shadow roots only on a page with little text of its own; custom elements' always", async () => {
    const wordy = `<p>${'Gardening notes on tomatoes and beans. '.repeat(60)}</p>`;
    const root = page(`${wordy}<div id="host"></div><news-card></news-card>`);
    root.querySelector('#host')?.attachShadow({ mode: 'open' }).append(page('<p>Envoy Witkoff arrived.</p>'));
    expect((await count(root)).mentions).toBe(0);
    root.querySelector('news-card')?.attachShadow({ mode: 'open' }).append(page('<p>Hamas said.</p>'));
    expect(await count(root)).toMatchObject({ entries: 1, mentions: 1 });
    // The same plain host on a page with a line of text of its own is read.
    const shell = page('<p>Menu</p><div id="host"></div>');
    shell.querySelector('#host')?.attachShadow({ mode: 'open' }).append(page('<p>Envoy Witkoff arrived.</p>'));
    expect((await count(shell)).entries).toBe(1);
  });

  it('with probeWhole, reads a page in one go, and leaves out what its scripts name', async () => {
    const probe = async (root: Node) => {
      const counter = new StrongCounter(table);
      const slices: number[] = [];
      await countPage(root, counter, { probeWhole: true, onSlice: (ms) => slices.push(ms) });
      return { ...counter.result, slices: slices.length };
    };
    const plain = page('<p>Gardening notes.</p><p>Beans and peas.</p>');
    expect(await probe(plain)).toMatchObject({ mentions: 0 });
    const named = page('<p>Hamas said.</p><p>Hamas and Hamas again.</p>');
    expect(await probe(named)).toMatchObject(await count(named));
    // A name only in an inline script is not counted: the pieces (scripts left out) hold none.
    const scripted = page('<p>Gardening notes.</p><script type="application/ld+json">{"about": "Hamas"}</script>');
    expect(await probe(scripted)).toMatchObject({ mentions: 0 });
    const both = page('<p>Hamas said.</p><script>var topic = "Hamas, Hamas, Steve Witkoff";</script><p>Weather.</p>');
    expect(await probe(both)).toMatchObject({ entries: 1, mentions: 1, onTopic: false });
    // A shadow root is never probed as a whole: it is read as before.
    const host = page('<p>Menu</p><news-card></news-card>');
    host.querySelector('news-card')?.attachShadow({ mode: 'open' }).append(page('<p>Hamas said.</p>'));
    expect(await probe(host)).toMatchObject({ entries: 1, mentions: 1 });
  });

  it('with probeWhole, counts a page that names something from its one read when no script or style names anything', async () => {
    const named = page(
      '<p>Hamas said.</p><script>var ads = 1;</script><style>p { color: red }</style><section><p>Steve Witkoff and Hamas met.</p></section>',
    );
    const inPieces = await count(named);
    // Read in pieces, the root's children are walked from its first.
    const walked = vi.spyOn(named, 'firstChild', 'get');
    // A script or style among the root's children is not read at all.
    const script = vi.spyOn(named.querySelector('script') as HTMLScriptElement, 'textContent', 'get');
    const counter = new StrongCounter(table);
    await countPage(named, counter, { probeWhole: true });
    expect(counter.result).toMatchObject({ entries: 2, mentions: 3, onTopic: true });
    expect(counter.result).toEqual(inPieces);
    expect(walked).not.toHaveBeenCalled();
    expect(script).not.toHaveBeenCalled();
    // Where a script names the talks too, its names are taken away from the one read's: no piece is read.
    const scripted = page('<p>Hamas said.</p><script>var topic = "Steve Witkoff";</script><p>Hamas again.</p>');
    // Read in pieces, each paragraph's text is asked for once more (happy-dom reads the whole text through them).
    const piece = vi.spyOn(scripted.querySelector('p') as HTMLParagraphElement, 'textContent', 'get');
    const scriptedCounter = new StrongCounter(table);
    await countPage(scripted, scriptedCounter, { probeWhole: true });
    expect(scriptedCounter.result).toMatchObject({ entries: 1, mentions: 2 });
    expect(piece).toHaveBeenCalledTimes(1);
  });

  it('with probeWhole, counts a news page whose data script holds the whole story as its pieces count it', async () => {
    const story = '<p>Hamas and Israel met in Cairo. Steve Witkoff joined the talks.</p><p>Hamas said it would answer.</p>';
    // A site's JSON data (as Next.js sites ship it) repeats the story; a style and a template name it as well.
    const data = JSON.stringify({
      props: { article: { body: 'Hamas and Israel met in Cairo. Steve Witkoff joined the talks. Hamas said it would answer.' } },
    });
    const named = page(`${story}<script type="application/json">${data}</script><style>.hamas{}</style><template><p>Hamas</p></template>`);
    const inPieces = await count(named);
    expect(inPieces).toMatchObject({ entries: 2, mentions: 3, onTopic: true });
    const piece = vi.spyOn(named.querySelector('p') as HTMLParagraphElement, 'textContent', 'get');
    const counter = new StrongCounter(table);
    await countPage(named, counter, { probeWhole: true });
    expect(counter.result).toEqual(inPieces);
    expect(piece).toHaveBeenCalledTimes(1);
    // The same data inside the article's container: read with it, then its names taken away (read in pieces,
    // a small container's text is read whole, its script with it).
    const nested = page(`<article>${story}<script type="application/json">${data}</script></article><p>Weather.</p>`);
    const nestedCounter = new StrongCounter(table);
    await countPage(nested, nestedCounter, { probeWhole: true });
    expect(nestedCounter.result).toMatchObject({ entries: 2, mentions: 3, onTopic: true });
    // The script's names alone would have put the page on topic; with a story naming Hamas once, it is not.
    const once = page(`<p>Hamas said.</p><script type="application/json">${data}</script>`);
    const onceCounter = new StrongCounter(table);
    await countPage(once, onceCounter, { probeWhole: true });
    expect(onceCounter.result).toEqual(await count(once));
    expect(onceCounter.result).toMatchObject({ entries: 1, mentions: 1, onTopic: false });
  });

  it('says when a custom element may hold a closed shadow root it could not read', async () => {
    const root = page('<p>Hamas said.</p><news-card></news-card><story-box></story-box>');
    root.querySelector('news-card')?.attachShadow({ mode: 'open' }).append(page('<p>Weather.</p>'));
    const candidates = vi.fn();
    await countPage(root, new StrongCounter(table), { onClosedRootCandidate: candidates });
    expect(candidates).toHaveBeenCalledTimes(1);
    const plain = page('<p>Hamas said.</p><div></div>');
    const none = vi.fn();
    await countPage(plain, new StrongCounter(table), { onClosedRootCandidate: none });
    expect(none).not.toHaveBeenCalled();
  });

  it('adds what open shadow roots name to a light tree that names the talks too few times', async () => {
    const root = page('<p>Hamas said.</p><news-card></news-card>');
    root.querySelector('news-card')?.attachShadow({ mode: 'open' }).append(page('<p>Steve Witkoff and Hamas met.</p>'));
    expect(await count(root)).toMatchObject({ entries: 2, mentions: 3, onTopic: true });
    // A yes or no stops at the light tree's first name.
    expect(await count(root, true)).toMatchObject({ mentions: 1 });
  });

  it('stops with an AbortError when its signal is aborted while it yields', async () => {
    const controller = new AbortController();
    const root = page(`<p>${'x '.repeat(300_000)}</p>`.repeat(8));
    const counting = countPage(root, new StrongCounter(table), { signal: controller.signal });
    controller.abort();
    await expect(counting).rejects.toThrow();
  });
});
