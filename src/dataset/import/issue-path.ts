// Paths in import errors read like the code that would reach the value: `entries[12].sources[0].url`.

/** `entries[12].sources[0].url` from a zod issue path; the empty path (the whole file) is `file`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || 'file';
}
