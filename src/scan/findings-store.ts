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
    const inside = (f: Finding) => roots.some((root) => f.nodes.some((n) => root.contains(n)));
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
