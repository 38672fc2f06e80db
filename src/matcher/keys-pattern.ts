// A plain expression over folded names, for the topic gate's quick yes/no over text folded by foldLetters:
// no Unicode classes and no `i` flag, so it compiles in about a millisecond, and the engine runs natively.

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

// The text is folded by foldLetters only: each run of spaces or dashes, and each apostrophe, stands for one.
const escapeChar = (ch: string) =>
  ch === ' ' ? '[\\s\\u2010-\\u2015-]+' : ch === "'" ? "['’‘ʼ`´]" : /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;

function source(node: Node): string {
  const branches = [...node.next.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => escapeChar(ch) + source(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return node.end ? `(?:${group})?` : group;
}

/**
 * One expression (no flags) for `keys`, folded names (see fold), as a trie. Word edges are checked for
 * ASCII letters and digits only: a rare false yes costs a scan, never a missed page.
 */
export function keysPattern(keys: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (node !== root) node.end = true;
  }
  const trie = source(root);
  return trie ? `(?:^|[^a-z0-9])${trie}(?![a-z0-9])` : '(?!)';
}
