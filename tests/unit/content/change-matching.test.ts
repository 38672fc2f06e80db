// Where a change's blocks are matched: by the background, until a page that keeps changing has its own matcher;
// then a small change on the page, a large one still by the background.
import { describe, expect, it, vi } from 'vitest';
import { ChangeMatching, LIVE_PAGE_PASSES, LOCAL_MAX_CHARS } from '@/src/content/change-matching';
import type { RemoteAnswer } from '@/src/scan/remote-scan';

function fakeMatcher() {
  return { built: false, prepare: vi.fn(() => undefined) };
}

const ANSWER: RemoteAnswer = { matchMs: 0.1, blocks: [[]] };

describe('ChangeMatching', () => {
  it('sends changes to the background, and prepares the page’s matcher once, at the LIVE_PAGE_PASSES-th answered', async () => {
    const matcher = fakeMatcher();
    const remote = vi.fn(async (): Promise<RemoteAnswer | null> => ANSWER);
    const change = new ChangeMatching(matcher).remoteFor(remote);
    for (let i = 1; i < LIVE_PAGE_PASSES; i++) expect(await change(['Hamas said so.'])).toBe(ANSWER);
    expect(matcher.prepare).not.toHaveBeenCalled();
    await change(['Hamas said so.']);
    expect(matcher.prepare).toHaveBeenCalledTimes(1);
    // Until the matcher is built, changes still go to the background, and it is not prepared again.
    await change(['Hamas said so.']);
    await change(['Hamas said so.']);
    expect(remote).toHaveBeenCalledTimes(LIVE_PAGE_PASSES + 2);
    expect(matcher.prepare).toHaveBeenCalledTimes(1);
  });

  it('does not count a change the background could not match', async () => {
    const matcher = fakeMatcher();
    const change = new ChangeMatching(matcher, 2).remoteFor(async () => null);
    for (let i = 0; i < 5; i++) await change(['Hamas said so.']);
    expect(matcher.prepare).not.toHaveBeenCalled();
  });

  it('once the matcher is built, leaves a small change to the page and sends a large one', async () => {
    const matcher = fakeMatcher();
    const remote = vi.fn(async (): Promise<RemoteAnswer | null> => ANSWER);
    const change = new ChangeMatching(matcher, 3).remoteFor(remote);
    matcher.built = true;
    expect(await change(['Hamas said so.', 'x'.repeat(LOCAL_MAX_CHARS - 14)])).toBeNull();
    expect(remote).not.toHaveBeenCalled();
    expect(await change(['Hamas said so.', 'x'.repeat(LOCAL_MAX_CHARS)])).toBe(ANSWER);
    expect(remote).toHaveBeenCalledTimes(1);
  });
});
