// One-off import of the vetted fact sheet's sources into data/sources/fact-sheet.yaml.
// `jiti scripts/import-fact-sheet.ts [path/to/facts.json]`. Entries are written by people, not by this.
// Titles marked "(title from URL slug)" or [reconstructed] and dates marked "c." stay flagged as approximate;
// plain-http sources are left out (the dataset cites https only).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { type Source, sourceSchema } from '../src/dataset/schema';

const factSheetSchema = z.array(
  z.looseObject({
    id: z.string(),
    sources: z.array(
      z.looseObject({ publisher: z.string(), title: z.string(), date: z.string(), url: z.string(), source_key: z.string() }),
    ),
  }),
);

const WIRES = /\b(AP|AFP|Reuters|UPI|dpa|Anadolu|Axios|Al Jazeera|Xinhua|Times of Israel|Protothema)\b/;

function splitPublisher(raw: string): Pick<Source, 'publisher' | 'outlet' | 'note'> {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(raw);
  if (!m?.[1] || !m[2]) return { publisher: raw.trim() };
  const [, publisher, inner] = m;
  const wire = WIRES.exec(inner);
  return wire ? { publisher, outlet: wire[1], note: inner === wire[1] ? undefined : inner } : { publisher, note: inner };
}

function parseTitle(raw: string): Pick<Source, 'title' | 'titleApproximate'> {
  let title = raw.trim();
  let approximate = false;
  for (const marker of [/\s*\(title from (?:truncated )?URL slug\)\s*$/i]) {
    if (marker.test(title)) {
      title = title.replace(marker, '');
      approximate = true;
    }
  }
  if (/^\[.*\]$/.test(title)) {
    title = title.slice(1, -1);
    approximate = true;
  }
  return { title, titleApproximate: approximate };
}

function parseDate(raw: string): Pick<Source, 'date' | 'dateApproximate'> {
  const iso = /(\d{4}-\d{2}(?:-\d{2})?)/.exec(raw)?.[1];
  if (!iso) return { dateApproximate: false };
  const exact = raw.trim() === iso;
  return { date: iso, dateApproximate: !exact };
}

const kebab = (key: string) =>
  key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const factsPath = resolve(process.argv[2] ?? '../shared/facts/facts.json');
const sheet = factSheetSchema.parse(JSON.parse(readFileSync(factsPath, 'utf8')));
const byUrl = new Map<string, Source>();
const skipped: string[] = [];
for (const entry of sheet) {
  for (const s of entry.sources) {
    if (!s.url.startsWith('https://')) {
      skipped.push(`${s.source_key} (${s.url})`);
      continue;
    }
    if (byUrl.has(s.url)) continue;
    const source = sourceSchema.parse({
      id: kebab(s.source_key),
      ...splitPublisher(s.publisher),
      ...parseTitle(s.title),
      ...parseDate(s.date),
      url: s.url,
    });
    byUrl.set(s.url, source);
  }
}
const sources = [...byUrl.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
const header = `# Sources imported from the vetted fact sheet (../shared/facts/facts.json) by scripts/import-fact-sheet.ts.
# Every URL is one where the source was actually read. Approximate titles and dates are flagged.
`;
const body = stringify(
  sources.map((s) =>
    Object.fromEntries(Object.entries(s).filter(([k, v]) => v !== undefined && !(v === false && k.endsWith('Approximate')))),
  ),
  { lineWidth: 0 },
);
writeFileSync(resolve('data/sources/fact-sheet.yaml'), header + body);
console.log(`wrote ${sources.length} sources to data/sources/fact-sheet.yaml`);
if (skipped.length) console.log(`left out (not https): ${skipped.join(', ')}`);
