// A result's text with the parts the reader's words hit marked.
import { markTerms } from '../search/mark-terms';

export function MarkedText({ text, query }: { text: string; query: string }) {
  return (
    <>
      {markTerms(text, query).map((part, i) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered.
          <mark key={i}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
