// The compact matcher index for the content script and the full dataset for cards: at build time, and in the
// options page when a reader imports a dataset file (so nothing here may need Node).
import { fold, isAcronym } from '../../matcher/fold';
import { buildTrie } from '../../matcher/trie-data';
import { matchTermsOf } from '../citations';
import type { AliasTarget, ContextTarget, IndexedEntry, IndexedFigure, MatcherIndex } from '../matcher-index';
import type { CompiledDataset, Entry, Figure, Source } from '../schema';
import { strongEntryNames, withEveryName } from './context-names';
import { holdsName } from './holds-name';
import { isSharedSurname } from './shared-surname';

/** Newest as-of date plus a hash of the content: it changes whenever any fact does. */
export function datasetVersion(entries: Entry[], sources: Source[]): string {
  const hash = contentHash(JSON.stringify({ entries, sources }));
  const newest =
    entries
      .map((e) => e.asOf)
      .sort()
      .at(-1) ?? '0000-00-00';
  return `${newest}+${hash}`;
}

/** 8 hex digits of a 53-bit string hash (cyrb53): a version tag, not a security measure. */
function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0').slice(-8);
}

export function compileDataset(
  entries: Entry[],
  sources: Source[],
  version = datasetVersion(entries, sources),
): { index: MatcherIndex; full: CompiledDataset } {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
  const aliases: Record<string, AliasTarget> = {};
  sorted.forEach((entry, position) => {
    for (const alias of matchTermsOf(entry)) {
      const key = fold(alias);
      const target = aliases[key] ?? { entries: [] };
      if (!target.entries.includes(position)) target.entries.push(position);
      if (isAcronym(alias) && !target.exactCase?.includes(alias)) target.exactCase = [...(target.exactCase ?? []), alias];
      aliases[key] = target;
    }
    for (const word of entry.generic?.aliases ?? []) {
      const key = fold(word);
      const target = aliases[key] ?? { entries: [] };
      if (!target.entries.includes(position)) target.entries.push(position);
      if (!target.generic?.includes(position)) target.generic = [...(target.generic ?? []), position];
      aliases[key] = target;
    }
  });
  // A false friend is a name of nothing: the matcher passes over it whole, so the name inside it is not found.
  // (An alias wins over a false friend spelled the same: only an imported dataset can hold both.)
  sorted.forEach((entry, position) => {
    for (const phrase of entry.falseFriends?.phrases ?? []) {
      const target = aliases[fold(phrase)] ?? { entries: [] };
      aliases[fold(phrase)] = target;
      if (target.entries.length === 0 && !target.friendOf?.includes(position)) target.friendOf = [...(target.friendOf ?? []), position];
    }
    for (const key of bareNames(entry)) {
      const target = aliases[key];
      if (target?.entries.includes(position) && !target.bare?.includes(position)) target.bare = [...(target.bare ?? []), position];
    }
  });
  // A surname entries share ("Sinwar") is the bare name of each: it names whichever was named last in full.
  for (const [key, target] of Object.entries(aliases)) {
    const owners = target.entries.map((e) => sorted[e]).filter((e): e is Entry => e !== undefined);
    if (target.entries.length < 2 || owners.some((o) => o.ambiguity) || !isSharedSurname(key, owners)) continue;
    target.bare = [...new Set([...(target.bare ?? []), ...target.entries])];
  }
  // Context words: one expression for all of them, and what each one licenses.
  const contexts: Record<string, ContextTarget> = {};
  const addContext = (word: string, field: keyof ContextTarget, position: number) => {
    const key = fold(word);
    const target = contexts[key] ?? {};
    contexts[key] = target;
    const list = target[field] ?? [];
    target[field] = list;
    if (!list.includes(position)) list.push(position);
  };
  const figures: IndexedFigure[] = [];
  const byName = strongEntryNames(sorted);
  sorted.forEach((entry, position) => {
    for (const word of withEveryName(entry.ambiguity?.context ?? [], entry, byName)) addContext(word, 'entries', position);
    for (const word of withEveryName(entry.generic?.context ?? [], entry, byName)) addContext(word, 'generic', position);
    for (const word of entry.falseFriends?.context ?? []) addContext(word, 'vetoes', position);
    if (!entry.figure) return;
    for (const word of entry.figure.context) addContext(word, 'figures', figures.length);
    for (const word of entry.figure.nouns) addContext(word, 'nouns', figures.length);
    for (const word of entry.figure.against ?? []) addContext(word, 'against', figures.length);
    figures.push(indexFigure(entry.figure, position));
  });
  inheritSubPhrases(contexts);
  return {
    index: {
      version,
      aliases,
      entries: sorted.map(indexEntry),
      figures,
      contexts,
      tries: { names: buildTrie(Object.keys(aliases)), contexts: buildTrie(Object.keys(contexts)) },
    },
    full: { version, entries: sorted, sources: Object.fromEntries(sources.map((s) => [s.id, s])) },
  };
}

