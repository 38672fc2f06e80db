// Malformed dataset files made systematically by walking every value of the valid test dataset: each value
// of the wrong type, each required field removed, an unknown field in each object, and unusable characters
// or a giant word in each string. The expected path is always the value's own.
import { MAX_TEXT_CHARS } from '@/src/dataset/import/compiled-schema';
import { validDataset } from '../../unit/dataset/import/valid-dataset';
import { deleteAt, type Key, type MutationCase, pathOf, setAt } from './dataset-mutations';

interface Walked {
  keys: Key[];
  value: unknown;
}

/** Fields the format lets a file leave out (schema.ts: `.optional()` or `.default()`). */
const OPTIONAL = new Set([
  'aliases',
  'ambiguity',
  'keywords',
  'generic',
  'details',
  'caveats',
  'perspectives',
  'related',
  'outlet',
  'titleApproximate',
  'date',
  'dateApproximate',
  'note',
  'quote',
  'display',
  'approximate',
  'asOfApproximate',
  'definition',
  'nouns',
  'forms',
]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A perspective may leave out its source; a citation may not. */
const optional = (keys: readonly Key[]) => {
  const key = keys.at(-1);
  return typeof key === 'string' && (OPTIONAL.has(key) || (key === 'source' && keys.at(-3) === 'perspectives'));
};
/** `sources` is keyed by source id: its keys are data, not fields. */
const isSourceRecord = (keys: readonly Key[]) => keys.length === 1 && keys[0] === 'sources';

function nodesOf(value: unknown, keys: Key[] = []): Walked[] {
  const children: [Key, unknown][] = Array.isArray(value)
    ? value.map((item, i): [Key, unknown] => [i, item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [{ keys: [...keys, key], value: child }, ...nodesOf(child, [...keys, key])]);
}

const jsonType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const VALUES = {
  text: 'x',
  number: 42,
  null: null,
  object: {},
  array: [],
  boolean: true,
} as const;
type Wrong = keyof typeof VALUES;
const LABEL: Record<Wrong, string> = {
  text: 'text',
  number: 'a number',
  null: 'null',
  object: 'an object',
  array: 'an array',
  boolean: 'a boolean',
};

/** What each kind of value is replaced by: every other JSON type for the few numbers and flags, the likelier ones elsewhere. */
const WRONG_FOR: Record<string, Wrong[]> = {
  string: ['number', 'null', 'object', 'array'],
  number: ['text', 'null', 'object', 'array', 'boolean'],
  boolean: ['text', 'number', 'null', 'object', 'array'],
  array: ['text', 'object', 'null'],
  object: ['text', 'array', 'null'],
};

function wrongTypeCases(nodes: Walked[]): MutationCase[] {
  return nodes.flatMap(({ keys, value }) => {
    const path = pathOf(keys);
    // A figure's value is a number or a {min, max} range: an empty object fails inside it, at min and max.
    const wrong = (WRONG_FOR[jsonType(value)] ?? []).filter(
      (type) => !(keys.at(-1) === 'value' && (type === 'object' || type === 'number')),
    );
    return wrong.map((type): MutationCase => [`${path} as ${LABEL[type]}`, setAt(keys, VALUES[type]), path]);
  });
}

function removalCases(nodes: Walked[]): MutationCase[] {
  return nodes
    .filter(({ keys }) => typeof keys.at(-1) === 'string' && !optional(keys) && !isSourceRecord(keys.slice(0, -1)))
    .map(({ keys }): MutationCase => [`${pathOf(keys)} removed`, deleteAt(keys), pathOf(keys)]);
}

function unknownFieldCases(nodes: Walked[]): MutationCase[] {
  const objects = [{ keys: [], value: {} }, ...nodes].filter(({ keys, value }) => isRecord(value) && !isSourceRecord(keys));
  return objects.map(({ keys }): MutationCase => {
    const field = [...keys, 'unexpectedField'];
    return [`an unknown field in ${pathOf(keys)}`, setAt(field, 'x'), pathOf(field)];
  });
}

/** Characters no reader sees, or half a character: each is put after a string's first character. */
export const ODD_CHARACTERS: [label: string, char: string, messagePart: string][] = [
  ['a lone high surrogate', '\uD83D', 'U+D83D'],
  ['a lone low surrogate', '\uDE00', 'U+DE00'],
  ['a zero-width space', '\u200B', 'U+200B'],
  ['a word joiner', '\u2060', 'U+2060'],
  ['a byte order mark', '\uFEFF', 'U+FEFF'],
  ['a NUL character', '\u0000', 'U+0000'],
  ['an escape character', '\u001B', 'U+001B'],
  ['a right-to-left override', '\u202E', 'bidi'],
  ['a first-strong isolate', '\u2068', 'bidi'],
];

/** Ids, kinds, statuses, dates, URLs and references: a format rule already refuses any change but the spoof. */
const CODED = new Set(['id', 'kind', 'status', 'asOf', 'date', 'url', 'source']);
export const isCoded = (keys: readonly Key[]) => CODED.has(String(keys.at(-1))) || keys.at(-2) === 'related';

function oddCharacterCases(strings: Walked[]): MutationCase[] {
  return strings.flatMap(({ keys, value }) =>
    ODD_CHARACTERS.filter(([label]) => !isCoded(keys) || label === 'a zero-width space').map(([label, char, messagePart]): MutationCase => {
      const s = String(value);
      return [`${pathOf(keys)} with ${label}`, setAt(keys, `${s.slice(0, 1)}${char}${s.slice(1)}`), pathOf(keys), messagePart];
    }),
  );
}

/** One word ten times the limit: a summary's word count cannot catch it. */
function giantStringCases(strings: Walked[]): MutationCase[] {
  const giant = 'x'.repeat(MAX_TEXT_CHARS * 10);
  return strings
    .filter(({ keys }) => !isCoded(keys))
    .map(
      ({ keys, value }): MutationCase => [
        `${pathOf(keys)} with a ${giant.length}-character word`,
        setAt(keys, `${String(value)} ${giant}`),
        pathOf(keys),
        `at most ${MAX_TEXT_CHARS} characters`,
      ],
    );
}

export function walkedCases(): MutationCase[] {
  const nodes = nodesOf(validDataset());
  const strings = nodes.filter(({ value }) => typeof value === 'string');
  return [
    ...wrongTypeCases(nodes),
    ...removalCases(nodes),
    ...unknownFieldCases(nodes),
    ...oddCharacterCases(strings),
    ...giantStringCases(strings),
  ];
}
