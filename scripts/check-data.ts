// npm run data:check [-- --partial] [-- --sources extra.yaml]: validate data/ and print every problem.
import { resolve } from 'node:path';
import { DatasetError } from '../src/dataset/build/dataset-error';
import { loadDataset } from '../src/dataset/build/load-data';

const args = process.argv.slice(2);
const partial = args.includes('--partial');
const extraSourceFiles = args.flatMap((a, i) => (a === '--sources' && args[i + 1] ? [resolve(args[i + 1] ?? '')] : []));
try {
  const { entries, sources } = loadDataset(resolve('data'), { partial, extraSourceFiles });
  console.log(`data/ is valid: ${entries.length} entries, ${sources.length} sources${partial ? ' (partial check)' : ''}`);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exit(1);
}
