// The trie of folded names in the form the scan reads, built once at build time and shipped in the index:
// nodes numbered breadth first, each node's edges contiguous and sorted by code unit (first[node] up to
// first[node + 1]), typed arrays as base64. Numbered so, the edges listed node by node lead to nodes 1, 2,
// 3... in turn: edge e leads to node e + 1, and no child array is shipped. A page decodes two arrays.

export interface TrieData {
  /** 16 when every node and edge number fits in 16 bits (the real dataset), else 32. */
  width: 16 | 32;
  /** Per node, plus one: where the node's edges start in `codes` (edge e leads to node e + 1). */
  first: string;
  /** Uint16 per edge: the code unit it follows. */
  codes: string;
  /** Nodes that end a name, with the name. */
  terminals: [number, string][];
}

export interface Trie {
  first: Uint16Array | Int32Array;
  codes: Uint16Array;
  /** The name a node ends, by node. */
  keyAt: (string | undefined)[];
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Native where the browser has it (a byte loop ran cold on every page); the loop elsewhere. */
const nativeFromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

function fromBase64(text: string): ArrayBuffer {
  if (nativeFromBase64) return nativeFromBase64(text).buffer as ArrayBuffer;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

interface BuildNode {
  next: Map<number, BuildNode>;
  key?: string;
}

/** Build time: the trie of `keys` (folded names, see fold). */
export function buildTrie(keys: Iterable<string>): TrieData {
  const root: BuildNode = { next: new Map() };
  for (const key of keys) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node !== root) node.key = key;
  }
  const order: BuildNode[] = [root];
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as BuildNode;
    for (const code of [...node.next.keys()].sort((a, b) => a - b)) order.push(node.next.get(code) as BuildNode);
  }
  const number = new Map(order.map((node, i) => [node, i]));
  const first = new Int32Array(order.length + 1);
  const codes: number[] = [];
  const terminals: [number, string][] = [];
  order.forEach((node, i) => {
    first[i] = codes.length;
    for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
      codes.push(code);
      // What makes the child array needless; a build that broke it must not ship.
      if (number.get(node.next.get(code) as BuildNode) !== codes.length) throw new Error('trie: edges out of breadth-first order');
    }
    if (node.key !== undefined) terminals.push([i, node.key]);
  });
  first[order.length] = codes.length;
  const width = order.length < 0xffff && codes.length < 0xffff ? 16 : 32;
  const pack = (numbers: ArrayLike<number>) =>
    toBase64(new Uint8Array((width === 16 ? Uint16Array.from(numbers) : Int32Array.from(numbers)).buffer));
  return {
    width,
    first: pack(first),
    codes: toBase64(new Uint8Array(Uint16Array.from(codes).buffer)),
    terminals,
  };
}

/** Run time: the arrays the automaton walks. */
export function decodeTrie(data: TrieData): Trie {
  const unpack = (text: string) => (data.width === 16 ? new Uint16Array(fromBase64(text)) : new Int32Array(fromBase64(text)));
  const first = unpack(data.first);
  const keyAt: (string | undefined)[] = new Array(Math.max(0, first.length - 1)).fill(undefined);
  for (const [node, key] of data.terminals) keyAt[node] = key;
  return { first, codes: new Uint16Array(fromBase64(data.codes)), keyAt };
}
