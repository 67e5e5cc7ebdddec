import { expect } from '@open-wc/testing';
import { datasetJsonSchema, SCHEMA_ID } from '../../src/data/json-schema.js';

describe('data/schema.json', () => {
  it('is up to date with the valibot schema (if not: run npm run schema)', async () => {
    const response = await fetch('/data/schema.json');
    expect(response.ok, 'data/schema.json is missing: run npm run schema').to.equal(true);
    const committed = await response.json();
    // A JSON round trip drops what a file cannot hold (undefined values), as writing the file does.
    const generated = JSON.parse(JSON.stringify(datasetJsonSchema()));
    expect(committed, 'data/schema.json is stale: run npm run schema').to.deep.equal(generated);
  });

  it('is a draft-07 schema with an $id and a title', () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).to.equal(SCHEMA_ID);
    expect(schema.title).to.be.a('string');
    expect(schema.required).to.include.members(['schemaVersion', 'id', 'name', 'stages']);
  });
});
