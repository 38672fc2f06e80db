// Hover lookup: the findings that touch a text node, in order, so caret hit-testing is one map read.
import type { Finding } from './finding';

export class FindingsByNode {
  // A Map, not a WeakMap: findings hold their nodes anyway, and WeakMap inserts cost 10× more.
  private readonly byNode = new Map<Text, Finding[]>();
  /** Open shadow roots holding findings, for caret hit-testing inside them. */
  readonly shadowRoots: ShadowRoot[] = [];

  constructor(findings: readonly Finding[]) {
    const roots = new Set<ShadowRoot>();
    for (const finding of findings) {
      if (finding.shadow) roots.add(finding.shadow);
      for (const node of finding.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(finding);
        else this.byNode.set(node, [finding]);
      }
    }
    this.shadowRoots.push(...roots);
  }

  /** The finding covering `offset` in `node`, if any. */
  at(node: Text, offset: number): Finding | undefined {
    for (const finding of this.byNode.get(node) ?? []) {
      const { start, end } = finding;
      const afterStart = start.node !== node || offset >= start.offset;
      const beforeEnd = end.node !== node || offset <= end.offset;
      if (afterStart && beforeEnd) return finding;
    }
    return undefined;
  }
}
