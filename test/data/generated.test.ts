import { expect } from '@open-wc/testing';
import { certificationPickerData } from '../../src/data/default/certification-picker.js';
import { ladderData } from '../../src/data/default/ladder.js';
import { skillsMatrixData } from '../../src/data/default/skills-matrix.js';
import { titleExplorerData } from '../../src/data/default/title-explorer.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { defaultView } from '../../src/data/default-view.js';
import { datasetJsonSchema, describeSchema, SCHEMA_ID } from '../../src/data/json-schema.js';
import type { Dataset } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import {
  ALL,
  DATASET_FIELDS,
  WIDGET_SLICES,
  type WidgetName,
  widgetParts,
  widgetSlice,
  widgetView,
} from '../../src/data/widget-view.js';

/** The parts of a JSON Schema node the tests below read. */
interface Node {
  type?: string;
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
}

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

  it('describes every field (editors show the description on hover)', () => {
    const missing: string[] = [];
    const walk = (node: Node, path: string): void => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) missing.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
      }
      if (node.items?.type === 'object' && !node.items.description) missing.push(`${path}items`);
      if (node.items) walk(node.items, `${path}items.`);
    };
    const schema = datasetJsonSchema() as Node;
    walk(schema, '');
    expect(missing).to.deep.equal([]);
    const years = schema.properties!.stages!.items!.properties!.years!.properties!;
    expect(years.max!.description).to.include('null');
  });

  it('cannot go stale: a field without a description, or a description of no field, fails the build', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string' },
        list: { type: 'array', items: { type: 'object', properties: { b: { type: 'number' } } } },
      },
    } as const;
    const all = { a: 'A', list: 'L', 'list.items': 'I', 'list.items.b': 'B' };
    const out = describeSchema(structuredClone(schema), all) as Node;
    expect(out.properties!.list!.items!.properties!.b!.description).to.equal('B');
    expect(out.properties!.list!.items!.description).to.equal('I');
    const { 'list.items.b': _, ...withoutB } = all;
    expect(() => describeSchema(structuredClone(schema), withoutB)).to.throw(
      'list.items.b has no description',
    );
    expect(() => describeSchema(structuredClone(schema), { ...all, 'list.items.c': 'C' })).to.throw(
      'list.items.c is described but is not in the schema',
    );
  });
});

/** Each widget's default data as its module exports it. */
const slices: Record<WidgetName, Dataset> = {
  ladder: ladderData,
  'certification-picker': certificationPickerData,
  'skills-matrix': skillsMatrixData,
  'title-explorer': titleExplorerData,
};

const COLLECTIONS = ['stages', 'titles', 'categories', 'skills', 'methodologies', 'certifications'] as const;

/** `kept` has every record of `whole`, in order, with its id and source, and every value it keeps is `whole`'s own. */
function expectRecordsOf(kept: readonly object[], whole: readonly object[], key: string): void {
  const records = kept as readonly Record<string, unknown>[];
  const originals = whole as readonly Record<string, unknown>[];
  const idAndSource = ({ id, source }: Record<string, unknown>) => ({ id, source });
  expect(records.map(idAndSource), key).to.deep.equal(originals.map(idAndSource));
  records.forEach((record, i) => {
    for (const [field, value] of Object.entries(record)) {
      expect(value, `${key}[${i}].${field}`).to.deep.equal(originals[i]![field]);
    }
  });
}

/** The parts of the default data as committed (src/data/default/parts/), by file name. */
const PART_FILES = [
  'every-widget',
  'ladder--certification-picker--title-explorer',
  'ladder--skills-matrix--title-explorer',
  'ladder--skills-matrix',
  'ladder--title-explorer',
  'ladder',
  'certification-picker',
  'skills-matrix',
  'title-explorer',
];

async function committedParts(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of PART_FILES) {
    const response = await fetch(`/src/data/default/parts/${name}.json`);
    out[name] = response.ok ? await response.json() : `missing: run npm run data`;
  }
  return out;
}

