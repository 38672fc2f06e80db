import { describe, expect, it } from 'vitest';
import { parseRequest } from '@/src/messaging/messages';

describe('parseRequest', () => {
  it('accepts the known messages', () => {
    expect(parseRequest({ type: 'get-entry', id: 'org-hamas' })).toEqual({ type: 'get-entry', id: 'org-hamas' });
    expect(parseRequest({ type: 'get-findings' })).toEqual({ type: 'get-findings' });
    const tally = { type: 'tally-text', read: 4, version: 'v', texts: ['Hamas'], last: true };
    expect(parseRequest(tally)).toEqual(tally);
  });

  it.each([
    null,
    'get-entry',
    { type: 'get-entry' },
    { type: 'delete-everything' },
    { type: 'findings-changed', count: '3' },
    { type: 'tally-text', read: 1, version: 'v', texts: [3], last: true },
  ])('ignores %j', (message) => {
    expect(parseRequest(message)).toBeUndefined();
  });
});
