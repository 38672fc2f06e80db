import index from 'virtual:gtc/matcher-index';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { withNodes } from '@/src/scan/block-nodes';
import { rangeOf } from '@/src/scan/finding';
import { FindingsByNode } from '@/src/scan/findings-by-node';
import { scanPage } from '@/src/scan/scan-page';
import { textBlocks } from '@/src/scan/text-blocks';

const matcher = createPageMatcher(index);

function setBody(html: string) {
  // Test fixture only: product code never writes markup into a page.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

/** Each finding of a page whose body is `html`, with whether it counts as an aside (sidebar, teaser). */
async function asideFlags(html: string): Promise<[string, boolean][]> {
  setBody(html);
  return (await scanPage(document.body, matcher)).map((f) => [rangeOf(f).toString(), f.aside ?? false]);
}

describe('textBlocks', () => {
  beforeEach(() => setBody(''));

  it('joins inline elements into one run and splits at blocks', () => {
    setBody('<p>Envoy <b>Steve</b> Witkoff <a href="#">arrived</a></p><p>Second</p>');
    expect([...textBlocks(document.body)].map((b) => b.text)).toEqual(['Envoy Steve Witkoff arrived', 'Second']);
  });

  it('skips code, forms, editable text, hidden and opted-out regions', () => {
    setBody(
      '<p>Hamas one</p><script>Hamas</script><code>Hamas</code><textarea>Hamas</textarea>' +
        '<div contenteditable="true">Hamas</div><div hidden>Hamas</div>' +
        '<div data-gaza-talks-context="off"><p>Hamas</p></div><p>Hamas two</p>',
    );
    expect([...textBlocks(document.body)].map((b) => b.text)).toEqual(['Hamas one', 'Hamas two']);
  });

  it('reads a block with nothing inside that breaks it in one piece, and walks its nodes only when asked', () => {
    setBody('<section><h2>Title</h2><p>Envoy <b>Steve</b> Witkoff <a href="#">arrived</a></p></section>');
    const blocks = [...textBlocks(document.body)];
    expect(blocks.map((b) => [b.text, b.element?.tagName, b.nodes.length])).toEqual([
      ['Title', 'H2', 0],
      ['Envoy Steve Witkoff arrived', 'P', 0],
    ]);
    const paragraph = withNodes(blocks[1] as (typeof blocks)[number]);
    expect(paragraph.nodes.map((n) => n.data)).toEqual(['Envoy ', 'Steve', ' Witkoff ', 'arrived']);
    expect(paragraph.starts).toEqual([0, 6, 11, 20]);
  });

  it('walks a block node by node where a line break, a block or a skipped element is inside it', () => {
    setBody('<p>Hamas one<br>Witkoff two</p><p>Kept <code>Hamas</code> out</p><div>Lead <p>Inner</p> tail</div>');
    const blocks = [...textBlocks(document.body)];
    expect(blocks.map((b) => b.text)).toEqual(['Hamas one', 'Witkoff two', 'Kept  out', 'Lead ', 'Inner', ' tail']);
    // Only the inner paragraph is read whole; the others were walked and carry their nodes.
    expect(blocks.map((b) => b.element?.tagName ?? b.nodes.length)).toEqual([1, 1, 2, 1, 'P', 1]);
  });

  it('walks a block holding a custom element, so the shadow root it hosts is read', () => {
    setBody('<div class="grid"><x-card><span slot="note">A note</span></x-card></div>');
    const card = document.querySelector('x-card');
    const p = document.createElement('p');
    p.textContent = 'Khalil al-Hayya';
    card?.attachShadow({ mode: 'open' }).append(p);
    expect([...textBlocks(document.body)].map((b) => b.text)).toEqual(['A note', 'Khalil al-Hayya']);
  });

  it('reads open shadow roots', () => {
    setBody('<div id="host"></div>');
    const host = document.getElementById('host');
    const shadow = host?.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Inside Sharm el-Sheikh';
    shadow?.append(p);
    expect([...textBlocks(document.body)].map((b) => b.text)).toEqual(['Inside Sharm el-Sheikh']);
  });
});

describe('scanPage', () => {
  it('finds a name split across <b> as one range over two text nodes', async () => {
    setBody('<p>Envoy <b>Steve</b> Witkoff met Hamas’s team in Sharm el-Sheikh.</p>');
    const findings = await scanPage(document.body, matcher);
    expect(findings.map((f) => [f.entry.id, rangeOf(f).toString()])).toEqual([
      ['person-steve-witkoff', 'Steve Witkoff'],
      ['org-hamas', 'Hamas'],
      ['place-sharm-el-sheikh', 'Sharm el-Sheikh'],
    ]);
    expect(findings[0]?.nodes).toHaveLength(2);
  });

  it('finds names in blocks read whole and in blocks walked node by node alike, in document order', async () => {
    setBody('<div>Lead: <b>Hamas</b><p>Envoy <i>Steve</i> Witkoff</p>then Sharm el-<span>Sheikh</span><br>Gaza</div>');
    const findings = await scanPage(document.body, matcher);
    expect(findings.map((f) => rangeOf(f).toString())).toEqual(['Hamas', 'Steve Witkoff', 'Sharm el-Sheikh', 'Gaza']);
    expect(findings.map((f) => f.nodes.length)).toEqual([1, 2, 2, 1]);
  });

  it('reads each pass in document order, so a surname after a relative named in an earlier block is the relative', async () => {
    setBody(
      '<p>Steve Witkoff and Jared Kushner met Hamas mediators.</p>' +
        '<p>In Paris, the US ambassador Charles Kushner wrote to the Elysee.</p><p>Kushner wrote again.</p>' +
        '<p>Jared Kushner flew to Cairo.</p><p>Kushner spoke to Hamas there.</p>',
    );
    const findings = await scanPage(document.body, matcher);
    expect(findings.map((f) => rangeOf(f).toString())).toEqual([
      'Steve Witkoff',
      'Jared Kushner',
      'Hamas',
      'Jared Kushner',
      'Cairo',
      'Kushner',
      'Hamas',
    ]);
    // A pass over the one block alone knows nothing before it.
    const alone = await scanPage(document.querySelectorAll('p')[2] as Element, matcher);
    expect(alone.map((f) => rangeOf(f).toString())).toEqual(['Kushner']);
  });

  it("marks what it finds in the page's navigation, sidebars and footer, read whole or node by node", async () => {
    const found = await asideFlags(
      '<article><p>Hamas met Steve Witkoff.</p><footer>Filed under Gaza</footer></article>' +
        '<aside><h2>Most read</h2><ul><li>Hamas <b>says</b> talks stall<br>in Cairo</li></ul></aside>' +
        '<div role="navigation"><a href="#">Gaza</a></div><nav>Sharm el-Sheikh</nav>',
    );
    expect(found).toEqual([
      ['Hamas', false],
      ['Steve Witkoff', false],
      ['Gaza', true],
      ['Hamas', true],
      ['Cairo', true],
      ['Gaza', true],
      ['Sharm el-Sheikh', true],
    ]);
  });

  it('marks headlines linking elsewhere as it marks sidebars, but not a paragraph with a link in it', async () => {
    const found = await asideFlags(
      '<p>Talks resumed as <a href="/hamas">Hamas</a> delegates met Steve Witkoff in Cairo.</p>' +
        '<div class="more"><ul><li><a href="/a">Hamas hands over remains</a></li>' +
        '<li><a href="/b"><b>Board of Peace</b> meets in Davos</a>.</li></ul>' +
        '<a href="/c"><h3>Witkoff due in Israel</h3><p>What the envoy wants from Hamas</p></a></div>',
    );
    expect(found).toEqual([
      ['Hamas', false],
      ['Steve Witkoff', false],
      ['Cairo', false],
      ['Hamas', true],
      ['Board of Peace', true],
      ['Witkoff', true],
      ['Hamas', true],
    ]);
  });

  it('does not change the page', async () => {
    setBody('<p>Khalil al-Hayya and the <i>20-point</i> plan</p>');
    const before = document.body.innerHTML;
    await scanPage(document.body, matcher);
    expect(document.body.innerHTML).toBe(before);
  });

  it('stops when aborted', async () => {
    setBody('<p>Hamas</p>');
    const controller = new AbortController();
    controller.abort();
    await expect(scanPage(document.body, matcher, { signal: controller.signal })).rejects.toThrow();
  });

  it('indexes findings by node for hover lookups', async () => {
    setBody('<p>Talks: Witkoff and Hamas.</p>');
    const findings = await scanPage(document.body, matcher);
    const byNode = new FindingsByNode(findings);
    const text = document.querySelector('p')?.firstChild as Text;
    expect(byNode.at(text, 9)?.entry.id).toBe('person-steve-witkoff');
    expect(byNode.at(text, 21)?.entry.id).toBe('org-hamas');
    expect(byNode.at(text, 2)).toBeUndefined();
  });
});
