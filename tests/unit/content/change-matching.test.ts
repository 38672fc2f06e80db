// Where a change's blocks are matched: by the background, until a page that keeps changing has its own matcher.
import { describe, expect, it, vi } from 'vitest';
import { ChangeMatching, LIVE_PAGE_PASSES } from '@/src/content/change-matching';

function fakeMatcher() {
  const matcher = { built: false, prepare: vi.fn(() => undefined) };
  return matcher;
}

describe('ChangeMatching', () => {
  it('sends changes to the background, and prepares the page’s matcher once, at the LIVE_PAGE_PASSES-th', () => {
    const matcher = fakeMatcher();
    const changes = new ChangeMatching(matcher);
    for (let i = 1; i < LIVE_PAGE_PASSES; i++) {
      expect(changes.viaBackground).toBe(true);
      changes.background();
    }
    expect(matcher.prepare).not.toHaveBeenCalled();
    changes.background();
    expect(matcher.prepare).toHaveBeenCalledTimes(1);
    // Until the matcher is built, changes still go to the background, and it is not prepared again.
    expect(changes.viaBackground).toBe(true);
    changes.background();
    changes.background();
    expect(matcher.prepare).toHaveBeenCalledTimes(1);
  });

  it('matches changes on the page once the matcher is built (for any reason)', () => {
    const matcher = fakeMatcher();
    const changes = new ChangeMatching(matcher, 3);
    matcher.built = true;
    expect(changes.viaBackground).toBe(false);
  });
});
