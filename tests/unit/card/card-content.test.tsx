// What a card shows: why it matched, the page's number, corrections, caveats, sources, status and age.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '@/src/card/Card';
import { figureView, source, value, view } from './card-fixtures';

afterEach(cleanup);

const text = (selector: string) => document.querySelector(selector)?.textContent;

describe('why this matched', () => {
  it('shows the page words and the context words that licensed a generic match', () => {
    render(<Card view={view()} why={{ text: 'the summit', context: ['Sharm el-Sheikh', 'Trump Declaration'] }} />);
    expect(text('.gtc-matched')).toBe('Matched “the summit”; its context here: Sharm el-Sheikh, Trump Declaration');
    // Mixed-script runs are isolated.
    expect([...document.querySelectorAll('.gtc-matched bdi')].map((b) => b.textContent)).toEqual([
      'the summit',
      'Sharm el-Sheikh',
      'Trump Declaration',
    ]);
  });

  it('shows the page words alone for a plain match, and nothing when they are the name itself', () => {
    render(<Card view={view()} why={{ text: 'the Test Summit' }} />);
    expect(text('.gtc-matched')).toBe('On this page: “the Test Summit”');
    cleanup();
    render(<Card view={view()} why={{ text: 'Test summit', context: [] }} />);
    expect(document.querySelector('.gtc-matched')).toBeNull();
  });

  it('still takes the older matchedText prop', () => {
    render(<Card view={view()} matchedText="summiteers" />);
    expect(text('.gtc-matched')).toBe('On this page: “summiteers”');
  });
});

describe('a figure and the page value', () => {
  const fig = () => figureView([value(67173, 'Health ministry', '2025-10-07'), value(70000, 'Army official', '2026-01-29')]);

  it('compares a differing page value with the nearest reported one', () => {
    render(<Card view={fig()} why={{ text: '66,000', context: ['killed'] }} pageValue={66000} />);
    expect(text('.gtc-page-value')).toBe('This page says “66,000”. Health ministry reported 67,173 as of 2025-10-07.');
    expect(text('.gtc-matched')).toBe('Recognised by its context here: killed');
  });

  it('says whose value a page value agrees with', () => {
    render(<Card view={fig()} matchedText="70,000" pageValue={70000} />);
    expect(text('.gtc-page-value')).toBe('This page says “70,000”, as Army official reported as of 2026-01-29.');
    expect(document.querySelector('.gtc-page-value')?.getAttribute('data-agrees')).toBe('true');
  });

  it('shows no page note without a page value', () => {
    render(<Card view={fig()} />);
    expect(document.querySelector('.gtc-page-value')).toBeNull();
    expect(document.querySelectorAll('.gtc-values tbody tr')).toHaveLength(2);
  });
});

describe('card content', () => {
  it('shows a correction: the claim seen in coverage and what the sources say', () => {
    render(
      <Card
        view={view({ kind: 'correction', correction: { claim: 'The talks were in Cairo.', correct: 'They were in Sharm el-Sheikh.' } })}
      />,
    );
    const note = screen.getByRole('region', { name: 'Correction' });
    expect([...note.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Seen in coverage: The talks were in Cairo.',
      'What the sources say: They were in Sharm el-Sheikh.',
    ]);
  });

  it('lists the caveats', () => {
    render(<Card view={view({ caveats: ['Only one source.', 'Figures are disputed.'] })} />);
    const caveats = screen.getByRole('region', { name: 'Caveats' });
    expect([...caveats.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Only one source.', 'Figures are disputed.']);
  });

  it('marks an approximate title and an undated source', () => {
    render(<Card view={view({}, { sources: { s1: source('s1', { titleApproximate: true, date: undefined }) } })} />);
    const item = document.querySelector('.gtc-source');
    expect(item?.querySelector('a')?.textContent).toBe('Title s1');
    expect(item?.querySelector('.gtc-flag')?.textContent).toBe('title approximate');
    expect(text('.gtc-source-meta')).toBe('Publisher s1 · undated');
  });

  it('shows an unverified status', () => {
    render(<Card view={view({ status: 'unverified' })} />);
    expect(document.querySelector('.gtc-status')?.textContent).toBe('Unverified');
    expect(document.querySelector('.gtc-status')?.classList.contains('gtc-status-unverified')).toBe(true);
  });

  it('never links a non-https address, but keeps the source as text', () => {
    const bad = source('s1', { url: 'http://example.org/plain', title: 'Plain report' });
    const worse = source('s2', { url: 'javascript:alert(1)', publisher: 'Bad Wire' });
    const v = figureView([value(5, 'Reporter', '2025-10-01', { sources: [{ source: 's2' }] }), value(6, 'Other', '2025-10-02')]);
    render(
      <Card
        view={{
          ...v,
          entry: {
            ...v.entry,
            sources: [{ source: 's1' }, { source: 's2' }],
            perspectives: [{ holder: 'Side', view: 'A view.', source: 's2' }],
          },
          sources: { s1: bad, s2: worse },
        }}
      />,
    );
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(text('.gtc-source')).toContain('Plain report');
    expect(document.querySelector('.gtc-values tbody')?.textContent).toContain('Reporter');
    expect(text('.gtc-perspectives dd')).toBe('A view. (Bad Wire)');
  });

  it('links https sources safely', () => {
    render(<Card view={view()} />);
    const link = screen.getByRole('link', { name: 'Title s1' });
    expect(link.getAttribute('href')).toBe('https://example.org/s1');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('staleness notice', () => {
  const asOf = '2025-10-08';

  it('is not shown exactly at the threshold', () => {
    render(<Card view={view({ asOf })} now={new Date(2025, 10, 7, 12)} staleAfterDays={30} />);
    expect(document.querySelector('.gtc-stale')).toBeNull();
  });

  it('is shown one day past it, with the date', () => {
    render(<Card view={view({ asOf })} now={new Date(2025, 10, 8, 12)} staleAfterDays={30} />);
    expect(text('.gtc-stale')).toBe(
      'These facts are as of 2025-10-08, more than 30 days ago. Check newer reporting: things may have changed since.',
    );
  });

  it('defaults to 30 days and follows a custom threshold', () => {
    render(<Card view={view({ asOf })} now={new Date(2025, 10, 8)} />);
    expect(document.querySelector('.gtc-stale')).toBeTruthy();
    cleanup();
    render(<Card view={view({ asOf })} now={new Date(2025, 10, 8)} staleAfterDays={60} />);
    expect(document.querySelector('.gtc-stale')).toBeNull();
  });
});
