import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Card } from '@/src/card/Card';
import type { EntryView } from '@/src/dataset/entry-view';

const source = (id: string, publisher: string) => ({
  id,
  publisher,
  title: `${publisher} report`,
  titleApproximate: false,
  date: undefined,
  dateApproximate: false,
  url: `https://example.org/${id}`,
});

const view: EntryView = {
  version: '2026-01-29+abcdef12',
  related: [],
  sources: { moh: source('moh', 'Ministry Wire'), idf: source('idf', 'Army Daily') },
  entry: {
    id: 'fig-deaths',
    kind: 'figure',
    name: 'Deaths in a test conflict',
    aliases: [],
    keywords: [],
    summary: 'A contested count.',
    sources: [{ source: 'moh' }],
    caveats: [],
    perspectives: [{ holder: 'Army', view: 'Disputes the count.', source: 'idf' }],
    asOf: '2026-01-29',
    status: 'partly-verified',
    related: [],
    figure: {
      unit: 'people',
      counts: 'deaths recorded by hospitals',
      tolerance: 0.02,
      nouns: [],
      context: ['killed'],
      forms: [],
      values: [
        {
          value: 67173,
          approximate: false,
          reporter: 'Health ministry',
          asOf: '2025-10-07',
          asOfApproximate: false,
          sources: [{ source: 'moh' }],
        },
        {
          value: 70000,
          approximate: true,
          reporter: 'Army official',
          asOf: '2026-01-29',
          asOfApproximate: true,
          definition: 'a broad estimate',
          sources: [{ source: 'idf' }],
        },
      ],
    },
  },
};

describe('Card for a figure', () => {
  it('shows every attributed value side by side, newest first, with reporter and date', () => {
    render(<Card view={view} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'about 70,000 peoplea broad estimateArmy official2026-01-29date approximate',
      '67,173 peopleHealth ministry2025-10-07',
    ]);
    expect(screen.getByText('What is counted:').parentElement?.textContent).toContain('deaths recorded by hospitals');
    expect(screen.getByText('Partly verified')).toBeTruthy();
    expect(screen.getByText('Army').nextElementSibling?.textContent).toBe('Disputes the count. (Army Daily)');
    expect(document.querySelector('.gtc-source-meta')?.textContent).toBe('Ministry Wire · undated');
  });
});
