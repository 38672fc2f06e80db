import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, datasetJsonSchemaText, JSON_SCHEMA_FILE } from '@/src/dataset/import/json-schema';

describe('docs/dataset.schema.json', () => {
  it('is what `npm run data:schema` generates now (run it after changing the schema)', () => {
    expect(readFileSync(resolve(JSON_SCHEMA_FILE), 'utf8')).toBe(datasetJsonSchemaText());
  });

  it('leaves defaulted fields optional, keeps objects closed and states the https rule', () => {
    const text = datasetJsonSchemaText();
    expect(JSON.parse(text)).toEqual(datasetJsonSchema());
    const schema = datasetJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      description: string;
      properties: { entries: { items: { required: string[] } } };
    };
    expect(schema.required).toEqual(['version', 'entries', 'sources']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.description).toContain('calendar dates');
    expect(schema.properties.entries.items.required).toEqual(['id', 'kind', 'name', 'summary', 'sources', 'asOf', 'status']);
    expect(text).toContain('"pattern": "^https://"');
  });
});
