// Hover lookup: the findings that touch a text node, in order, so caret hit-testing is one map read.
import type { Finding } from './finding';

export class FindingsByNode {
  private readonly byNode = new WeakMap<Text, Finding[]>();

  constructor(findings: readonly Finding[]) {
    for (const finding of findings) {
      for (const node of finding.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(finding);
        else this.byNode.set(node, [finding]);
      }
    }
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
