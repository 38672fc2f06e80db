import { describe, expect, it } from 'vitest';
import { citationText } from '@/src/card/citation-text';
import { source, view } from './card-fixtures';

describe('citationText', () => {
  it('gives the fact, the first source with its date and link, and the dataset version', () => {
    const v = view(
      {
        name: 'Sharm el-Sheikh talks',
        summary: 'Indirect talks were held in Sharm el-Sheikh.',
        sources: [{ source: 'a' }, { source: 'b' }],
      },
      {
        sources: {
          a: source('a', { publisher: 'Axios', title: 'Envoys arrive in Egypt', date: '2025-10-08', url: 'https://www.axios.com/x' }),
          b: source('b'),
        },
      },
    );
    expect(citationText(v)).toBe(
      [
        'Sharm el-Sheikh talks: Indirect talks were held in Sharm el-Sheikh.',
        'Source: Axios, “Envoys arrive in Egypt”, 2025-10-08.',
        'https://www.axios.com/x',
        'Gaza Talks Context, dataset 2025-10-13+abc12345',
      ].join('\n'),
    );
  });

  it('says undated, marks an approximate title and names the outlet of a syndicated copy', () => {
    const v = view(
      { name: 'Plan', summary: 'A plan.', sources: [{ source: 'gone' }, { source: 'n' }] },
      {
        sources: {
          n: source('n', {
            publisher: 'Newser',
            outlet: 'AP',
            title: 'Plan text',
            titleApproximate: true,
            date: undefined,
            url: 'https://newser.example/p',
          }),
        },
      },
    );
    expect(citationText(v)).toBe(
      [
        'Plan: A plan.',
        'Source: AP via Newser, “Plan text” (title approximate), undated.',
        'https://newser.example/p',
        'Gaza Talks Context, dataset 2025-10-13+abc12345',
      ].join('\n'),
    );
  });

  it('leaves out a link that is not https and marks an approximate date', () => {
    const v = view({}, { sources: { s1: source('s1', { url: 'http://example.org/s1', dateApproximate: true }) } });
    expect(citationText(v)).toBe(
      [
        'Test summit: Leaders met at a test summit.',
        'Source: Publisher s1, “Title s1”, 2025-10-08 (date approximate).',
        'Gaza Talks Context, dataset 2025-10-13+abc12345',
      ].join('\n'),
    );
  });
});
