// How a malformed dataset file is made: a named change to a fresh copy of the valid test dataset, and the
// path (in the notation the import errors use) where the validator must report it.
import { validDataset } from '../../unit/dataset/import/valid-dataset';

export type DatasetFile = Record<string, unknown>;
/** Changes the file in place, or returns the whole text to validate instead. */
export type Mutation = (file: DatasetFile) => string | undefined;
/** A name, the change, the path an error must name, and optionally a fragment of that error's message. */
export type MutationCase = [name: string, mutate: Mutation, expectedPath: string, messagePart?: string];
export type Key = string | number;

/** One malformed file, ready to import. */
export interface MalformedImport {
  name: string;
  text: string;
  /** An error line must start with `${path}: `. */
  path: string;
  /** …and contain this, when set. */
  messagePart?: string;
}

/** `entries[0].sources[1]` → ['entries', 0, 'sources', 1]. */
export const steps = (path: string): Key[] =>
  path
    .split(/\.|\[|\]\.?/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** ['entries', 0, 'name'] → `entries[0].name`, as the import errors write it (written here, not imported, so a
 * wrong formatter in src cannot agree with itself). */
export const pathOf = (keys: readonly Key[]): string =>
  keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || 'file';

export function parentAt(file: DatasetFile, keys: readonly Key[]): [Record<Key, unknown>, Key] {
  const last = keys.at(-1);
  if (last === undefined) throw new Error('empty path');
  let node: unknown = file;
  for (const key of keys.slice(0, -1)) node = (node as Record<Key, unknown>)[key];
  if (typeof node !== 'object' || node === null) throw new Error(`no object at '${pathOf(keys)}'`);
  return [node as Record<Key, unknown>, last];
}

export const valueAt = (file: DatasetFile, path: string): unknown => {
  const [parent, key] = parentAt(file, steps(path));
  return parent[key];
};

export const setAt =
  (keys: readonly Key[], value: unknown): Mutation =>
  (file) => {
    const [parent, key] = parentAt(file, keys);
    parent[key] = value;
    return undefined;
  };
export const deleteAt =
  (keys: readonly Key[]): Mutation =>
  (file) => {
    const [parent, key] = parentAt(file, keys);
    delete parent[key];
    return undefined;
  };

export const set = (path: string, value: unknown): Mutation => setAt(steps(path), value);
export const del = (path: string): Mutation => deleteAt(steps(path));
export const text =
  (raw: string): Mutation =>
  () =>
    raw;
/** Replaces text in the serialised valid file (for what JSON.stringify cannot write). */
export const replace =
  (from: string, to: string): Mutation =>
  (file) => {
    const json = JSON.stringify(file);
    if (!json.includes(from)) throw new Error(`'${from}' is not in the valid file`);
    return json.replace(from, to);
  };
export const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** The file's text after the change, made from a fresh copy of the valid dataset. */
export function build([name, mutate, path, messagePart]: MutationCase): MalformedImport {
  const file = validDataset() as unknown as DatasetFile;
  const text = mutate(file) ?? JSON.stringify(file);
  return messagePart === undefined ? { name, text, path } : { name, text, path, messagePart };
}
