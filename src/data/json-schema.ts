/**
 * The JSON Schema of a dataset, generated from the valibot schema. One function, used by `data/build.js` (which
 * writes `data/schema.json`, shipped at that path and exported as `career-widgets/schema.json`) and by the test
 * that checks the file is up to date.
 */
import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from './schema.js';

/** Where the published schema lives; editors use it to identify the schema. */
export const SCHEMA_ID = 'https://unpkg.com/career-widgets/data/schema.json';

/**
 * The dataset's JSON Schema (draft-07). Checks the JSON Schema cannot express (years.max ≥ years.min, unique ids,
 * references between records, cycles) are left out; the runtime validator does them.
 */
export function datasetJsonSchema(): JsonSchema {
  const schema = toJsonSchema(DatasetSchema, { target: 'draft-07', typeMode: 'input', errorMode: 'ignore' });
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'Career framework dataset (career-widgets)',
    description:
      'A career framework: stages, titles, skills, certifications and sections that refer to each other by kebab-case id.',
    ...schema,
  };
}
