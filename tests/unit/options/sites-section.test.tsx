// The Sites section: the mode, and the two lists, one pattern a line, normalised; an invalid line is listed
// with its number and what is wrong, and nothing of that list is saved until every line is valid.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/src/i18n/t';
import { PROBLEM_KEYS, parseSiteLines } from '@/src/options/site-lines';
import { sitePatternProblem } from '@/src/settings/site-patterns';
import { expectSaved, renderOptions, stored } from './options-helpers';

vi.mock('@/src/options/DataSection', () => ({ DataSection: () => null }));
afterEach(cleanup);

const PAUSED = 'Sites where the extension does nothing (one host name per line)';
const ONLY = /^Sites where the extension works in “only on these sites” mode/;
const textbox = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('site lines', () => {
  it('normalises each line, drops blanks and repeats, and keeps the order', () => {
    expect(parseSiteLines(' News.Example.org \n\nhttps://www.example.com/world?x=1\n*.example.org.\nnews.example.org\n127.0.0.1')).toEqual({
      patterns: ['news.example.org', 'www.example.com', '*.example.org', '127.0.0.1'],
      problems: [],
    });
  });

  it('says what is wrong with each invalid line, by its number', () => {
    const { patterns, problems } = parseSiteLines(
      'ok.example.org\n\nnews example.org\nexample.org/world\na.*.org\nexample.org:8080\nbad_host!',
    );
    expect(patterns).toEqual(['ok.example.org']);
    expect(problems.map((p) => p.message)).toEqual([
      'line 3: “news example.org” contains a space; write one site a line',
      'line 4: “example.org/world” is not a host name: leave out the path (write news.example.org, not news.example.org/world)',
      'line 5: “a.*.org” puts * where it cannot go: only a leading "*." is allowed, as in *.example.org',
      'line 6: “example.org:8080” is not a host name: leave out the port and scheme',
      'line 7: “bad_host!” is not a host name: use letters, digits, hyphens and dots, as in news.example.org or *.example.org',
    ]);
  });

  it("every problem the site rules can give has a message, and in English it is the rules' own words", () => {
    const samples = ['x'.repeat(254), 'a b', 'a.org/x', 'a.org:1', 'a*.org', '*.a.*.org', 'a_b'];
    const fragments = samples.map((s) => sitePatternProblem(s));
    expect(new Set(fragments)).toEqual(new Set(Object.keys(PROBLEM_KEYS)));
    for (const [fragment, key] of Object.entries(PROBLEM_KEYS)) expect(t(key)).toBe(fragment);
  });
});

describe('sites options', () => {
  it('saves the mode', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: /^Only on the sites listed below/ }));
    await expectSaved({ siteMode: 'only' });
    fireEvent.click(screen.getByRole('radio', { name: 'Everywhere except the paused sites' }));
    await expectSaved({ siteMode: 'all' });
  });

  it('saves the paused list normalised, and shows it so', async () => {
    await renderOptions();
    const paused = textbox(PAUSED);
    fireEvent.change(paused, { target: { value: 'https://News.Example.org/live/1\n*.example.com\n\nnews.example.org' } });
    await expectSaved({ pausedSites: ['news.example.org', '*.example.com'] });
    expect(paused.value).toBe('news.example.org\n*.example.com');
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved');
    fireEvent.change(paused, { target: { value: '' } });
    await expectSaved({ pausedSites: [] });
  });

  it('an invalid line is listed, nothing is saved, and the text stays as typed', async () => {
    await renderOptions({ pausedSites: ['kept.example.org'] });
    const paused = textbox(PAUSED);
    const typed = 'a.example.org\nb.example.org\nnews example.org';
    fireEvent.change(paused, { target: { value: typed } });
    expect(await screen.findByText('line 3: “news example.org” contains a space; write one site a line')).toBeTruthy();
    expect(screen.getByText(/^Nothing in this list was saved/)).toBeTruthy();
    expect(paused.value).toBe(typed);
    expect(paused.getAttribute('aria-invalid')).toBe('true');
    // Give a save the time it would take, then check that none happened.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await stored()).pausedSites).toEqual(['kept.example.org']);
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.change(paused, { target: { value: 'a.example.org\nb.example.org\nnews.example.org' } });
    await expectSaved({ pausedSites: ['a.example.org', 'b.example.org', 'news.example.org'] });
    expect(screen.queryByText(/contains a space/)).toBeNull();
    expect(paused.getAttribute('aria-invalid')).toBe('false');
  });

  it('the only-sites list is validated and saved the same way', async () => {
    await renderOptions({ siteMode: 'only' });
    const only = textbox(ONLY);
    fireEvent.change(only, { target: { value: 'example.org/world' } });
    expect(await screen.findByText(/^line 1: “example.org\/world” is not a host name: leave out the path/)).toBeTruthy();
    expect((await stored()).onlySites).toEqual([]);
    fireEvent.change(only, { target: { value: '*.example.org' } });
    await expectSaved({ siteMode: 'only', onlySites: ['*.example.org'] });
  });

  it('explains the pattern syntax next to both lists', async () => {
    await renderOptions();
    for (const name of [PAUSED, ONLY]) {
      const described = (textbox(name).getAttribute('aria-describedby') ?? '').split(' ');
      const texts = described.map((id) => document.getElementById(id)?.textContent ?? '');
      expect(texts.join(' ')).toContain('*.example.org means example.org and every site under it');
    }
  });
});

describe('changes made elsewhere', () => {
  it('shows a site the popup paused while the options page is open', async () => {
    await renderOptions();
    expect(textbox(PAUSED).value).toBe('');
    const { saveSettings } = await import('@/src/settings/settings-store');
    await saveSettings({ pausedSites: ['news.example.org'] });
    await vi.waitFor(() => expect(textbox(PAUSED).value).toBe('news.example.org'));
    expect((await stored()).pausedSites).toEqual(['news.example.org']);
  });
});
