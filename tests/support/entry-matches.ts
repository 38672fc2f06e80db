// One entry's matches in a text (or in paragraphs read one after another, as on one page): for unit tests that
// ask what the real dataset finds for a given entry.
import type { BlockMatch, PageMatcher } from '@/src/matcher/page-matcher';

/** `wanted`: an entry id, or a test of ids ("event-ipc" and the like). */
type Wanted = string | ((id: string) => boolean);

const test = (wanted: Wanted) => (typeof wanted === 'string' ? (id: string) => id === wanted : wanted);

export function entryMatches(matcher: PageMatcher, text: string, wanted: Wanted): BlockMatch[] {
  const is = test(wanted);
  return matcher.find(text).filter((m) => is(matcher.index.entries[m.entry]?.id ?? ''));
}

export function entryMatchesRead(matcher: PageMatcher, paragraphs: readonly string[], wanted: Wanted): BlockMatch[] {
  const is = test(wanted);
  const reading = matcher.reading();
  return paragraphs.flatMap((para) => reading.find(para).filter((m) => is(matcher.index.entries[m.entry]?.id ?? '')));
}
