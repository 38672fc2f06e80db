// npm run data:schema: regenerate docs/dataset.schema.json from the import schema (commit the result).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetJsonSchemaText, JSON_SCHEMA_FILE } from '../src/dataset/import/json-schema';

writeFileSync(resolve(JSON_SCHEMA_FILE), datasetJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