describe("the widgets' default data (src/data/default/)", () => {
  const view = widgetView(defaultDataset);

  it('its parts are up to date with data/it-project-manager.json (if not: run npm run data)', async () => {
    const generated = Object.fromEntries(
      widgetParts(view).map(({ name, part }) => [name, JSON.parse(JSON.stringify(part))]),
    );
    expect(Object.keys(generated), 'the parts have changed: update PART_FILES and the modules').to.deep.equal(
      PART_FILES,
    );
    expect(await committedParts(), 'src/data/default/parts/ is stale: run npm run data').to.deep.equal(
      generated,
    );
  });

  it('puts every part back together into the view the CDN bundle embeds (src/data/default-view.ts)', () => {
    expect(defaultView).to.deep.equal(JSON.parse(JSON.stringify(view)));
  });

  it('the view is a valid dataset', () => {
    const result = validateDataset(defaultView);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.errors.slice(0, 3))).to.equal(true);
  });

  it("keeps every record with its id and source, and every value is the guide dataset's own", () => {
    for (const key of COLLECTIONS) {
      expectRecordsOf(defaultView[key], defaultDataset[key], key);
    }
    for (const key of DATASET_FIELDS) expect(defaultView[key], key).to.deep.equal(defaultDataset[key]);
    expect(defaultView.sections).to.deep.equal(
      defaultDataset.sections.filter((s) => defaultView.sections.some((kept) => kept.id === s.id)),
    );
  });

  it('leaves out only what no widget reads', () => {
    // The guide's other sections (interview questions …), the categories' "why it matters", the skills' descriptions.
    expect(defaultDataset.sections.length).to.be.greaterThan(defaultView.sections.length);
    expect(defaultDataset.categories.some((c) => 'why' in c)).to.equal(true);
    expect(defaultView.categories.some((c) => 'why' in c)).to.equal(false);
    expect(defaultDataset.skills.some((s) => 'description' in s)).to.equal(true);
    expect(defaultView.skills.some((s) => 'description' in s)).to.equal(false);
    // Every kept field is read by some widget.
    for (const key of COLLECTIONS) {
      const fields = new Set(defaultView[key].flatMap((r) => Object.keys(r)));
      const read = new Set(
        Object.values(slices).flatMap((slice) => slice[key].flatMap((r) => Object.keys(r))),
      );
      expect(
        [...fields].filter((f) => !read.has(f)),
        key,
      ).to.deep.equal([]);
    }
  });
});

describe("each widget's default data (src/data/default/<widget>.ts)", () => {
  it('has a module for every widget of WIDGET_SLICES', () => {
    expect(Object.keys(slices).sort()).to.deep.equal(Object.keys(WIDGET_SLICES).sort());
  });

  for (const widget of Object.keys(WIDGET_SLICES) as WidgetName[]) {
    describe(widget, () => {
      it('puts together exactly the parts it reads: its slice of the view', () => {
        const slice = JSON.parse(JSON.stringify(widgetSlice(defaultView, widget)));
        expect(slices[widget], `src/data/default/${widget}.ts imports the wrong parts`).to.deep.equal(slice);
      });

      it("keeps the dataset's own fields and every record with its id and source", () => {
        const slice = slices[widget];
        for (const key of DATASET_FIELDS) expect(slice[key], key).to.deep.equal(defaultView[key]);
        const spec = WIDGET_SLICES[widget] as Partial<Record<(typeof COLLECTIONS)[number], unknown>>;
        for (const key of COLLECTIONS) {
          if (!spec[key]) {
            expect(slice[key], key).to.deep.equal([]);
            continue;
          }
          expectRecordsOf(slice[key], defaultView[key], key);
          if (spec[key] === ALL) expect(slice[key], key).to.deep.equal(defaultView[key]);
        }
        expect(slice.sections).to.deep.equal(
          defaultView.sections.filter((s) =>
            (WIDGET_SLICES[widget] as { sections?: string[] }).sections?.includes(s.id),
          ),
        );
      });

      it('is smaller than the view: it leaves out a collection or a field the widget never reads', () => {
        const json = (value: unknown) => JSON.stringify(value).length;
        expect(json(slices[widget])).to.be.lessThan(json(defaultView));
      });
    });
  }

  it('leaves out what each widget never shows', () => {
    // The ladder names titles, skills and certifications but shows no description of them.
    expect(ladderData.titles.some((t) => 'description' in t)).to.equal(false);
    expect(ladderData.skills.some((s) => 'category' in s)).to.equal(false);
    expect(ladderData.categories).to.deep.equal([]);
    // The picker shows no title, skill or category; of the stages only their names (a filter).
    expect(certificationPickerData.titles).to.deep.equal([]);
    expect(certificationPickerData.skills).to.deep.equal([]);
    expect(certificationPickerData.stages.some((s) => 'responsibilities' in s)).to.equal(false);
    // The matrix shows no title or certification, and no skill descriptions.
    expect(skillsMatrixData.titles).to.deep.equal([]);
    expect(skillsMatrixData.certifications).to.deep.equal([]);
    expect(defaultDataset.skills.some((s) => 'description' in s)).to.equal(true);
    expect(skillsMatrixData.skills.some((s) => 'description' in s)).to.equal(false);
    // The explorer shows no skill; of the certifications only their names.
    expect(titleExplorerData.skills).to.deep.equal([]);
    expect(titleExplorerData.certifications.some((c) => 'covers' in c)).to.equal(false);
  });
});
