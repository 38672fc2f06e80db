// Search over the whole dataset: names and aliases typo-tolerant (fuse.js) first, then every field a reader's
// words can hit (text-index.ts: keywords, summary, what a figure counts, details, caveats).
// Bitap over every summary cost ~5 ms a keystroke; a folded word lookup over summaries costs a fraction.
import Fuse from 'fuse.js';
import type { CompiledDataset, Entry } from '../dataset/schema';
import { fold } from '../matcher/fold';
import { nameCloseness } from './name-closeness';
import { rareNameWords } from './rare-name-words';
import { roleHolders } from './role-holders';
import { createTextIndex } from './text-index';

export interface DatasetSearch {
  search(query: string, limit?: number): Entry[];
}

/** How many results a search shows. */
export const RESULTS = 12;

/** Name closeness (see nameCloseness) up to which a fuzzy name match outranks a match in a summary. */
const CLOSE_NAME = 0.6;
/** How close a query that is one of an entry's keywords counts: after exact names and names begun. */
const KEYWORD_CLOSENESS = 0.12;
/** A question asking for a number; how close a figure its words hit then counts (after keywords), as a person for ASKS_A_PERSON. */
const ASKS_A_NUMBER = /^(?:how many|how much|number of)\s/;
const ASKED_CLOSENESS = 0.13;
/** Of the best text hit's score, what a figure or person must reach to be put first so. */
const ASKED_SCORE = 0.25;
/** How a question asks for whoever heads something ("who heads ...", "chief of ..."). */
const HEADS = 'who (?:commands|chairs|heads|leads|runs)';
const HEAD_OF = 'chair|chairman|chairwoman|head|leader|commander|chief|in charge';
/**
 * A question asking for someone in a role ("who commands...", "chair of...", "israeli member of...", "only
 * israeli on..."): the people its words hit come next.
 */
