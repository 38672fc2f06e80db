import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetError } from '@/src/dataset/build/dataset-error';
import { loadDataset } from '@/src/dataset/build/load-data';

const SOURCE = `- id: good-source
  publisher: Example Wire
  title: A title
  date: 2025-10-08
  url: https://example.org/story
`;
const ENTRY = `id: person-example
kind: person
name: Example Person
aliases: [Example Person]
summary: A short summary in our own words.
sources:
  - source: good-source
asOf: 2025-10-08
status: verified
`;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function dataDir(files: Record<string, string>): string {
  const top = mkdtempSync(join(tmpdir(), 'gtc-data-'));
  made.push(top);
  const dir = join(top, 'data');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function problemsOf(files: Record<string, string>): string[] {
  try {
    loadDataset(dataDir(files), new Date('2026-01-01'));
  } catch (error) {
    if (error instanceof DatasetError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('loadDataset', () => {
  it('accepts a valid entry and its source', () => {
    expect(problemsOf({ 'sources/wire.yaml': SOURCE, 'people/example.yaml': ENTRY })).toEqual([]);
  });

  it('names the file and path of an unknown source id', () => {
    const bad = ENTRY.replace('source: good-source', 'source: x');
    const problems = problemsOf({ 'sources/wire.yaml': SOURCE, 'people/example.yaml': bad });
    expect(problems).toContain("data/people/example.yaml: sources[0]: unknown source id 'x'");
  });

  it('reports schema errors with their path inside the file', () => {
    const bad = ENTRY.replace('status: verified', 'status: probably').replace('kind: person', 'kind: rumour');
    const problems = problemsOf({ 'sources/wire.yaml': SOURCE, 'people/example.yaml': bad });
    expect(problems.some((p) => p.startsWith('data/people/example.yaml: status:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('data/people/example.yaml: kind:'))).toBe(true);
  });

  it('rejects plain-http URLs, bad dates and long quotes', () => {
    const sources = SOURCE.replace('https://', 'http://').replace('2025-10-08', '2025-02-30');
    const longQuote = `${ENTRY.replace('  - source: good-source', `  - source: good-source\n    quote: ${'word '.repeat(26).trim()}`)}`;
    const problems = problemsOf({ 'sources/wire.yaml': sources, 'people/example.yaml': longQuote });
    expect(problems).toContain('data/sources/wire.yaml: [0].url: expected an https URL');
    expect(problems).toContain('data/sources/wire.yaml: [0].date: not a real calendar date');
    expect(problems).toContain('data/people/example.yaml: sources[0].quote: a quote is at most 25 words');
  });

  it('rejects an as-of date in the future and unknown related ids', () => {
    const bad = ENTRY.replace('asOf: 2025-10-08', 'asOf: 2027-01-01').replace('status: verified', 'status: verified\nrelated: [nobody]');
    const problems = problemsOf({ 'sources/wire.yaml': SOURCE, 'people/example.yaml': bad });
    expect(problems).toContain('data/people/example.yaml: asOf: 2027-01-01 is in the future');
    expect(problems).toContain("data/people/example.yaml: related[0]: unknown entry id 'nobody'");
  });

  it('reports malformed YAML instead of crashing', () => {
    const problems = problemsOf({ 'sources/wire.yaml': SOURCE, 'people/example.yaml': 'id: [unclosed' });
    expect(problems[0]).toMatch(/^data\/people\/example.yaml: not valid YAML/);
  });

  it('refuses an alias shared by two entries unless both declare ambiguity', () => {
    const other = ENTRY.replace('person-example', 'person-other').replace('name: Example Person', 'name: Other Person');
    const problems = problemsOf({ 'sources/wire.yaml': SOURCE, 'people/example.yaml': ENTRY, 'people/other.yaml': other });
    expect(problems.some((p) => p.includes("'example person' is shared by person-example, person-other"))).toBe(true);
  });

  it('allows a surname two entries share only where each has a fuller name holding it', () => {
    const brother = (id: string, name: string, aliases: string) =>
      ENTRY.replace('person-example', id)
        .replace('name: Example Person', `name: ${name}`)
        .replace('aliases: [Example Person]', `aliases: [${aliases}]`);
    const files = (second: string) => ({
      'sources/wire.yaml': SOURCE,
      'people/first.yaml': brother('person-first', 'Anna Sample', 'Anna Sample, Sample'),
      'people/second.yaml': second,
    });
    expect(problemsOf(files(brother('person-second', 'Ben Sample', 'Ben Sample, Sample')))).toEqual([]);
    expect(problemsOf(files(brother('person-second', 'Sample', 'Sample')))).toEqual([
      "data/people/first.yaml: aliases: 'sample' is shared by person-first, person-second; declare ambiguity on each, give each a fuller name holding it, or drop it",
    ]);
  });

  it("refuses a false friend that hides none of the entry's names, or that is another entry's name", () => {
    const withFriends = (phrases: string) => `${ENTRY}falseFriends:\n  note: Also a place elsewhere.\n  phrases: [${phrases}]\n`;
    const other = ENTRY.replace('person-example', 'person-other')
      .replace('name: Example Person', 'name: Other Person')
      .replace('aliases: [Example Person]', 'aliases: [Example Person Road]');
    const files = (phrases: string) => ({
      'sources/wire.yaml': SOURCE,
      'people/example.yaml': withFriends(phrases),
      'people/other.yaml': other,
    });
    expect(problemsOf(files("Example Person's provincial, province of Example Person"))).toEqual([]);
    expect(problemsOf(files("'Example Person, of the county'"))).toEqual([]);
    expect(problemsOf(files('Example Road'))).toEqual([
      "data/people/example.yaml: falseFriends: 'Example Road' holds none of this entry's names",
    ]);
    expect(problemsOf(files('Example Person Road'))).toEqual([
      "data/people/example.yaml: falseFriends: 'example person road' is a name of person-other",
    ]);
  });

  it('accepts a false friend that hides one of the generic words only', () => {
    const entry = `${ENTRY}generic:\n  aliases: [Peace Council]\n  context: [Gaza]\nfalseFriends:\n  note: Another body.\n  phrases: [World Peace Council]\n`;
    expect(problemsOf({ 'sources/wire.yaml': SOURCE, 'people/example.yaml': entry })).toEqual([]);
    const without = entry.replace('generic:\n  aliases: [Peace Council]\n  context: [Gaza]\n', '');
    expect(problemsOf({ 'sources/wire.yaml': SOURCE, 'people/example.yaml': without })).toEqual([
      "data/people/example.yaml: falseFriends: 'World Peace Council' holds none of this entry's names",
    ]);
  });

  it('requires a figure block exactly on figure entries, with a reporter and date on every value', () => {
    const noBlock = ENTRY.replace('kind: person', 'kind: figure');
    expect(problemsOf({ 'sources/wire.yaml': SOURCE, 'figures/x.yaml': noBlock })).toContain(
      'data/figures/x.yaml: figure: a figure entry has a `figure` block, and only a figure entry has one',
    );
    const figure = `${noBlock}figure:
  unit: people
  counts: deaths
  tolerance: 0.02
  context: [killed]
  values:
    - value: 100
      asOf: 2025-10-07
      sources: [{ source: good-source }]
`;
    const problems = problemsOf({ 'sources/wire.yaml': SOURCE, 'figures/x.yaml': figure });
    expect(problems.some((p) => p.startsWith('data/figures/x.yaml: figure.values[0].reporter:'))).toBe(true);
  });

  /** A figure entry with one value citing `source`, and `more` lines of its figure block. */
  const figureEntry = (source: string, more = '') => `${ENTRY.replace('kind: person', 'kind: figure')}figure:
  unit: people
  counts: deaths
  tolerance: 0.02
  context: [killed]
${more}  values:
    - { value: 100, reporter: Ministry, asOf: 2025-10-07, sources: [{ source: ${source} }] }
`;

  it('checks sources cited inside figure values', () => {
    const figure = figureEntry('missing-one');
    expect(problemsOf({ 'sources/wire.yaml': SOURCE, 'figures/x.yaml': figure })).toContain(
      "data/figures/x.yaml: figure.values[0].sources[0]: unknown source id 'missing-one'",
    );
  });

  it('rejects a generic word holding a name, which it would hide where its context is missing', () => {
    const crossing = ENTRY.replace('person-example', 'place-crossing')
      .replace('kind: person', 'kind: place')
      .replace('name: Example Person', 'name: Rafah crossing')
      .replace('aliases: [Example Person]', 'aliases: []');
    const reopening = `${ENTRY.replace('person-example', 'event-reopening')
      .replace('kind: person', 'kind: event')
      .replace('name: Example Person', 'name: Crossing reopens')
      .replace('aliases: [Example Person]', 'aliases: []')}generic:
  aliases: [Rafah crossing to reopen, reopening day]
  context: [Gaza]
`;
    const problems = problemsOf({ 'sources/wire.yaml': SOURCE, 'places/crossing.yaml': crossing, 'events/reopening.yaml': reopening });
    expect(problems).toEqual([
      "data/events/reopening.yaml: generic: 'Rafah crossing to reopen' holds the name 'rafah crossing' of place-crossing, which it would hide where its context is missing",
    ]);
  });

  it('takes only plain nouns as what a figure never counts', () => {
    const figure = figureEntry('good-source', '  notCounting: [Israelis, soldiers]\n');
    const problems = problemsOf({ 'sources/wire.yaml': SOURCE, 'figures/x.yaml': figure });
    expect(problems).toContain("data/figures/x.yaml: figure.notCounting[1]: 'soldiers' is not a plain noun (people, Palestinians, ...)");
    expect(problems.filter((p) => p.includes('notCounting'))).toHaveLength(1);
  });

  it('reports a source nobody cites and the same page registered twice', () => {
    const twice = `${SOURCE}${SOURCE.replace('good-source', 'same-page')}`;
    const problems = problemsOf({ 'sources/wire.yaml': twice, 'people/example.yaml': ENTRY });
    expect(problems).toContain("data/sources/wire.yaml: same-page: url: the same page as source 'good-source'; cite that one");
    expect(problems).toContain('data/sources/wire.yaml: same-page: never cited by any entry');
  });

  it('loads the real dataset without a problem', () => {
    const { entries, sources } = loadDataset(resolve('data'));
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(sources.length).toBeGreaterThanOrEqual(entries.length);
  });
});
