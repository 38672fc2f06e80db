// A block that is (nearly) all link text is a teaser: a headline pointing at another page ("More from World",
// "Latest"), which says what that page is about, not this one. Sites put such lists in plain <div>s as often as in
// <aside> or <nav> (page-chrome.ts), so they are told by their links. Its mentions are painted on a page about
// the talks, but count for relevance as a sidebar's do: not at all. An article's paragraph with a link in it is
// mostly text of its own.

/** An address without its fragment. */
const pageOf = (url: string) => {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
};

/**
 * Whether `node` is inside a link to another page than `here`: a live blog's heading linking to its own post
 * ("#post-12", or the page's full address with that fragment) is no teaser.
 */
function linksElsewhere(node: Text, here: string): boolean {
  const link = node.parentElement?.closest('a[href]');
  return link instanceof HTMLAnchorElement && pageOf(link.href) !== here;
}

/** Share of a block's text inside links from which it is a teaser. */
export const TEASER_LINK_SHARE = 0.8;

/**
 * Whether the text nodes `nodes` (one block's) are mostly inside links. Lengths are read without the text
 * (`length`, not `data`: each `data` read hands the page's string to script), and links are looked for only
 * until the text outside them is too much: an article's paragraph is settled at its first unlinked node.
 */
export function isLinkTeaser(nodes: readonly Text[]): boolean {
  let total = 0;
  for (const node of nodes) total += node.length;
  if (total === 0) return false;
  const here = pageOf(nodes[0]?.ownerDocument.URL ?? '');
  let unlinked = 0;
  for (const node of nodes) {
    if (linksElsewhere(node, here)) continue;
    unlinked += node.length;
    if (total - unlinked < TEASER_LINK_SHARE * total) return false;
  }
  return true;
}
