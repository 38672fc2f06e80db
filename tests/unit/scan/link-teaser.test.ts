import { describe, expect, it } from 'vitest';
import { isLinkTeaser } from '@/src/scan/link-teaser';

/** The text nodes of `html`, as one block's. */
function nodesOf(html: string): Text[] {
  const div = document.createElement('div');
  div.append(document.createRange().createContextualFragment(html));
  const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

describe('link teasers', () => {
  it('takes a block that is all or nearly all link text for a headline pointing elsewhere', () => {
    expect(isLinkTeaser(nodesOf('<a href="/a">Hamas hands over remains of two hostages</a>'))).toBe(true);
    expect(isLinkTeaser(nodesOf('<a href="/b"><b>Board of Peace</b> meets in Davos</a>.'))).toBe(true);
    expect(isLinkTeaser(nodesOf('<a href="/c"><h3>Envoy due in Israel</h3><p>What he wants</p></a>'))).toBe(true);
  });

  it('draws the line at 80% of the text in links, wherever the unlinked text stands', () => {
    expect(isLinkTeaser(nodesOf('<a href="/x">aaaaaaaa</a>bb'))).toBe(true);
    expect(isLinkTeaser(nodesOf('b<a href="/x">aaaa</a>b<a href="/y">aaaa</a>'))).toBe(true);
    expect(isLinkTeaser(nodesOf('<a href="/x">aaaaaaa</a>bbb'))).toBe(false);
    expect(isLinkTeaser(nodesOf('bb<a href="/x">aaaa</a>b<a href="/y">aaa</a>'))).toBe(false);
  });

  it('leaves a paragraph with links in it, an anchor without a target or to the page itself, and an empty block alone', () => {
    expect(isLinkTeaser(nodesOf('Talks resumed as <a href="/h">Hamas</a> delegates met the envoy in Cairo.'))).toBe(false);
    expect(isLinkTeaser(nodesOf('<a href="/b">Board of Peace meets</a> in Davos today'))).toBe(false);
    expect(isLinkTeaser(nodesOf('<a name="top">Hamas hands over remains</a>'))).toBe(false);
    // A live blog's heading linking to its own post.
    expect(isLinkTeaser(nodesOf('<a href="#post-12">Hamas hands over remains</a>'))).toBe(false);
    expect(isLinkTeaser(nodesOf(`<a href="${document.URL.split('#')[0]}#post-12">Hamas hands over remains</a>`))).toBe(false);
    expect(isLinkTeaser([])).toBe(false);
  });
});
