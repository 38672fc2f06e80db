// The page's findings, kept current as parts of the page are rescanned or removed.
import type { Finding } from './finding';

export class FindingsStore {
  private items: Finding[] = [];

  get all(): readonly Finding[] {
    return this.items;
  }

  replaceAll(findings: Finding[]): void {
    this.items = findings;
  }

  /** Swap the findings under `roots` for a fresh scan of them. */
  replaceUnder(roots: readonly Element[], fresh: Finding[]): void {
    const inside = roots.length > 8 ? underAny(roots) : textUnder(roots);
    this.items = [...this.items.filter((f) => !inside(f)), ...fresh];
  }

  /** Drop findings whose text left the page. */
  dropDetached(): boolean {
    const before = this.items.length;
    this.items = this.items.filter((f) => f.nodes.every((n) => n.isConnected));
    return this.items.length !== before;
  }

  clear(): void {
    this.items = [];
  }
}

/**
 * Thousands of roots (a long page's set-aside regions): each mention's first node is looked up by ancestor
 * (a mention's nodes share one block) rather than asked of every root.
 */
function underAny(roots: readonly Element[]): (f: Finding) => boolean {
  const set = new Set<Node>(roots);
  return (f) => {
    for (let up: Node | null = f.start.node.parentNode; up; up = up.parentNode) if (set.has(up)) return true;
    return false;
  };
}

/**
 * A few roots (the blocks a mutation changed): their text nodes are collected once, so the page's thousands
 * of other mentions cost a set lookup each, not a DOM call per mention and root (`contains` was most of a
 * mutation pass on a long page).
 */
function textUnder(roots: readonly Element[]): (f: Finding) => boolean {
  const texts = new Set<Node>();
  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.add(node);
  }
  return (f) => texts.has(f.start.node);
}
