// Wires the dataset into every build: validation fails the build, the index becomes a virtual module,
// the full entries become the public asset `dataset/entries.json`.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset } from './compile';
import { listYaml, loadDataset } from './load-data';
import { strongNames } from './strong-names';
import { withSyntheticAliases } from './synthetic-aliases';

export const INDEX_MODULE = 'virtual:gtc/matcher-index';
export const STRONG_NAMES_MODULE = 'virtual:gtc/strong-names';
const RESOLVED = `\0${INDEX_MODULE}`;
const RESOLVED_STRONG = `\0${STRONG_NAMES_MODULE}`;

export function compileFromDisk(dataDir = resolve('data')) {
  const { entries, sources } = loadDataset(dataDir);
  const factor = Number(process.env.GTC_SYNTHETIC_ALIAS_FACTOR ?? 1);
  // Benchmarks only: N times as many aliases (made-up words that never occur) to see how the cost grows.
  return compileDataset(factor > 1 ? withSyntheticAliases(entries, factor) : entries, sources);
}

/**
 * Vite plugin: `import index from 'virtual:gtc/matcher-index'` (the matcher index, for tests and tools: the
 * extension packages it as dataset/index.json, which the background sends to each engine) and
 * `import strong from 'virtual:gtc/strong-names'` (the first stage's names). Data files are watched in dev.
 */
export function datasetIndexPlugin(dataDir = resolve('data')): Plugin {
  return {
    name: 'gtc-dataset-index',
    resolveId: (id) => (id === INDEX_MODULE ? RESOLVED : id === STRONG_NAMES_MODULE ? RESOLVED_STRONG : undefined),
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_STRONG) return undefined;
      for (const file of listYaml(dataDir)) this.addWatchFile(file);
      const { index } = compileFromDisk(dataDir);
      if (id === RESOLVED_STRONG) return `export default ${JSON.stringify({ ...strongNames(index), version: index.version })};`;
      // JSON.parse of a string is far cheaper for V8 than evaluating a 50 KB object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))});`;
    },
  };
}
