// Malformed settings, as storage.local might hold them or a settings file might: not an object, each field of
// the wrong type or out of range, bad site patterns, huge lists and values, unknown and prototype keys. Each
// is made from the defaults by a named change, so what stays valid is known.
import { KINDS } from '@/src/dataset/kinds';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/settings-schema';

export interface MalformedSettings {
  name: string;
  /** As JSON.parse gives it: a `__proto__` key is the object's own, as it is in storage and in a file. */
  blob: unknown;
}

type Blob = Record<string, unknown>;
const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const base = (): Blob => structuredClone(DEFAULT_SETTINGS) as Blob;
const withField = (key: string, value: unknown): Blob => ({ ...base(), [key]: value });
/** Through JSON, for keys an object literal would take as the prototype. */
const parsed = (json: string): Blob => ({ ...base(), ...(JSON.parse(json) as Blob) });

const NOT_OBJECTS: [string, unknown][] = [
  ['null', null],
  ['an empty array', []],
  ['the settings inside an array', [DEFAULT_SETTINGS]],
  ['a string', 'garbage'],
  ['an empty string', ''],
  ['JSON text of the settings', JSON.stringify(DEFAULT_SETTINGS)],
  ['a number', 42],
  ['zero', 0],
  ['true', true],
  ['false', false],
];

/** Two values of another type for each field, by the type of its default. */
function wrongTypes(key: keyof Settings): [string, unknown][] {
  const value = DEFAULT_SETTINGS[key];
  if (typeof value === 'boolean')
    return [
      ['"true"', 'true'],
      ['1', 1],
    ];
  if (typeof value === 'number')
    return [
      [`"${value}"`, String(value)],
      ['true', true],
    ];
  if (Array.isArray(value))
    return [
      ['a string', 'news.example.org'],
      ['an object', { 0: 'person' }],
    ];
  return [
    ['a number', 1],
    ['a list', [value]],
  ];
}
const typeCases = KEYS.flatMap((key): [string, unknown][] => [
  ...wrongTypes(key).map(([label, value]): [string, unknown] => [`${key} ${label}`, withField(key, value)]),
  [`${key} null`, withField(key, null)],
]);

const OUT_OF_RANGE: [string, keyof Settings, unknown][] = [
  ['hover delay negative', 'hoverDelayMs', -1],
  ['hover delay over 3 s', 'hoverDelayMs', 3001],
  ['hover delay a fraction', 'hoverDelayMs', 150.5],
  ['hover delay a billion', 'hoverDelayMs', 1e9],
  ['stale after 0 days', 'staleAfterDays', 0],
  ['stale after 3651 days', 'staleAfterDays', 3651],
  ['stale after 30.5 days', 'staleAfterDays', 30.5],
  ['stale after -30 days', 'staleAfterDays', -30],
];

const BAD_CHOICES: [string, keyof Settings, unknown][] = [
  ['trigger unknown', 'trigger', 'sometimes'],
  ['trigger capitalised', 'trigger', 'Hover'],
  ['modifier key Meta', 'modifierKey', 'Meta'],
  ['modifier key in lower case', 'modifierKey', 'alt'],
  ['density "all"', 'density', 'all'],
  ['highlight style bold', 'highlightStyle', 'bold'],
  ['site mode none', 'siteMode', 'none'],
  ['theme capitalised', 'theme', 'Dark'],
  ['text size huge', 'textSize', 'huge'],
  ['language French', 'language', 'fr'],
  ['language empty', 'language', ''],
  ['a kind unknown', 'kinds', ['person', 'dragon']],
  ['a kind twice', 'kinds', ['person', 'person', 'figure']],
  ['a kind capitalised', 'kinds', ['Person', 'figure']],
  ['a kind a number', 'kinds', [1, 'figure']],
];

