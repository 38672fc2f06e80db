/** Every problem found in `data/`, one line each, `file: path: message`. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The dataset in data/ is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

/** `sources[0].quote` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || '(root)';
}
