import { describe, expect, it } from 'vitest';
import { compileDataset } from '@/src/dataset/build/compile';
import type { Entry } from '@/src/dataset/schema';
import { createMatcher } from '@/src/matcher/matcher';

function entry(id: string, aliases: string[]): Entry {
  return {
    id,
    kind: 'person',
    name: aliases[0] ?? id,
    aliases,
    keywords: [],
    summary: 's',
    sources: [{ source: 'src' }],
    caveats: [],
    perspectives: [],
    asOf: '2025-10-08',
    status: 'verified',
    related: [],
  };
}

const source = {
  id: 'src',
  publisher: 'p',
  title: 't',
  titleApproximate: false,
  date: '2025-10-08',
  dateApproximate: false,
  url: 'https://example.org',
};
const { index } = compileDataset(
  [
    entry('org-hamas', ['Hamas', 'حماس']),
    entry('person-witkoff', ['Steve Witkoff', 'Witkoff']),
    entry('person-hayya', ['Khalil al-Hayya', 'al-Hayya']),
    entry('person-kalin', ['Ibrahim Kalın']),
    entry('person-erdogan', ['Erdoğan']),
    entry('org-ipc', ['IPC']),
    entry('org-mit', ['MIT', 'MİT']),
  ],
  [source],
);
const matcher = createMatcher(index);
const found = (text: string) => matcher.find(text).map((m) => m.text);
const ids = (text: string) => matcher.find(text).map((m) => index.entries[m.entries[0] ?? -1]?.id);

describe('word boundaries', () => {
  it.each([
    ["Hamas's negotiators", ['Hamas']],
    ['Hamas’ negotiators', ['Hamas']],
    ['Hamas-run ministry', ['Hamas']],
    ['(Hamas)', ['Hamas']],
    ['Hamasi', []],
    ['antiHamas', []],
    ['Hamas2', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('works for Arabic script, where \\b would not', () => {
    expect(found('قالت حماس في بيان')).toEqual(['حماس']);
    expect(found('حماسة')).toEqual([]);
  });
});

describe('normalisation', () => {
  it('prefers the longest alias at a position', () => {
    expect(found('Steve Witkoff arrived; Witkoff spoke')).toEqual(['Steve Witkoff', 'Witkoff']);
  });

  it.each(['Khalil al-Hayya', 'Khalil al Hayya', 'Khalil Al-Hayya', 'khalil AL–Hayya', 'Khalil\u00a0al-Hayya', 'Khalil\n  al-Hayya'])(
    'treats spaces, hyphens, dashes and line breaks alike: %j',
    (text) => {
      expect(ids(text)).toEqual(['person-hayya']);
    },
  );

  it('matches with and without diacritics', () => {
    expect(ids('Ibrahim Kalın met')).toEqual(['person-kalin']);
    expect(ids('Ibrahim Kalin met')).toEqual(['person-kalin']);
    expect(ids('Erdogan and Erdoğan')).toEqual(['person-erdogan', 'person-erdogan']);
  });

  it('matches acronyms only in capitals', () => {
    expect(ids('The IPC said')).toEqual(['org-ipc']);
    expect(ids('the ipc said')).toEqual([]);
    expect(ids('Ipc')).toEqual([]);
  });

  it('accepts every capitalisation an acronym is listed in (Turkish MİT and MIT)', () => {
    expect(ids('MİT and MIT')).toEqual(['org-mit', 'org-mit']);
    expect(ids('mit und Mit')).toEqual([]);
  });

  it('reports offsets into the original text', () => {
    const text = 'Envoy Steve  Witkoff.';
    const [m] = matcher.find(text);
    expect(m && text.slice(m.start, m.end)).toBe('Steve  Witkoff');
  });
});
