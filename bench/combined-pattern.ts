// The benchmark's mark.js baseline: every alias as one tolerant alternative of a single combined expression
// (flags `giu`). The extension itself walks a trie of folded names instead (src/matcher/name-automaton.ts).
import { fold } from '../src/matcher/fold';

/** Spaces, non-breaking spaces, line breaks and every hyphen or dash are interchangeable inside a name. */
export const SEPARATOR = '[\\s\\u2010-\\u2015-]+';
const APOSTROPHE = "['’‘ʼ]";
// Hebrew points and cantillation, Arabic harakat and Quranic marks, and tatweel, listed rather than \p{M}:
// each \p{M} class is costly to compile, and there is one after every Arabic or Hebrew letter.
const NON_LATIN_MARKS = '[\\u0591-\\u05c7\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640]*';
/** Unicode-aware word edges: no letter, digit or combining mark may touch a match (`\b` is ASCII-only). */
export const BEFORE = '(?<![\\p{L}\\p{N}\\p{M}_])';
export const AFTER = '(?![\\p{L}\\p{N}\\p{M}_])';

// Hyphens never reach this (they become SEPARATOR), and `\-` outside a class is an error under the `u` flag.
const escapeRegex = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

function charFragment(ch: string): string {
  if (/[\s\u00a0\u2010-\u2015-]/u.test(ch)) return SEPARATOR;
  if (/['’‘ʼ`´]/u.test(ch)) return APOSTROPHE;
  const lower = ch.toLowerCase();
  const base = fold(lower);
  // A letter written with a diacritic also matches its plain form ("Kalın" ~ "Kalin"). "İ" lowercases to
  // two code points and has no simple case fold, so the original letter is listed as well.
  if (base.length === 1 && base !== lower) {
    const forms = new Set([base, ch, ...(lower.length === 1 ? [lower] : [])]);
    return `[${[...forms].map(escapeRegex).join('')}]`;
  }
  const escaped = escapeRegex(lower);
  // Arabic and Hebrew text may carry optional vowel marks or tatweel between letters.
  if (/\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch)) return escaped + NON_LATIN_MARKS;
  return escaped;
}

/** The pattern fragments of one alias, character by character (runs of separators as one). */
export function aliasTokens(alias: string): string[] {
  const out: string[] = [];
  for (const ch of alias.normalize('NFC').trim()) {
    const frag = charFragment(ch);
    if (frag === SEPARATOR && out.at(-1) === SEPARATOR) continue;
    out.push(frag);
  }
  return out;
}

/** The pattern fragment for one alias (without the word-edge guards). */
export function aliasFragment(alias: string): string {
  return aliasTokens(alias).join('');
}

/**
 * One expression for all aliases, as a mark.js user would write it: a plain alternation, longest first so
 * "Steve Witkoff" wins over "Witkoff" at the same place.
 */
export function combinedPattern(aliases: readonly string[]): string {
  const unique = new Map<string, string>();
  for (const alias of aliases) {
    const frag = aliasFragment(alias);
    if (!unique.has(frag)) unique.set(frag, fold(alias));
  }
  const ordered = [...unique.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  return `${BEFORE}(?:${ordered.map(([frag]) => frag).join('|')})${AFTER}`;
}
