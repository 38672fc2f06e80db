// The import format as JSON Schema, for editors and other tools. `npm run data:schema` writes it to
// docs/dataset.schema.json; a unit test keeps that file equal to what this returns.
import { z } from 'zod';
import { compiledDatasetSchema } from './compiled-schema';

export const JSON_SCHEMA_FILE = 'docs/dataset.schema.json';

// JSON Schema cannot say these; zod drops its refinements from the output, so they are named here instead.
const NOT_EXPRESSED = [
  'dates are real calendar dates',
  'a summary is at most 60 words and a quote at most 25',
  'a figure entry has a `figure` block and a correction entry a `correction` block, and no other entry has one',
  'text is not blank after trimming',
  'no string holds HTML markup (`<` followed by a letter, `/`, `!` or `?`) or bidi embedding, override or isolate controls',
  'no string holds a lone surrogate, a control character other than tab and line breaks, a zero-width space, word joiner or byte-order mark, or more than 10000 characters',
  'entry ids are unique, every source record key equals its source id, every cited source and related id exists',
];

export function datasetJsonSchema(): Record<string, unknown> {
  // `input`: the file may leave out fields that have defaults. `any`: a type without a JSON Schema form (none
  // today) becomes `{}` rather than failing the script.
  const generated = z.toJSONSchema(compiledDatasetSchema, {
    io: 'input',
    unrepresentable: 'any',
    // zod writes a URL as `format: uri`; the https-only rule is worth stating to editors too.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'uri') jsonSchema.pattern = '^https://';
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Gaza Talks Context dataset (compiled form)',
    description: `A dataset file the options page imports; see docs/dataset.md. Also checked on import, beyond this schema: ${NOT_EXPRESSED.join('; ')}.`,
    ...rest,
  };
}

const LINE_WIDTH = 140;

/** The file's exact text, laid out as the repository's formatter (biome) lays out JSON, so `biome ci` accepts it. */
export function datasetJsonSchemaText(): string {
  return `${layout(datasetJsonSchema(), '', 0)}\n`;
}

/** Objects one key a line; an array of plain values on one line when it fits, else one value a line. */
function layout(value: unknown, indent: string, column: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const plain = value.every((v) => v === null || typeof v !== 'object');
    if (plain && column + flat.length + 1 <= LINE_WIDTH) return flat;
    return `[\n${value.map((v) => inner + layout(v, inner, inner.length)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, v]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + layout(v, inner, head.length);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
