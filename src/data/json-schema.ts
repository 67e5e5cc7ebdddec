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
 * references between records, cycles, and the scan for hostile input: forbidden keys at any level, deep nesting) are
 * left out; the runtime validator does them. The root's description names them, for people writing a dataset in an
 * editor (a `propertyNames` rule could name the keys, but only on the objects the schema describes, not in the extra
 * fields it lets through).
 */
export function datasetJsonSchema(): JsonSchema {
  const schema = toJsonSchema(DatasetSchema, {
    target: 'draft-07',
    typeMode: 'input',
    errorMode: 'ignore',
    // The schema's length check (`maxChars`, counting code points as `maxLength` does) is a custom check.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      'maxChars' in valibotAction
        ? { ...jsonSchema, maxLength: valibotAction.maxChars as number }
        : undefined,
  });
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'Career framework dataset (career-widgets)',
    description:
      'A career framework: stages, titles, skills, certifications and sections that refer to each other by ' +
      'kebab-case id. The validator of career-widgets also refuses what this schema does not check: an id used ' +
      'twice in a collection, a reference to an id that does not exist, a cycle of references, years.max smaller ' +
      'than years.min, a key named "constructor", "prototype" or "__proto__" at any level, and nesting deeper ' +
      'than 32 levels.',
    ...schema,
  };
}
