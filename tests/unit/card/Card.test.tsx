import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '@/src/card/Card';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { entryView } from '@/src/dataset/entry-view';

const { full } = compileFromDisk();

describe('Card', () => {
  afterEach(cleanup);

  it('shows summary, status, caveats, sources with links and the dataset version', () => {
    const view = entryView(full, 'person-steve-witkoff');
    if (!view) throw new Error('entry missing');
    render(<Card view={view} matchedText="Witkoff" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Steve Witkoff');
    expect(screen.getByText('Verified')).toBeTruthy();
    expect(document.querySelector('.gtc-matched')?.textContent).toBe('On this page: “Witkoff”');
    expect(screen.getByText(view.entry.summary)).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(view.entry.sources.length);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    expect(screen.getAllByText('title approximate').length).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`dataset ${view.version.replace('+', '\\+')}`))).toBeTruthy();
    for (const caveat of view.entry.caveats) expect(screen.getByText(caveat)).toBeTruthy();
  });

  it('names the original outlet of a syndicated copy', () => {
    const view = entryView(full, 'concept-20-point-plan');
    if (!view) throw new Error('entry missing');
    render(<Card view={view} />);
    expect([...document.querySelectorAll('.gtc-source-meta')].some((m) => m.textContent?.startsWith('AP via Newser'))).toBe(true);
  });
});
