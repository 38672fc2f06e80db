// Paragraphs read as one page (one reading, a block each), as the mentions relevance weighs: for unit tests that
// ask whether a page of real-dataset text counts as about the talks.
import type { PageMatcher } from '@/src/matcher/page-matcher';
import type { Mention } from '@/src/scan/mention';

export function readMentions(matcher: PageMatcher, paragraphs: readonly string[]): Mention[] {
  const reading = matcher.reading();
  return paragraphs.flatMap((para, block) =>
    reading.find(para).flatMap((m) => {
      const entry = matcher.index.entries[m.entry];
      if (!entry) return [];
      // As the scan records them (region-tally.ts): a generic word or a figure is weighed apart.
      const mention: Mention = { entry, text: m.text, licensed: m.licensed, block };
      if (m.value !== undefined) mention.value = m.value;
      if (m.generic) mention.generic = true;
      return [mention];
    }),
  );
}