/** Each beside a valid site, so the list keeps one item. */
const BAD_SITES: [string, unknown][] = [
  ['with a space', 'news example.org'],
  ['with a scheme', 'https://news.example.org'],
  ['empty', ''],
  ['blank', '   '],
  ['longer than a host name', `${'a'.repeat(250)}.org`],
  ['with a path', 'news.example.org/world'],
  ['with a port', 'news.example.org:8080'],
  ['a star without a dot', '*example.org'],
  ['a star inside', 'news.*.org'],
  ['two stars', '*.*.example.org'],
  ['in capitals', 'News.Example.org'],
  ['two dots together', 'news..example.org'],
  ['a leading hyphen', '-news.example.org'],
  ['a trailing line break', 'news.example.org\n'],
  ['a number', 7],
  ['null', null],
  ['an object', { host: 'news.example.org' }],
  ['a nested list', ['news.example.org']],
];
const siteCases = (['pausedSites', 'onlySites'] as const).flatMap((list) =>
  BAD_SITES.map(([label, site]): [string, unknown] => [`${list}: a site ${label}`, withField(list, ['ok.example.org', site])]),
);

const hosts = (n: number) => Array.from({ length: n }, (_, i) => `site-${i}.example.org`);
const HUGE: [string, unknown][] = [
  ['pausedSites with 1,001 sites', withField('pausedSites', hosts(1001))],
  ['pausedSites with 100,000 sites', withField('pausedSites', hosts(100_000))],
  [
    'onlySites with 20,000 bad sites',
    withField(
      'onlySites',
      hosts(20_000).map((h) => `https://${h}`),
    ),
  ],
  ['onlySites with one site 5,000 times', withField('onlySites', Array(5000).fill('news.example.org'))],
  [
    'kinds with 10,000 items',
    withField(
      'kinds',
      Array.from({ length: 10_000 }, (_, i) => KINDS[i % KINDS.length]),
    ),
  ],
  ['a theme of a million characters', withField('theme', 'x'.repeat(1_000_000))],
  ['a list of a million-character site', withField('pausedSites', ['ok.example.org', `${'x'.repeat(1_000_000)}.org`])],
];

const UNKNOWN: [string, unknown][] = [
  ['an unknown field', withField('colour', 'pink')],
  ['a future version field', withField('version', 99)],
  ['a negative version field', withField('version', -1)],
  ['a version field as text', withField('version', '4')],
  ['the v1 disabledSites beside pausedSites', withField('disabledSites', ['old.example.org'])],
  ['the storage metadata inside', withField('settings$', { v: 4 })],
  ['a __proto__ key', parsed('{"__proto__": {"polluted": true, "enabled": false}}')],
  ['a constructor key', parsed('{"constructor": {"prototype": {"polluted": true}}}')],
  ['a prototype key', parsed('{"prototype": {"polluted": true}}')],
  ['a toString key', withField('toString', 'x')],
  ['a hasOwnProperty key', withField('hasOwnProperty', 1)],
  ['a __proto__ list of kinds', parsed('{"kinds": {"__proto__": ["person"]}}')],
  ['a key with a line break', withField('colour\nshade', 'pink')],
  ['a key of 100,000 characters', withField('k'.repeat(100_000), 1)],
  ['an empty key', withField('', 1)],
  ['only unknown fields', { colour: 'pink', size: 3 }],
];

/** Everything wrong at once: no valid field to keep. */
const allWrong = Object.fromEntries(KEYS.map((key) => [key, wrongTypes(key)[0]?.[1]]));

export function malformedSettings(): MalformedSettings[] {
  return [
    ...NOT_OBJECTS,
    ...typeCases,
    ...OUT_OF_RANGE.map(([name, key, value]): [string, unknown] => [name, withField(key, value)]),
    ...BAD_CHOICES.map(([name, key, value]): [string, unknown] => [name, withField(key, value)]),
    ...siteCases,
    ...HUGE,
    ...UNKNOWN,
    ['every field of the wrong type', allWrong],
    ['every field wrong and an unknown one', { ...allWrong, colour: 'pink' }],
  ].map(([name, blob]) => ({ name: String(name), blob }));
}

/** Stored version stamps (`settings$.v`) that are not the current one, for a value otherwise current. */
export const WRONG_VERSIONS: [name: string, version: unknown][] = [
  ['a future version', 99],
  ['the next version', 5],
  ['a negative version', -1],
  ['version 0', 0],
  ['a fractional version', 1.5],
  ['the version as text', '4'],
  ['a version in words', 'four'],
  ['a version object', { major: 4 }],
  ['a null version', null],
];
