// Malformed files made from a valid one by named mutations: each must fail, and fail at the right path.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, validateDatasetText } from '@/src/dataset/import/validate-import';
import { validDataset } from './valid-dataset';

type File = Record<string, unknown>;
/** Changes the file in place, or returns the whole text to validate instead. */
type Mutation = (file: File) => string | undefined;
type Case = [name: string, mutate: Mutation, expectedPath: string];

/** `entries[0].sources[1]` → ['entries', 0, 'sources', 1]: the same notation the errors use. */
const steps = (path: string) =>
  path
    .split(/\.|\[|\]\.?/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

function parentOf(file: File, path: string): [Record<PropertyKey, unknown>, PropertyKey] {
  const keys = steps(path);
  const last = keys.pop();
  if (last === undefined) throw new Error(`empty path '${path}'`);
  let node: unknown = file;
  for (const key of keys) node = (node as Record<PropertyKey, unknown>)[key];
  if (typeof node !== 'object' || node === null) throw new Error(`no object at '${path}'`);
  return [node as Record<PropertyKey, unknown>, last];
}

const set =
  (path: string, value: unknown): Mutation =>
  (file) => {
    const [parent, key] = parentOf(file, path);
    parent[key] = value;
    return undefined;
  };
const del =
  (path: string): Mutation =>
  (file) => {
    const [parent, key] = parentOf(file, path);
    delete parent[key];
    return undefined;
  };
const text =
  (raw: string): Mutation =>
  () =>
    raw;
/** Replaces text in the serialised valid file (for what JSON.stringify cannot write). */
const replace =
  (from: string, to: string): Mutation =>
  (file) =>
    JSON.stringify(file).replace(from, to);

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const E0 = 'entries[0]';
const FIG = 'entries[1].figure';
const V0 = `${FIG}.values[0]`;
const SRC = 'sources.wire-story';
const minimalEntry = (i: number) => ({
  id: `person-${i}`,
  kind: 'person',
  name: 'N',
  summary: 'S',
  sources: [{ source: 'wire-story' }],
  asOf: '2025-10-08',
  status: 'verified',
});

const cases: Case[] = [
  // Not JSON, or not an object.
  ['truncated JSON', (f) => JSON.stringify(f).slice(0, 200), 'file'],
  ['trailing comma', text('{"version": "v", "entries": [], }'), 'file'],
  ['NaN', text('{"version": NaN}'), 'file'],
  ['single quotes', text("{'version': 'v'}"), 'file'],
  ['a comment', (f) => `// exported\n${JSON.stringify(f)}`, 'file'],
  ['empty file', text(''), 'file'],
  ['only whitespace', text(' \n\t '), 'file'],
  ['a bare array', text('[]'), 'file'],
  ['null', text('null'), 'file'],
  ['a number', text('42'), 'file'],
  ['a string', text('"dataset"'), 'file'],
  ['a boolean', text('true'), 'file'],
  ['oversized text', text('x'.repeat(MAX_IMPORT_BYTES + 1)), 'file'],
  ['oversized valid JSON', (f) => JSON.stringify(f) + ' '.repeat(MAX_IMPORT_BYTES), 'file'],
  // The top level.
  ['version a number', set('version', 3), 'version'],
  ['version null', set('version', null), 'version'],
  ['version empty', set('version', ''), 'version'],
  ['version blank', set('version', '   '), 'version'],
  ['version over 100 characters', set('version', 'v'.repeat(101)), 'version'],
  ['version missing', del('version'), 'version'],
  ['entries an object', set('entries', {}), 'entries'],
  ['entries missing', del('entries'), 'entries'],
  ['entries empty', set('entries', []), 'entries'],
  [
    'entries over 5000',
    set(
      'entries',
      Array.from({ length: 5001 }, (_, i) => minimalEntry(i)),
    ),
    'entries',
  ],
  ['sources an array', set('sources', []), 'sources'],
  ['sources null', set('sources', null), 'sources'],
  ['sources missing', del('sources'), 'sources'],
  ['unknown top-level field', set('comment', 'hello'), 'comment'],
  ['an entry a string', set(E0, 'person-example'), E0],
  ['an entry null', set(E0, null), E0],
  // Entry fields.
  ['id a number', set(`${E0}.id`, 7), `${E0}.id`],
  ['id with spaces', set(`${E0}.id`, 'person example'), `${E0}.id`],
  ['id with capitals', set(`${E0}.id`, 'Person-Example'), `${E0}.id`],
  ['id empty', set(`${E0}.id`, ''), `${E0}.id`],
  ['id ending in a hyphen', set(`${E0}.id`, 'person-example-'), `${E0}.id`],
  ['id missing', del(`${E0}.id`), `${E0}.id`],
  ['kind unknown', set(`${E0}.kind`, 'villain'), `${E0}.kind`],
  ['kind missing', del(`${E0}.kind`), `${E0}.kind`],
  ['name a number', set(`${E0}.name`, 1), `${E0}.name`],
  ['name empty', set(`${E0}.name`, ''), `${E0}.name`],
  ['name blank', set(`${E0}.name`, '  '), `${E0}.name`],
  ['name missing', del(`${E0}.name`), `${E0}.name`],
  ['name deeply nested arrays', replace('"name":"Ahmad Example"', `"name":${'['.repeat(5000)}${']'.repeat(5000)}`), `${E0}.name`],
  ['aliases a string', set(`${E0}.aliases`, 'A. Example'), `${E0}.aliases`],
  ['an alias a number', set(`${E0}.aliases[0]`, 5), `${E0}.aliases[0]`],
  ['an alias empty', set(`${E0}.aliases[0]`, ''), `${E0}.aliases[0]`],
  ['keywords an object', set(`${E0}.keywords`, {}), `${E0}.keywords`],
  ['ambiguity without context words', set(`${E0}.ambiguity.context`, []), `${E0}.ambiguity.context`],
  ['ambiguity without a note', del(`${E0}.ambiguity.note`), `${E0}.ambiguity.note`],
  ['ambiguity a string', set(`${E0}.ambiguity`, 'yes'), `${E0}.ambiguity`],
  ['generic without aliases', set(`${E0}.generic.aliases`, []), `${E0}.generic.aliases`],
  ['generic with an unknown field', set(`${E0}.generic.note`, 'x'), `${E0}.generic.note`],
  ['summary a number', set(`${E0}.summary`, 3), `${E0}.summary`],
  ['summary over 60 words', set(`${E0}.summary`, words(61)), `${E0}.summary`],
  ['summary missing', del(`${E0}.summary`), `${E0}.summary`],
  ['details empty', set(`${E0}.details`, ''), `${E0}.details`],
  ['sources empty', set(`${E0}.sources`, []), `${E0}.sources`],
  ['sources a string', set(`${E0}.sources`, 'wire-story'), `${E0}.sources`],
  ['a citation a string', set(`${E0}.sources[0]`, 'wire-story'), `${E0}.sources[0]`],
  ['a citation without its source', del(`${E0}.sources[0].source`), `${E0}.sources[0].source`],
  ['a citation with an unknown field', set(`${E0}.sources[0].page`, 4), `${E0}.sources[0].page`],
  ['a quote over 25 words', set(`${E0}.sources[0].quote`, words(26)), `${E0}.sources[0].quote`],
  ['a quote a number', set(`${E0}.sources[0].quote`, 1), `${E0}.sources[0].quote`],
  ['a caveat a number', set(`${E0}.caveats[0]`, 1), `${E0}.caveats[0]`],
  ['caveats a string', set(`${E0}.caveats`, 'careful'), `${E0}.caveats`],
  ['a perspective without a holder', del(`${E0}.perspectives[0].holder`), `${E0}.perspectives[0].holder`],
  ['a perspective view a number', set(`${E0}.perspectives[0].view`, 2), `${E0}.perspectives[0].view`],
  ['a perspective with an unknown field', set(`${E0}.perspectives[0].date`, '2025-10-08'), `${E0}.perspectives[0].date`],
  ['asOf 2025-02-30', set(`${E0}.asOf`, '2025-02-30'), `${E0}.asOf`],
  ['asOf 2025-13-01', set(`${E0}.asOf`, '2025-13-01'), `${E0}.asOf`],
  ['asOf "yesterday"', set(`${E0}.asOf`, 'yesterday'), `${E0}.asOf`],
  ['asOf without zero padding', set(`${E0}.asOf`, '2025-1-5'), `${E0}.asOf`],
  ['asOf a number', set(`${E0}.asOf`, 20251008), `${E0}.asOf`],
  ['status unknown', set(`${E0}.status`, 'true'), `${E0}.status`],
  ['status missing', del(`${E0}.status`), `${E0}.status`],
  ['related a string', set(`${E0}.related`, 'figure-killed'), `${E0}.related`],
  ['a related id with capitals', set(`${E0}.related[0]`, 'Figure-Killed'), `${E0}.related[0]`],
  ['a related id unknown', set(`${E0}.related[0]`, 'org-nowhere'), `${E0}.related[0]`],
  ['an entry related to itself', set(`${E0}.related[0]`, 'person-example'), `${E0}.related[0]`],
  ['an unknown entry field', set(`${E0}.colour`, 'red'), `${E0}.colour`],
  ['a __proto__ field', replace('"id":"person-example"', '"__proto__":{"polluted":true},"id":"person-example"'), `${E0}.__proto__`],
  ['a figure block on a person', (f) => set(`${E0}.figure`, parentOf(f, FIG)[0].figure)(f), `${E0}.figure`],
  ['a correction block on a person', set(`${E0}.correction`, { claim: 'c', correct: 'd' }), `${E0}.correction`],
  // Figures.
  ['a figure entry without a figure block', del(FIG), FIG],
  ['figure a string', set(FIG, '100'), FIG],
  ['figure unit missing', del(`${FIG}.unit`), `${FIG}.unit`],
  ['figure unit a number', set(`${FIG}.unit`, 1), `${FIG}.unit`],
  ['figure counts empty', set(`${FIG}.counts`, ''), `${FIG}.counts`],
  ['figure values empty', set(`${FIG}.values`, []), `${FIG}.values`],
  ['figure values an object', set(`${FIG}.values`, {}), `${FIG}.values`],
  ['tolerance above 0.5', set(`${FIG}.tolerance`, 0.9), `${FIG}.tolerance`],
  ['tolerance negative', set(`${FIG}.tolerance`, -0.1), `${FIG}.tolerance`],
  ['tolerance a string', set(`${FIG}.tolerance`, '2%'), `${FIG}.tolerance`],
  ['figure context empty', set(`${FIG}.context`, []), `${FIG}.context`],
  ['figure context missing', del(`${FIG}.context`), `${FIG}.context`],
  ['figure nouns a number', set(`${FIG}.nouns`, 3), `${FIG}.nouns`],
  ['a figure form an object', set(`${FIG}.forms[0]`, {}), `${FIG}.forms[0]`],
  ['an unknown figure field', set(`${FIG}.colour`, 'red'), `${FIG}.colour`],
  ['a value a string', set(`${V0}.value`, '100'), `${V0}.value`],
  ['a value null', set(`${V0}.value`, null), `${V0}.value`],
  ['a range without max', del(`${FIG}.values[1].value.max`), `${FIG}.values[1].value.max`],
  ['a range with an unknown field', set(`${FIG}.values[1].value.avg`, 100), `${FIG}.values[1].value.avg`],
  ['a value without a reporter', del(`${V0}.reporter`), `${V0}.reporter`],
  ['a value asOf 2025-02-30', set(`${V0}.asOf`, '2025-02-30'), `${V0}.asOf`],
  ['a value approximate a string', set(`${V0}.approximate`, 'yes'), `${V0}.approximate`],
  ['a value without sources', set(`${V0}.sources`, []), `${V0}.sources`],
  ['a value with an unknown field', set(`${V0}.note`, 'x'), `${V0}.note`],
  // Corrections.
  ['a correction entry without its block', del('entries[2].correction'), 'entries[2].correction'],
  ['a correction without its claim', del('entries[2].correction.claim'), 'entries[2].correction.claim'],
  // Sources.
  ['a source a string', set(SRC, 'https://example.org/'), SRC],
  ['a source id with capitals', set(`${SRC}.id`, 'Wire-Story'), `${SRC}.id`],
  ['a source key that is not an id', replace('"wire-story":{', '"Wire Story":{'), 'sources.Wire Story'],
  ['a source key other than its id', set(`${SRC}.id`, 'other-story'), `${SRC}.id`],
  ['publisher missing', del(`${SRC}.publisher`), `${SRC}.publisher`],
  ['publisher a number', set(`${SRC}.publisher`, 1), `${SRC}.publisher`],
  ['title empty', set(`${SRC}.title`, ''), `${SRC}.title`],
  ['titleApproximate a string', set(`${SRC}.titleApproximate`, 'yes'), `${SRC}.titleApproximate`],
  ['source date 2025-02-30', set(`${SRC}.date`, '2025-02-30'), `${SRC}.date`],
  ['source date "yesterday"', set(`${SRC}.date`, 'yesterday'), `${SRC}.date`],
  ['dateApproximate a number', set(`${SRC}.dateApproximate`, 1), `${SRC}.dateApproximate`],
  ['a javascript: URL', set(`${SRC}.url`, 'javascript:alert(1)'), `${SRC}.url`],
  ['an http: URL', set(`${SRC}.url`, 'http://example.org/story'), `${SRC}.url`],
  ['a data: URL', set(`${SRC}.url`, 'data:text/html,<p>hi</p>'), `${SRC}.url`],
  ['an ftp: URL', set(`${SRC}.url`, 'ftp://example.org/story'), `${SRC}.url`],
  ['a URL that is not one', set(`${SRC}.url`, 'not a url'), `${SRC}.url`],
  ['a URL without a colon', set(`${SRC}.url`, 'https//example.org'), `${SRC}.url`],
  ['a relative URL', set(`${SRC}.url`, '/story'), `${SRC}.url`],
  ['url missing', del(`${SRC}.url`), `${SRC}.url`],
  ['url a number', set(`${SRC}.url`, 443), `${SRC}.url`],
  ['note empty', set(`${SRC}.note`, ''), `${SRC}.note`],
  ['outlet a number', set(`${SRC}.outlet`, 1), `${SRC}.outlet`],
  ['an unknown source field', set(`${SRC}.author`, 'A. Writer'), `${SRC}.author`],
  // HTML.
  ['bold markup in a name', set(`${E0}.name`, '<b>Ahmad</b> Example'), `${E0}.name`],
  ['a script tag in a summary', set(`${E0}.summary`, 'Hi <script>alert(1)</script>'), `${E0}.summary`],
  ['an img tag in a caveat', set(`${E0}.caveats[0]`, '<img src=x onerror=alert(1)>'), `${E0}.caveats[0]`],
  ['an HTML comment in a quote', set(`${E0}.sources[0].quote`, 'He said <!-- hidden --> so.'), `${E0}.sources[0].quote`],
  ['a closing tag in a publisher', set(`${SRC}.publisher`, 'Example</a>'), `${SRC}.publisher`],
  ['a processing instruction in a title', set(`${SRC}.title`, '<?xml version="1.0"?>'), `${SRC}.title`],
  ['markup in an alias', set(`${E0}.aliases[0]`, '<i>Example</i>'), `${E0}.aliases[0]`],
  ['markup in a perspective', set(`${E0}.perspectives[0].view`, '<a href="https://x.org">x</a>'), `${E0}.perspectives[0].view`],
  ['markup in a figure display', set(`${V0}.display`, '<span>100</span>'), `${V0}.display`],
  ['markup in a correction claim', set('entries[2].correction.claim', '<u>11</u> October'), 'entries[2].correction.claim'],
  ['markup in the version', set('version', '<svg onload=alert(1)>'), 'version'],
  ['markup in a source note', set(`${SRC}.note`, '<iframe src="https://x.org">'), `${SRC}.note`],
  ['markup in details', set(`${E0}.details`, '<style>body{}</style>'), `${E0}.details`],
  // Bidi controls.
  ['a right-to-left override in a name', set(`${E0}.name`, 'Ahmad \u202Eelpmaxe'), `${E0}.name`],
  ['a left-to-right embedding in a summary', set(`${E0}.summary`, 'Text \u202Aembedded\u202C here.'), `${E0}.summary`],
  ['a right-to-left isolate in a keyword', set(`${E0}.keywords[0]`, '\u2067negotiator'), `${E0}.keywords[0]`],
  ['a pop directional isolate in a source title', set(`${SRC}.title`, 'Story\u2069'), `${SRC}.title`],
  ['a pop directional formatting in a caveat', set(`${E0}.caveats[0]`, 'Careful\u202C'), `${E0}.caveats[0]`],
  // Cross-references.
  ['a duplicate entry id', set('entries[1].id', 'person-example'), 'entries[1].id'],
  ['an unknown source at entry level', set(`${E0}.sources[0].source`, 'nowhere'), `${E0}.sources[0].source`],
  ['an unknown source at figure value level', set(`${V0}.sources[0].source`, 'nowhere'), `${V0}.sources[0].source`],
  ['an unknown source at perspective level', set(`${E0}.perspectives[0].source`, 'nowhere'), `${E0}.perspectives[0].source`],
];

describe('malformed dataset files', () => {
  it('has at least 110 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(110);
    expect(new Set(cases.map(([name]) => name)).size).toBe(cases.length);
    const texts = cases.map(([, mutate]) => {
      const file = validDataset() as unknown as File;
      return mutate(file) ?? JSON.stringify(file);
    });
    expect(new Set(texts).size).toBe(cases.length);
  });

  it.each(cases)('rejects %s at its path', (_name, mutate, expectedPath) => {
    const file = validDataset() as unknown as File;
    const result = validateDatasetText(mutate(file) ?? JSON.stringify(file));
    if (result.ok) throw new Error('accepted a malformed file');
    expect(result.errors.length).toBeGreaterThanOrEqual(1);
    expect(
      result.errors.some((e) => e.startsWith(`${expectedPath}: `)),
      result.errors.join('\n'),
    ).toBe(true);
  });
});
