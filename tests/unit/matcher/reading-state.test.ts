import { describe, expect, it } from 'vitest';
import { bareNameIsEntry, namedInFull, namedNamesake, newReadingState } from '@/src/matcher/reading-state';

const ENTRY = 3;

describe('reading state: whom a bare name names', () => {
  it('gives a bare name to its entry before anything was named, and counts it', () => {
    const state = newReadingState();
    expect(bareNameIsEntry(state, ENTRY)).toBe(true);
    expect(state.often.get(ENTRY)).toBe(1);
  });

  it('withholds it after a namesake alone, and counts the withheld name for no one', () => {
    const state = newReadingState();
    namedNamesake(state, ENTRY);
    expect(bareNameIsEntry(state, ENTRY)).toBe(false);
    expect(bareNameIsEntry(state, ENTRY)).toBe(false);
    expect(state.often.get(ENTRY)).toBe(-1);
  });

  it('breaks a tie for whichever was named last', () => {
    const namesakeLast = newReadingState();
    namedInFull(namesakeLast, ENTRY);
    namedNamesake(namesakeLast, ENTRY);
    expect(bareNameIsEntry(namesakeLast, ENTRY)).toBe(false);
    const entryLast = newReadingState();
    namedNamesake(entryLast, ENTRY);
    namedInFull(entryLast, ENTRY);
    expect(bareNameIsEntry(entryLast, ENTRY)).toBe(true);
  });

  it('keeps it for an entry named more often than a namesake named in passing', () => {
    const state = newReadingState();
    namedInFull(state, ENTRY);
    expect(bareNameIsEntry(state, ENTRY)).toBe(true);
    namedNamesake(state, ENTRY);
    expect(bareNameIsEntry(state, ENTRY)).toBe(true);
    expect(bareNameIsEntry(state, ENTRY)).toBe(true);
  });

  it('keeps entries apart', () => {
    const state = newReadingState();
    namedNamesake(state, ENTRY);
    expect(bareNameIsEntry(state, ENTRY + 1)).toBe(true);
  });
});
