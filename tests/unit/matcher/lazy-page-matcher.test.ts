// The page's own matcher, built only when the page matches something itself, or prepared ahead of need.
import index from 'virtual:gtc/matcher-index';
import { describe, expect, it, vi } from 'vitest';
import { entriesOnly } from '@/src/dataset/entries-index';
import type { MatcherIndex } from '@/src/dataset/matcher-index';
import { lazyPageMatcher } from '@/src/matcher/lazy-page-matcher';

/** Runs handed to `later`, to be run when the test says. */
function deferred() {
  const runs: (() => void)[] = [];
  const runAll = () => {
    for (const run of runs.splice(0)) run();
  };
  return { runs, later: (run: () => void) => void runs.push(run), runAll };
}

describe('lazyPageMatcher.prepare', () => {
  it('fetches the index at once and builds the matcher only in the task it is given', async () => {
    const fetchIndex = vi.fn(async () => index);
    const matcher = lazyPageMatcher(entriesOnly(index), fetchIndex);
    const { runs, later, runAll } = deferred();
    matcher.prepare(later);
    expect(fetchIndex).toHaveBeenCalledTimes(1);
    // The index has come: the build waits for its task.
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    expect(matcher.built).toBe(false);
    runAll();
    await vi.waitFor(() => expect(matcher.built).toBe(true));
    expect(matcher.builtMs).toBeGreaterThanOrEqual(0);
    // Reading now needs nothing more.
    const reading = matcher.reading();
    expect('then' in reading).toBe(false);
    expect((reading as { find(t: string): { entry: number }[] }).find('Hamas said so.').length).toBe(1);
    expect(fetchIndex).toHaveBeenCalledTimes(1);
  });

  it('fetches once when a pass asks for a reading while the matcher is being prepared', async () => {
    let answer: (full: MatcherIndex) => void = () => undefined;
    const fetchIndex = vi.fn(() => new Promise<MatcherIndex>((done) => (answer = done)));
    const matcher = lazyPageMatcher(entriesOnly(index), fetchIndex);
    matcher.prepare((run) => setTimeout(run, 0));
    const reading = matcher.reading();
    answer(index);
    expect((await reading).find('Steve Witkoff met them.').map((m) => index.entries[m.entry]?.id)).toEqual(['person-steve-witkoff']);
    expect(fetchIndex).toHaveBeenCalledTimes(1);
  });

  it('builds nothing for an index of another version (a dataset imported meanwhile), and a later pass meets the refusal', async () => {
    const fetchIndex = vi.fn(async () => ({ ...index, version: 'another' }));
    const matcher = lazyPageMatcher(entriesOnly(index), fetchIndex);
    matcher.prepare((run) => setTimeout(run, 0));
    await new Promise((done) => setTimeout(done, 20));
    expect(matcher.built).toBe(false);
    await expect(Promise.resolve(matcher.reading())).rejects.toThrow(/dataset in use changed/);
  });

  it('does nothing once built', async () => {
    const fetchIndex = vi.fn(async () => index);
    const matcher = lazyPageMatcher(entriesOnly(index), fetchIndex);
    await matcher.reading();
    const later = vi.fn();
    matcher.prepare(later);
    expect(later).not.toHaveBeenCalled();
    expect(fetchIndex).toHaveBeenCalledTimes(1);
  });
});
