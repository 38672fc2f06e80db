// Which parts of a result's text the reader's words hit, for marking: a word is marked when its folded form
// starts with a query word, or (for words of five letters or more) is one typo away from it.
import { fold } from '../matcher/fold';
import { editDistance } from './name-closeness';
import { searchTerms } from './text-index';

export interface TextPart {
  text: string;
  marked: boolean;
}

const hits = (word: string, terms: readonly string[]) =>
  terms.some((t) => word.startsWith(t) || (t.length >= 5 && Math.abs(word.length - t.length) <= 1 && editDistance(word, t) <= 1));

export function markTerms(text: string, query: string): TextPart[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [{ text, marked: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)) {
    const word = fold(m[0]);
    if (!hits(word, terms)) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), marked: false });
    parts.push({ text: m[0], marked: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

/** The first sentence of a summary, cut to about `max` characters at a word. */
export function oneLine(summary: string, max = 120): string {
  const first = /^.*?[.!?](?=\s|$)/.exec(summary)?.[0] ?? summary;
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