const ASKS_A_PERSON = new RegExp(
  `^(?:${HEADS}|(?:${HEAD_OF}|spokesman|spokeswoman|spokesperson) of|(?:the )?(?:\\S+ )?member (?:of|on)|(?:the )?only \\S+ (?:on|in|at))\\s`,
);
/** Of those, a question for whoever heads something: what follows is the body ("the board of peace"). */
const ASKS_A_HEAD = new RegExp(`^(?:${HEADS}|(?:${HEAD_OF}) of)\\s(?:the )?`);
/** The same question with the role after the body ("board of peace head", "hamas's leader"). */
const HEAD_AFTER = new RegExp(`^(?:the )?(.+?)(?:'s)? (?:${HEAD_OF})$`);
/** How close the holder of the role asked about counts ("Board of Peace chairman" for "who heads the board of peace"). */
const ROLE_HOLDER_CLOSENESS = 0.125;
/** "Who is", "what was", "tell me about": what follows is the name asked about. */
const ASKS_ABOUT = /^(?:(?:who|what|where) (?:is|was|are|were)|what's|tell me about) (?:the )?(?=\S)/;
/** Longer queries skip fuse.js (see search()). */
const NAME_QUERY_MAX = 18;
/** How many of the text index's hits are ranked by name closeness for a query of several words. */
const PHRASE_CANDIDATES = 40;

export function createSearch(dataset: CompiledDataset): DatasetSearch {
  // Names are folded once here: fuse.js's own case and diacritic folding ran over every name and alias on
  // every keystroke (a third of a keystroke's time).
  // A reader types the generic words too ("truce", "famine"): they find their entry like aliases.
  const aliasesOf = (entry: Entry) => [...entry.aliases, ...(entry.generic?.aliases ?? [])];
  const names = dataset.entries.map((entry, at) => {
    const name = fold(entry.name);
    const aliases = [...new Set(aliasesOf(entry).map(fold))];
    // fuse.js finds a query in a string wherever it is (ignoreLocation), so an alias inside the name or
    // inside another alias adds no candidate, only work: a quarter of the strings it searched.
    const searched = aliases.filter((a) => a !== name && !name.includes(a) && !aliases.some((o) => o !== a && o.includes(a)));
    return { at, name, aliases: searched, all: [name, ...aliases] };
  });
  const fuse = new Fuse(names, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases', weight: 2 },
    ],
    threshold: 0.4,
    isCaseSensitive: true,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  const text = createTextIndex(dataset.entries);
  const keywordEntries = new Map<string, number[]>();
  dataset.entries.forEach((entry, at) => {
    for (const keyword of new Set(entry.keywords.map(fold))) keywordEntries.set(keyword, [...(keywordEntries.get(keyword) ?? []), at]);
  });
  const holders = roleHolders(dataset.entries.map((entry) => (entry.kind === 'person' ? entry.keywords.map(fold) : undefined)));
  const rareNames = rareNameWords(
    names.map((n) => n.all),
    names.map((n, at) => (dataset.entries[at]?.kind === 'person' ? n.name : undefined)),
    text.knows,
  );
  const search = (query: string, limit = RESULTS): Entry[] => {
    const q = query.trim();
    if (q.length === 0) return [];
    // fuse.js finds name candidates (typos included); the closest name ranks them first. A long query is a
    // question or a phrase, not a name: its words go to the text index alone (fuse.js's cost grows with the
    // query's length, ~6 ms for 25 characters, over the keystroke budget on a cold popup).
    const hits = text.search(q);
    // "Who is Hamas" asks about Hamas: names are looked for and ranked by what follows the question's words.
    const foldedQuery = fold(q).replace(ASKS_ABOUT, '');
    const oneWord = !/\s/.test(foldedQuery);
    const short = foldedQuery.length <= NAME_QUERY_MAX;
    // Queries of several words skip fuse.js: their words reach every name through the text index (typos per
    // word), whose best hits are then ranked by name closeness. fuse.js's bitap grows with the query's length
    // (~1.2 ms at 6 characters, ~3.7 ms at 18, warm) and was most of a keystroke; it stays for one word,
    // where a name typed together ("sharmelsheikh") or with typos across it has no word to hit.
    const candidates = !short
      ? []
      : oneWord
        ? fuse.search(foldedQuery, { limit: Math.max(limit, 50) }).map((result) => result.item.at)
        : hits.slice(0, PHRASE_CANDIDATES).map((hit) => hit.at);
    // A query of several words that names someone ("witkof hostages", "netanyahu rafah") wants that one first:
    // a word within a typo of a word of a person's name that no other entry's names hold (rare-name-words.ts).
    const named = oneWord ? new Map<number, number>() : rareNames.near(foldedQuery);
    // A query of several words that is one of an entry's keywords as written ("death toll", "how many killed")
    // is what that keyword was written for.
    for (const at of oneWord ? [] : (keywordEntries.get(foldedQuery) ?? [])) named.set(at, KEYWORD_CLOSENESS);
    // "How many ..." asks for a number: the figures its words hit come before the events and bodies they hit.
    // "Who ..." asks for someone: the people they hit come before the body they head.
    // "Who heads the board of peace": whoever a keyword names as its head comes first among the people.
    const head = ASKS_A_HEAD.exec(foldedQuery);
    const body = head ? foldedQuery.slice(head[0].length) : HEAD_AFTER.exec(foldedQuery)?.[1];
    if (body) for (const at of holders.of(body)) if (!named.has(at)) named.set(at, ROLE_HOLDER_CLOSENESS);
    const asked = ASKS_A_NUMBER.test(foldedQuery) ? 'figure' : ASKS_A_PERSON.test(foldedQuery) ? 'person' : undefined;
    // Only those the words hit at least a quarter as well as the best hit: "who runs gaza after the war" asks about its
    // governance, and a soldier whose keywords name a Gaza war is no answer to it.
    const enough = (hits[0]?.score ?? 0) * ASKED_SCORE;
    if (asked)
      for (const hit of hits.slice(0, PHRASE_CANDIDATES))
        if (dataset.entries[hit.at]?.kind === asked && hit.score >= enough && !named.has(hit.at)) named.set(hit.at, ASKED_CLOSENESS);
    const ranked = [...new Set([...named.keys(), ...candidates])].flatMap((at, rank) => {
      const entry = dataset.entries[at];
      const folded = names[at];
      const closeness = folded ? Math.min(nameCloseness(foldedQuery, folded.all), named.get(at) ?? Number.POSITIVE_INFINITY) : 0;
      return entry && folded ? [{ entry, closeness, rank }] : [];
    });
    ranked.sort((a, b) => a.closeness - b.closeness || a.rank - b.rank);
    // A name within a few typos first; then what the reader's words hit anywhere else, best first; then
    // fuse.js's looser guesses.
    const close = ranked.filter((r) => r.closeness <= CLOSE_NAME).map((r) => r.entry);
    const loose = ranked.filter((r) => r.closeness > CLOSE_NAME).map((r) => r.entry);
    const seen = new Set(close.map((e) => e.id));
    const described = hits.flatMap((hit) => {
      const entry = dataset.entries[hit.at];
      if (!entry || seen.has(entry.id)) return [];
      seen.add(entry.id);
      return [entry];
    });
    return [...close, ...described, ...loose.filter((e) => !seen.has(e.id))].slice(0, limit);
  };
  return { search };
}
