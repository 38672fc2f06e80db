// Build time (Node): read data/, validate every file with the schema, then check what crosses files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { type Entry, entryFileSchema, type Source, sourcesFileSchema } from '../schema';
import { checkIntegrity } from './check-integrity';
import { DatasetError, formatPath } from './dataset-error';

export interface LoadedDataset {
  entries: Entry[];
  sources: Source[];
  /** Where each entry came from, for messages. */
  files: Map<string, string>;
}

export function listYaml(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listYaml(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

function parseFile<T extends z.ZodType>(file: string, label: string, schema: T, problems: string[]): z.infer<T> | undefined {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${label}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${label}: ${formatPath(issue.path)}: ${issue.message}`);
  return undefined;
}

export interface LoadOptions {
  today?: Date;
  /** Work in progress: skip the checks that need the whole dataset (uncited sources, unknown related ids). */
  partial?: boolean;
  /** More source registries outside data/ (staged imports). */
  extraSourceFiles?: string[];
}

/** Loads and validates `dataDir`; throws a DatasetError listing every problem, never a partial dataset. */
export function loadDataset(dataDir: string, options: LoadOptions | Date = {}): LoadedDataset {
  const { today = new Date(), partial = false, extraSourceFiles = [] } = options instanceof Date ? { today: options } : options;
  const problems: string[] = [];
  const label = (file: string) => relative(join(dataDir, '..'), file);
  // The source registry: every YAML list under data/sources/ (one file per batch of research).
  const sourcesDir = join(dataDir, 'sources');
  const sources: Source[] = [];
  const sourceFiles = new Map<string, string>();
  for (const file of [...listYaml(sourcesDir), ...extraSourceFiles]) {
    for (const source of parseFile(file, label(file), sourcesFileSchema, problems) ?? []) {
      sources.push(source);
      if (!sourceFiles.has(source.id)) sourceFiles.set(source.id, label(file));
    }
  }
  const entries: Entry[] = [];
  const files = new Map<string, string>();
  for (const file of listYaml(dataDir)) {
    if (file.startsWith(`${sourcesDir}/`)) continue;
    const entry = parseFile(file, label(file), entryFileSchema, problems);
    if (!entry) continue;
    if (files.has(entry.id)) problems.push(`${label(file)}: id: '${entry.id}' is already used by ${files.get(entry.id)}`);
    files.set(entry.id, label(file));
    entries.push(entry);
  }
  const integrity = checkIntegrity(entries, sources, { entries: files, sources: sourceFiles }, today);
  problems.push(...(partial ? integrity.filter((p) => !/never cited|unknown entry id/.test(p)) : integrity));
  if (problems.length > 0) throw new DatasetError(problems);
  return { entries, sources, files };
}
