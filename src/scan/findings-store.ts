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
    // A mention's nodes share one block, so its first node tells where it is. Thousands of roots (a long
    // page's set-aside regions) are looked up by ancestor rather than asked one by one.
    const set = roots.length > 8 ? new Set<Node>(roots) : undefined;
    const inside = set
      ? (f: Finding) => {
          for (let up: Node | null = f.start.node.parentNode; up; up = up.parentNode) if (set.has(up)) return true;
          return false;
        }
      : (f: Finding) => roots.some((root) => root.contains(f.start.node));
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
