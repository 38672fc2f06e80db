// The search box and its results as a reader uses them: marking, the listbox and its keys, the empty state.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { SearchPanel } from '@/src/popup/SearchPanel';
import { StartingPoints, startingPoints } from '@/src/popup/StartingPoints';
import { markTerms, oneLine } from '@/src/search/mark-terms';
import { createSearch } from '@/src/search/search-index';

const { full } = compileFromDisk();
const search = createSearch(full);

function Panel({ onOpen }: { onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  return (
    <SearchPanel search={search} dataset={full} query={query} onQuery={setQuery} onOpen={onOpen}>
      <StartingPoints dataset={full} onOpen={onOpen} />
    </SearchPanel>
  );
}

afterEach(cleanup);

const box = () => screen.getByRole('combobox');
const options = () => screen.queryAllByRole('option');

describe('marking the match', () => {
  it('marks words the query hits, by prefix or one typo, and nothing else', () => {
    expect(
      markTerms('Steve Witkoff met Hamas', 'witkof hamas')
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(['Witkoff', 'Hamas']);
    expect(markTerms('Palestinians killed in Gaza', 'death toll').some((p) => p.marked)).toBe(false);
    expect(
      markTerms('Hostages released', 'host')
        .map((p) => `${p.marked ? '[' : ''}${p.text}${p.marked ? ']' : ''}`)
        .join(''),
    ).toBe('[Hostages] released');
  });

  it('cuts a summary to its first sentence', () => {
    expect(oneLine('One sentence here. Another one.')).toBe('One sentence here.');
    expect(oneLine('word '.repeat(60)).length).toBeLessThanOrEqual(121);
  });
});

describe('search panel', () => {
  it('lists results as a listbox with a one-line summary and the typed word marked', () => {
    render(<Panel onOpen={vi.fn()} />);
    fireEvent.input(box(), { target: { value: 'witkof' } });
    const [first] = options();
    expect(first?.getAttribute('data-entry-id')).toBe('person-steve-witkoff');
    expect(first?.querySelector('mark')?.textContent).toBe('Witkoff');
    expect(first?.querySelector('.gtc-result-detail')?.textContent).toMatch(/\.$|…$/);
    expect(screen.getByRole('listbox').id).toBe(box().getAttribute('aria-controls'));
    expect(box().getAttribute('aria-expanded')).toBe('true');
  });

  it('moves with the arrow keys, opens with Enter, clears with Escape', () => {
    const onOpen = vi.fn();
    render(<Panel onOpen={onOpen} />);
    fireEvent.input(box(), { target: { value: 'hamas' } });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    const second = options()[1];
    expect(second?.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(second?.id);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(options()[0]?.getAttribute('data-entry-id'));
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect((box() as HTMLInputElement).value).toBe('');
    expect(options()).toHaveLength(0);
  });

  it('shows the latest events and key figures before anything is typed', () => {
    render(<Panel onOpen={vi.fn()} />);
    const { events, figures } = startingPoints(full);
    expect(events).toHaveLength(5);
    // Newest first.
    const dates = events.map((e) => full.entries.find((x) => x.id === e.id)?.asOf ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(figures.every((f) => f.kind === 'figure' && (f.detail ?? '').length > 0)).toBe(true);
    expect(screen.getByRole('list', { name: 'Latest events' }).querySelectorAll('button')).toHaveLength(5);
  });

  it('says plainly when nothing matches', () => {
    render(<Panel onOpen={vi.fn()} />);
    fireEvent.input(box(), { target: { value: 'zzzzqqq' } });
    expect(screen.getByRole('status').textContent).toContain('zzzzqqq');
  });
});
