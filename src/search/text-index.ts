// The full-text part of search (MiniSearch): every field a reader's words can hit, names highest, then
// keywords, then the summary and what a figure counts, then details and caveats. Multi-word queries rank
// by how many words hit and where; each word tolerates typos, and the last one is a prefix while typing.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Entry } from '../dataset/schema';
import { fold } from '../matcher/fold';

/** Words that carry no meaning in a reader's question ("who negotiates for israel"). */
const STOP_WORDS = new Set(
  'a an the of to in on at by for from with and or is are was were be been did do does who whom what when where which why how many much there this that these those it its his her their has have had about did'.split(
    ' ',
  ),
);

interface Doc {
  id: number;
  names: string;
  keywords: string;
  summary: string;
  more: string;
}

const FIELDS = ['names', 'keywords', 'summary', 'more'] as const;
const BOOST = { names: 6, keywords: 4, summary: 1.5, more: 0.6 };

export interface TextHit {
  /** Position in the dataset's entries. */
  at: number;
  score: number;
  /** The query's words that hit, folded (for marking). */
  terms: string[];
}

export interface TextIndex {
  search(query: string): TextHit[];
  /** Whether any entry's text holds this folded word as it is. */
  knows(word: string): boolean;
}

/** Folded words of a text, without stop words: index and query alike. */
export function searchTerms(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}

export function createTextIndex(entries: readonly Entry[]): TextIndex {
  const index = new MiniSearch<Doc>({
    fields: [...FIELDS],
    tokenize: (text) => text.split(' '),
    // Terms are folded once, when the documents are made (below) and in search().
    processTerm: (term) => term || null,
  });
  const words = new Set<string>();
  const terms = (text: string) => {
    const found = searchTerms(text);
    for (const word of found) words.add(word);
    return found.join(' ');
  };
  index.addAll(
    entries.map((e, id) => ({
      id,
      names: terms([e.name, ...e.aliases, ...(e.generic?.aliases ?? [])].join(' ')),
      keywords: terms(e.keywords.join(' ')),
      summary: terms(`${e.summary} ${e.figure ? `${e.figure.counts} ${e.figure.unit}` : ''}`),
      more: terms(`${e.details ?? ''} ${e.caveats.join(' ')} ${e.perspectives.map((p) => p.holder).join(' ')}`),
    })),
  );
  return {
    knows: (word) => words.has(word),
    search(query) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      const results: SearchResult[] = index.search(terms.join(' '), {
        boost: BOOST,
        combineWith: 'OR',
        // Typos per word, more for longer words; none on short ones, where a typo is another word.
        fuzzy: (term) => (term.length >= 8 ? 0.25 : term.length >= 5 ? 0.2 : false),
        // While typing, the last word is a prefix ("hostag" finds "hostages"); earlier words are whole.
        prefix: (term, i, all) => i === all.length - 1 && term.length >= 3,
        weights: { fuzzy: 0.5, prefix: 0.6 },
      });
      return results.map((r) => ({ at: Number(r.id), score: r.score, terms: r.terms }));
    },
  };
}
