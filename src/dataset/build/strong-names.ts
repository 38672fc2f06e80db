// Build time: the strong (unambiguous) names the first stage looks for, by their first word. The first
// stage compiles no expression over the names (one over ~400 names took 9-14 ms to compile on every page)
// and builds no expression: it splits this packed table into one object (see packTable).
import { nameTable, StrongCounter } from '../../first-stage/strong-count';
import { isStrongEntry, type MatcherIndex } from '../matcher-index';
import { holdsName } from './holds-name';

export interface StrongNames {
  /**
   * A name's first word (letters and digits, folded: see matcher/fold) → the names that start with it, longest
   * first, each as the folded name after that word and its strong entry number, packed as text (see
   * packTable): one line a first word, `gaza| ceasefire;1|;46`. Leaving out the word the key already gives
   * kept the first stage, which every page loads, ~0.3 KB gzip smaller, and the packed text ~0.25 KB more
   * than JSON of the same table (first-stage/strong-count's nameTable reads it).
   */
  firstWords: string;
  /** How many strong entries. */
  groups: number;
}

/** Longer names are left out of the table (see strongNames). */
const MAX_WORDS = 6;
/** The group of a false friend in the table: a phrase that hides a strong name but names something else. */
export const FALSE_FRIEND = -1;

/** What counts as a letter or digit of a word, in the first stage and here alike (after folding). */
export const WORD_CHARS =
  '0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\u2fff\\u30a0-\\u30fa\\u30fc-\\u33ff\\ua000-\\ud7ff\\ufb00-\\ufdcf\\ufdf0-\\ufdff\\ufe70-\\ufefe\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc';

export function strongNames(index: MatcherIndex): StrongNames {
  const byEntry = new Map<number, string[]>();
  for (const [key, target] of Object.entries(index.aliases)) {
    for (const e of target.entries) {
      if (!isStrongEntry(index.entries[e]) || target.generic?.includes(e)) continue;
      const keys = byEntry.get(e) ?? [];
      keys.push(key);
      byEntry.set(e, keys);
    }
  }
  const table: Record<string, [string, number][]> = {};
  // A key shared by two strong entries counts for the first (the engine tells them apart by context).
  [...byEntry.keys()]
    .sort((a, b) => a - b)
    .forEach((entry, group) => {
      // An entry's title with a bracketed date or acronym ("... (13 october 2025)") is written so on no page,
      // and a name of more than MAX_WORDS words is a report's full title, a quote or the longest spelling of a
      // body with shorter ones, written so on few: left out, they cost nothing to find and ~0.8 KB gzip less on
      // every page (seven and eight words were ~0.19 KB, the room names in more languages took). An entry named
      // only so is found by the engine on pages the other names brought it to.
      for (const key of new Set(byEntry.get(entry))) {
        if (key.includes('(') || (key.match(WORD_RUNS) ?? []).length > MAX_WORDS || ONE_LETTER_FIRST.test(key)) continue;
        // Hebrew's and Arabic's joined prefixes ("לחמאס", "ברצועת עזה", "وحماس") are read by the first stage as
        // the engine reads them (matcher/joined-prefix), not listed here.
        add(table, key, group);
      }
    });
  // False friends that hide a broad entry's name ("gaza province") are looked for too, as group -1: counted as
  // nothing, and the name inside them not counted either. Those of a person's or a smaller place's name ("Mustafa
  // Barghouti", "Kibbutz Kerem Shalom") are left to the engine: few pages name them three times, and they cost
  // every page ~110 bytes gzip of the first stage, the room Hindi and the Slavic languages' case forms took.
  const broadKeys = [...byEntry].flatMap(([entry, keys]) => (index.entries[entry]?.broad ? keys : []));
  for (const [key, target] of Object.entries(index.aliases)) {
    if (target.entries.length > 0 || !broadKeys.some((name) => holdsName(key, name))) continue;
    add(table, key, FALSE_FRIEND);
  }
  return { firstWords: packTable(withoutContainedNames(table)), groups: byEntry.size };
}

/** Separators of the packed table: no folded name may hold them. */
const LINE = '\n';
const NAME = '|';
const GROUP = ';';

/**
 * `word|rest;group|rest;group` a line. Names hold no line break or bar (checked); the group follows the last
 * semicolon.
 */
export function packTable(table: Record<string, [string, number][]>): string {
  return Object.entries(table)
    .map(([word, names]) => {
      for (const [rest] of names)
        if (rest.includes(LINE) || rest.includes(NAME)) throw new Error(`A strong name cannot hold a line break or "|": ${word}${rest}`);
      return word + names.map(([rest, group]) => `${NAME}${rest}${GROUP}${group}`).join('');
    })
    .join(LINE);
}

const WORD_RUNS = new RegExp(`[${WORD_CHARS}]+`, 'g');
/**
 * A name whose first word is one Latin letter ("S/RES/2803") is left out too: the first stage would look it up at every
 * such word of every page (English's possessive "'s" is one), and a page naming it names the resolution otherwise.
 */
const ONE_LETTER_FIRST = new RegExp(`^[a-z](?![${WORD_CHARS}])`);

/**
 * Leaves out a name that holds a shorter strong one, whole, and nothing else the first stage would count ("gaza
 * strip" beside "gaza", "kerem shalom crossing" beside "kerem shalom", "national committee for governance of gaza"
 * beside "gaza"): the first stage counts the shorter one there, the same mention. Of another entry's, the count
 * then names the shorter one's entry: the first stage's verdict does not change, as it rests on the mentions alone
 * (three or more put a page on topic whatever their entries: see relevance-rules), and the engine matches every
 * name itself. A name is tried shortest first against the table without it, reading the name's own text as the
 * first stage reads a page: left out only where that counts exactly one mention ("gaza where witkoff landed"
 * counts two, so it stays). Leaving out the 36 such names after "gaza" and "hamas" gave the first stage 141 bytes
 * gzip (2026-12-07); the names holding one anywhere, not only at their start, ~0.1 KB more (2026-12-07, evening).
 */
function withoutContainedNames(table: Record<string, [string, number][]>): Record<string, [string, number][]> {
  const names = Object.entries(table)
    .flatMap(([word, list]) => list.filter(([, group]) => group !== FALSE_FRIEND).map(([rest]) => [word, rest] as const))
    .sort((a, b) => a[0].length + a[1].length - b[0].length - b[1].length);
  let kept = table;
  for (const [word, rest] of names) {
    const without: Record<string, [string, number][]> = { ...kept, [word]: (kept[word] ?? []).filter(([r]) => r !== rest) };
    if (without[word]?.length === 0) delete without[word];
    const counter = new StrongCounter(nameTable(packTable(without)));
    counter.add(word + rest, 0, word.length + rest.length, true);
    if (counter.result.mentions === 1) kept = without;
  }
  return kept;
}

/** A name's first word, or its first ideograph (Chinese writes no spaces: see first-stage/strong-count's wordsOf). */
const FIRST_WORD = new RegExp(`^(?:[${WORD_CHARS}]+|[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff])`);

/** Lists `key` under its first word, as the rest of it; longest first, so the longest name is tried first. */
function add(table: Record<string, [string, number][]>, key: string, group: number): void {
  const word = FIRST_WORD.exec(key)?.[0];
  if (!word) return;
  const rest = key.slice(word.length);
  const list = table[word] ?? [];
  if (group !== FALSE_FRIEND && list.some(([r]) => r === rest)) return;
  list.push([rest, group]);
  list.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  table[word] = list;
}