/**
 * The context finder reports the longest phrase at a place ("palestinian prisoners", not "prisoners"), so a
 * phrase also licenses what any shorter phrase inside it licenses.
 */
function inheritSubPhrases(contexts: Record<string, ContextTarget>): void {
  const keys = Object.keys(contexts);
  for (const long of keys) {
    const padded = ` ${long} `;
    for (const short of keys) {
      if (short === long || !padded.includes(` ${short} `)) continue;
      const from = contexts[short];
      const into = contexts[long];
      if (!from || !into) continue;
      for (const field of ['entries', 'figures', 'nouns', 'generic', 'vetoes', 'against'] as const) {
        const add = from[field];
        if (!add) continue;
        const list = into[field] ?? [];
        into[field] = list;
        for (const x of add) if (!list.includes(x)) list.push(x);
      }
    }
  }
}

/**
 * The names an entry's false friends make ambiguous, folded: each one a phrase holds that holds no other name of
 * the entry ("kushner", not "jared kushner"; "trump", not "donald trump", which "Donald Trump Jr." holds). With
 * context words and no phrases, its generic words where it has some (the IPC's "famine" beside "no longer" is
 * December's update, but "famine in Gaza City" is August's finding whatever the paragraph says next), else
 * every name (a "20-point plan" beside Kyiv is Ukraine's).
 */
function bareNames(entry: Entry): string[] {
  const friends = entry.falseFriends;
  if (!friends) return [];
  const names = [...new Set(matchTermsOf(entry).map(fold))];
  if (friends.phrases.length === 0) {
    if (friends.context.length === 0) return [];
    const generic = entry.generic?.aliases.map(fold) ?? [];
    return generic.length > 0 ? names.filter((name) => generic.includes(name)) : names;
  }
  const phrases = friends.phrases.map(fold);
  return names.filter((name) => phrases.some((p) => holdsName(p, name)) && !names.some((other) => holdsName(name, other)));
}

function indexEntry({ id, kind, name, ambiguity, broad, ofTheTalks, history }: Entry): IndexedEntry {
  return {
    id,
    kind,
    name,
    ...(ambiguity ? { ambiguous: true as const } : {}),
    ...(broad ? { broad: true as const } : {}),
    ...(ofTheTalks ? { ofTheTalks: true as const } : {}),
    ...(history ? { history } : {}),
  };
}

const isPercent = (unit: string) => /%|percent|per cent/i.test(unit);

function indexFigure(figure: Figure, entry: number): IndexedFigure {
  const values = figure.values.map(({ value }): [number, number] => (typeof value === 'number' ? [value, value] : [value.min, value.max]));
  return {
    entry,
    values,
    tolerance: figure.tolerance,
    percent: isPercent(figure.unit),
    ...(figure.nounsNeedContext ? { nounsNeedContext: true as const } : {}),
    ...(figure.cumulative ? { span: [Math.min(...values.map((v) => v[0])), Math.max(...values.map((v) => v[1]))] } : {}),
    ...(/wound|injur/i.test(figure.unit) ? { wounded: true as const } : {}),
    ...(figure.notCounting?.length ? { notCounting: figure.notCounting.map((n) => n.toLowerCase()) } : {}),
  };
}
