// Build time: turn every alias into one tolerant alternative of a single combined expression.
// Runs in Node (WXT build) and in unit tests, never in the page.
import { fold } from './fold';

/** Spaces, non-breaking spaces, line breaks and every hyphen or dash are interchangeable inside a name. */
export const SEPARATOR = '[\\s\\u2010-\\u2015-]+';
const APOSTROPHE = "['’‘ʼ]";
const NON_LATIN_MARKS = '[\\p{M}\\u0640]*';
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

/** The pattern fragment for one alias (without the word-edge guards). */
export function aliasFragment(alias: string): string {
  let out = '';
  let last = '';
  for (const ch of alias.normalize('NFC').trim()) {
    const frag = charFragment(ch);
    if (frag === SEPARATOR && last === SEPARATOR) continue;
    out += frag;
    last = frag;
  }
  return out;
}

/** One expression for all aliases, longest first so "Steve Witkoff" wins over "Witkoff" at the same place. */
export function combinedPattern(aliases: readonly string[]): string {
  const unique = new Map<string, string>();
  for (const alias of aliases) {
    const frag = aliasFragment(alias);
    if (!unique.has(frag)) unique.set(frag, fold(alias));
  }
  const ordered = [...unique.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  return `${BEFORE}(?:${ordered.map(([frag]) => frag).join('|')})${AFTER}`;
}
