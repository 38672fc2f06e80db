// npm run data:report: counts by kind and status, sources per outlet, the oldest as-of per figure.
import { resolve } from 'node:path';
import { dataReport } from '../src/dataset/build/data-report';
import { loadDataset } from '../src/dataset/build/load-data';
import { printTable } from './print-table';

const { entries, sources } = loadDataset(resolve('data'));
const report = dataReport(entries, sources);
console.log(`${entries.length} entries, ${sources.length} sources\n`);
printTable(
  ['kind', 'entries'],
  Object.entries(report.byKind).map(([k, n]) => [k, String(n)]),
);
console.log('');
printTable(
  ['status', 'entries'],
  Object.entries(report.byStatus).map(([k, n]) => [k, String(n)]),
);
console.log('');
printTable(
  ['outlet', 'sources'],
  report.sourcesPerOutlet.map(([k, n]) => [k, String(n)]),
);
console.log('\nFigures, stalest first:');
printTable(
  ['figure', 'oldest as-of', 'newest as-of', 'values'],
  report.figures.map((f) => [f.id, f.oldestAsOf, f.newestAsOf, String(f.values)]),
);
console.log(`\nSources with no date (${report.undated.length}): re-read each page for one`);
printTable(
  ['source', 'url'],
  report.undated.map((u) => [u.id, u.url]),
);
