// Hover lookup: the findings that touch a text node, in order, so caret hit-testing is one map read.
import type { Finding } from './finding';

export class FindingsByNode {
  private readonly byNode = new WeakMap<Text, Finding[]>();
  /** Open shadow roots holding findings, for caret hit-testing inside them. */
  readonly shadowRoots: ShadowRoot[] = [];

  constructor(findings: readonly Finding[]) {
    const roots = new Set<ShadowRoot>();
    for (const finding of findings) {
      const root = finding.range.startContainer.getRootNode();
      if (root instanceof ShadowRoot) roots.add(root);
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
      const { startContainer, startOffset, endContainer, endOffset } = finding.range;
      const afterStart = startContainer !== node || offset >= startOffset;
      const beforeEnd = endContainer !== node || offset <= endOffset;
      if (afterStart && beforeEnd) return finding;
    }
    return undefined;
  }
}
