import type { Entry } from './schema';

/** Every place an entry cites a source, with its path in the file (for messages) . */
export function citationsOf(entry: Entry): { path: string; source: string }[] {
  const out = entry.sources.map((c, i) => ({ path: `sources[${i}]`, source: c.source }));
  entry.figure?.values.forEach((v, i) => {
    v.sources.forEach((c, j) => {
      out.push({ path: `figure.values[${i}].sources[${j}]`, source: c.source });
    });
  });
  entry.perspectives.forEach((p, i) => {
    if (p.source) out.push({ path: `perspectives[${i}].source`, source: p.source });
  });
  return out;
}

/** The names that find this entry in text. A figure's name describes it; its numbers find it. */
export function matchTermsOf(entry: Entry): string[] {
  return [...new Set(entry.kind === 'figure' ? entry.aliases : [entry.name, ...entry.aliases])];
}
