// Firefox: the underline rules (entrypoints/underlines.content.css) are inserted into a frame by the background,
// once, when the engine finds the page is not long. There, as on every element, decorated ::highlight() rules
// slow the styling of a whole page, so Firefox's manifest sheet holds fills only. (Chromium's rules sit on
// :root, where they cost nothing: its manifest has both sheets.) A failed insertion leaves the mentions
// painted, found and carded but not underlined; it is asked again at the next pass.

export function underlineSheet(insert: () => Promise<unknown>): () => Promise<void> {
  let inserted: Promise<void> | undefined;
  return () => {
    inserted ??= insert().then(
      () => undefined,
      (error: unknown) => {
        inserted = undefined;
        console.warn('[Gaza Talks Context] underline rules not inserted', error);
      },
    );
    return inserted;
  };
}
