import { expect } from '@open-wc/testing';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { defaultView } from '../../src/data/default-view.js';
import { datasetJsonSchema, SCHEMA_ID } from '../../src/data/json-schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { WIDGET_SECTIONS, widgetView } from '../../src/data/widget-view.js';

describe('data/schema.json', () => {
  it('is up to date with the valibot schema (if not: run npm run data)', async () => {
    const response = await fetch('/data/schema.json');
    expect(response.ok, 'data/schema.json is missing: run npm run data').to.equal(true);
    const committed = await response.json();
    // A JSON round trip drops what a file cannot hold (undefined values), as writing the file does.
    const generated = JSON.parse(JSON.stringify(datasetJsonSchema()));
    expect(committed, 'data/schema.json is stale: run npm run data').to.deep.equal(generated);
  });

  it('is a draft-07 schema with an $id and a title', () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).to.equal(SCHEMA_ID);
    expect(schema.title).to.be.a('string');
    expect(schema.required).to.include.members(['schemaVersion', 'id', 'name', 'stages']);
  });
});

describe("the widgets' default data (src/data/default-view.json)", () => {
  it('is up to date with data/it-project-manager.json (if not: run npm run data)', () => {
    const generated = JSON.parse(JSON.stringify(widgetView(defaultDataset)));
    expect(defaultView, 'src/data/default-view.json is stale: run npm run data').to.deep.equal(generated);
  });

  it('is a valid dataset', () => {
    const result = validateDataset(defaultView);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.errors.slice(0, 3))).to.equal(true);
  });

  it('keeps every record the widgets show whole, with its source', () => {
    for (const key of ['stages', 'titles', 'skills', 'methodologies', 'certifications'] as const) {
      expect(defaultView[key], key).to.deep.equal(defaultDataset[key]);
    }
    expect(defaultView.categories.map(({ id, name, source }) => ({ id, name, source }))).to.deep.equal(
      defaultDataset.categories.map(({ id, name, source }) => ({ id, name, source })),
    );
    expect(defaultView.sections.map((s) => s.id)).to.deep.equal([...WIDGET_SECTIONS]);
    expect(defaultView.sections).to.deep.equal(
      defaultDataset.sections.filter((s) => WIDGET_SECTIONS.includes(s.id)),
    );
  });

  it('leaves out only what no widget displays', () => {
    expect(defaultDataset.sections.length).to.be.greaterThan(defaultView.sections.length);
    expect(defaultView.categories.some((c) => 'why' in c)).to.equal(false);
    expect(defaultDataset.categories.some((c) => 'why' in c)).to.equal(true);
    const { categories: _c, sections: _s, ...rest } = defaultView;
    const {
      categories: _fc,
      sections: _fs,
      $schema: _h,
      ...fullRest
    } = defaultDataset as typeof defaultDataset & {
      $schema?: string;
    };
    expect(rest).to.deep.equal(fullRest);
  });
});
