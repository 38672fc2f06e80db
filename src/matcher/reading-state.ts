// What a reading remembers of the names it has passed, to tell whom a bare name ("Trump", "Kushner", "Shaath")
// names when a namesake (a false friend: "Ivanka Trump", "Charles Kushner", "Nabil Shaath") shares it.

/**
 * Per entry: when it was last named (a positive tick for one of its own names, negative for a false friend of
 * it), and how often (its own names and the bare names given to it, less its false friends).
 */
export interface ReadingState {
  readonly named: Map<number, number>;
  readonly often: Map<number, number>;
  tick: number;
}

export const newReadingState = (): ReadingState => ({ named: new Map(), often: new Map(), tick: 0 });

/** One of the entry's own names. */
export function namedInFull(state: ReadingState, entry: number): void {
  state.named.set(entry, ++state.tick);
  state.often.set(entry, (state.often.get(entry) ?? 0) + 1);
}

/** A false friend of the entry ("Ivanka Trump" for Donald Trump). */
export function namedNamesake(state: ReadingState, entry: number): void {
  state.named.set(entry, -++state.tick);
  state.often.set(entry, (state.often.get(entry) ?? 0) - 1);
}

/**
 * Whether a bare name is the entry's, and if so counts it. It goes to whichever the reading has named more
 * often, the entry or its namesakes, and on a tie to the one named last: stories on the talks name a relative
 * in passing ("his daughter Ivanka Trump", "not to be confused with Nabil Shaath") and go on calling the
 * person they are about by the surname, while a story about the namesake names him more. A bare name the
 * reading gives to neither counts for neither.
 */
export function bareNameIsEntry(state: ReadingState, entry: number): boolean {
  const balance = state.often.get(entry) ?? 0;
  const lastOwn = (state.named.get(entry) ?? 0) >= 0;
  if (balance < 0 || (balance === 0 && !lastOwn)) return false;
  state.often.set(entry, balance + 1);
  return true;
}
