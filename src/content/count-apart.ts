// The badge's count goes over every located mention shown (and the far regions' entries, counted as they
// come: page-findings.ts). Over 43,000 mentions (the 10 MB page read whole, before those were kept apart) it
// was ~7–12 ms at the end of the task that had just judged the page and painted it; from a few thousand
// mentions on it is a task of its own, on an article it is counted at once.

/** From this many mentions the count waits for a task of its own. */
export const COUNT_APART_FROM = 5_000;

/**
 * `count` at once while `size()` is small, else in a task of its own (one, however often asked before it
 * runs). `later` schedules it (setTimeout by default).
 */
export function countApart(
  count: () => void,
  size: () => number,
  later: (run: () => void) => void = (run) => setTimeout(run, 0),
): () => void {
  let waiting = false;
  const run = () => {
    waiting = false;
    count();
  };
  return () => {
    if (size() < COUNT_APART_FROM) count();
    else if (!waiting) {
      waiting = true;
      later(run);
    }
  };
}
