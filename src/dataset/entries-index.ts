// What a page needs of the index to show what the background matched for it: the entries, by position, and
// the version they belong to. The engine starts with this (first-stage/engine-boot.ts): the matching parts
// (tries, aliases, context words: ~190 of the index's ~205 KB) are asked for only when the page matches
// something itself (matcher/lazy-page-matcher.ts).
import type { MatcherIndex } from './matcher-index';

export type EntriesIndex = Pick<MatcherIndex, 'version' | 'entries'>;

export const entriesOnly = (index: MatcherIndex): EntriesIndex => ({ version: index.version, entries: index.entries });

/** Whether `index` holds what matching needs, not only the entries. */
export const isFullIndex = (index: EntriesIndex): index is MatcherIndex => 'tries' in index && 'aliases' in index;
