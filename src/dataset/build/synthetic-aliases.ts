// Benchmarks only: pad the dataset to N times its aliases with seeded made-up names that never occur in
// text, so the growth of scan cost with dataset size can be measured on the same pages.
import { matchTermsOf } from '../citations';
import type { Entry } from '../schema';

const SYLLABLES = ['zar', 'vin', 'ket', 'tle', 'by', 'qua', 'mor', 'plix', 'dor', 'venn', 'sul', 'trab', 'yon', 'gref', 'ulm', 'hask'];

export function withSyntheticAliases(entries: Entry[], factor: number): Entry[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const word = () => {
    const n = 2 + (next() % 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[next() % SYLLABLES.length];
    return `${w.charAt(0).toUpperCase()}${w.slice(1)}q`;
  };
  return entries.map((entry) => {
    const real = matchTermsOf(entry).length;
    const extra = Array.from({ length: real * (factor - 1) }, () => (next() % 2 ? `${word()} ${word()}` : word()));
    return { ...entry, aliases: [...entry.aliases, ...extra] };
  });
}
