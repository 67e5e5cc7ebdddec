import { expect } from '@open-wc/testing';
import { datasetJsonSchema } from '../../src/data/json-schema.js';
import { type DataError, parseDataset, validateDataset } from '../../src/data/validate.js';

// The corpus writes wrong types into the fixture on purpose; a typed copy would refuse every mutation.
// biome-ignore lint/suspicious/noExplicitAny: a deliberately untyped copy of the fixture
type Loose = any;

interface Case {
  name: string;
  /** Changes the copy of the fixture in place … */
  mutate?: (d: Loose) => void;
  /** … or builds the input to validate instead of it. */
  replace?: (d: Loose) => unknown;
  /** The exact JSON path one of the errors must have. */
  path: string;
  /** A fragment of that error's message. */
  message: string;
}

let fixture: Loose;
const copy = (): Loose => structuredClone(fixture);
const ONE_MB = 'x'.repeat(1024 * 1024);

/** The input a case validates: a mutated copy of the fixture or a replacement. */
const inputOf = (c: Case): unknown => {
  const d = copy();
  if (c.replace) return c.replace(d);
  c.mutate?.(d);
  return d;
};

/** `{ x: { x: … } }` or `[[…]]`, `levels` deep. */
const nested = (levels: number, array = false): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = array ? [value] : { x: value };
  return value;
};

class Widget {
  size = 3;
}

// biome-ignore format: one line per case keeps the corpus readable as a table
const corpus: Case[] = [
  // Wrong types
  { name: 'string where a number belongs', mutate: (d) => { d.stages[1].years.min = '2'; }, path: 'stages[1].years.min', message: 'expected a number' },
  { name: 'number where a string belongs', mutate: (d) => { d.name = 42; }, path: 'name', message: 'expected a string' },
  { name: 'boolean where a list belongs', mutate: (d) => { d.titles[0].next = true; }, path: 'titles[0].next', message: 'expected a list' },
  { name: 'string stage order', mutate: (d) => { d.stages[0].order = '1'; }, path: 'stages[0].order', message: 'expected a number' },
  { name: 'fractional stage order', mutate: (d) => { d.stages[0].order = 1.5; }, path: 'stages[0].order', message: 'expected a whole number' },
  { name: 'NaN years', mutate: (d) => { d.stages[2].years.min = Number.NaN; }, path: 'stages[2].years.min', message: 'expected a number' },
  { name: 'string minYears', mutate: (d) => { d.certifications[1].prerequisites.minYears = '3'; }, path: 'certifications[1].prerequisites.minYears', message: 'expected a number' },
  { name: 'number in a list of strings', mutate: (d) => { d.titles[0].aliases[0] = 7; }, path: 'titles[0].aliases[0]', message: 'expected a string' },
  { name: 'null where a string belongs', mutate: (d) => { d.skills[1].description = null; }, path: 'skills[1].description', message: 'expected a string' },
  { name: 'bad language tag', mutate: (d) => { d.locale = 'english!'; }, path: 'locale', message: 'expected a language tag' },
  { name: 'citation that is not a URL', mutate: (d) => { d.certifications[0].citations = ['not a url']; }, path: 'certifications[0].citations[0]', message: 'expected a URL' },

  // Missing required fields
  { name: 'missing schemaVersion', mutate: (d) => { delete d.schemaVersion; }, path: 'schemaVersion', message: 'is required' },
  { name: 'missing stages', mutate: (d) => { delete d.stages; }, path: 'stages', message: 'is required' },
  { name: 'missing stage name', mutate: (d) => { delete d.stages[0].name; }, path: 'stages[0].name', message: 'is required' },
  { name: 'missing stage source', mutate: (d) => { delete d.stages[2].source; }, path: 'stages[2].source', message: 'is required' },
  { name: 'missing title kind', mutate: (d) => { delete d.titles[2].kind; }, path: 'titles[2].kind', message: 'is required' },
  { name: 'missing skill category', mutate: (d) => { delete d.skills[0].category; }, path: 'skills[0].category', message: 'is required' },
  { name: 'missing certification methodology', mutate: (d) => { delete d.certifications[0].methodology; }, path: 'certifications[0].methodology', message: 'is required' },
  { name: 'missing item text', mutate: (d) => { delete d.stages[0].responsibilities[1].text; }, path: 'stages[0].responsibilities[1].text', message: 'is required' },
  { name: 'missing years.max', mutate: (d) => { delete d.stages[2].years.max; }, path: 'stages[2].years.max', message: 'is required' },
  { name: 'missing prerequisite text', mutate: (d) => { delete d.certifications[1].prerequisites.text; }, path: 'certifications[1].prerequisites.text', message: 'is required' },

  // Enumerations and constants
  { name: 'unknown title kind', mutate: (d) => { d.titles[1].kind = 'boss'; }, path: 'titles[1].kind', message: 'expected one of: job, foundation, specialisation, related' },
  { name: 'unknown certification level', mutate: (d) => { d.certifications[0].level = 'expert'; }, path: 'certifications[0].level', message: 'expected one of: entry, advanced' },
  { name: 'future schemaVersion', mutate: (d) => { d.schemaVersion = 2; }, path: 'schemaVersion', message: 'expected 1' },
  { name: 'schemaVersion as a string', mutate: (d) => { d.schemaVersion = '1'; }, path: 'schemaVersion', message: 'expected 1' },

  // Ids
  { name: 'non-kebab dataset id', mutate: (d) => { d.id = 'Example_Guild'; }, path: 'id', message: 'expected a kebab-case id' },
  { name: 'id with spaces', mutate: (d) => { d.titles[1].id = 'Workshop Helper'; }, path: 'titles[1].id', message: 'expected a kebab-case id' },
  { name: 'id with a leading hyphen', mutate: (d) => { d.skills[0].id = '-careful-planning'; }, path: 'skills[0].id', message: 'expected a kebab-case id' },
  { name: 'non-kebab reference', mutate: (d) => { d.stages[0].skillFocus[0] = 'Careful-Planning'; }, path: 'stages[0].skillFocus[0]', message: 'expected a kebab-case id' },
  { name: 'duplicate title id', mutate: (d) => { d.titles[1].id = 'junior-maker'; }, path: 'titles[1].id', message: 'duplicate id "junior-maker" (first used at titles[0])' },
  { name: 'duplicate skill id', mutate: (d) => { d.skills[4].id = 'careful-planning'; }, path: 'skills[4].id', message: 'duplicate id "careful-planning"' },
  { name: 'duplicate stage id', mutate: (d) => { d.stages[2].id = 'apprentice'; }, path: 'stages[2].id', message: 'duplicate id "apprentice"' },
  { name: 'duplicate source id', mutate: (d) => { d.sources.push({ id: 'fixture', title: 'Again' }); }, path: 'sources[1].id', message: 'duplicate id "fixture"' },
  { name: 'duplicate item id in a stage', mutate: (d) => { d.stages[0].responsibilities[1].id = 'assist-makers'; }, path: 'stages[0].responsibilities[1].id', message: 'duplicate id "assist-makers"' },
  { name: 'duplicate item id in a section', mutate: (d) => { d.sections[0].items[1].id = 'hardest-piece'; }, path: 'sections[0].items[1].id', message: 'duplicate id "hardest-piece"' },
  { name: 'duplicate stage order', mutate: (d) => { d.stages[2].order = 2; }, path: 'stages[2].order', message: 'duplicate order 2 (also stages[1])' },

  // Dangling references, one of every kind
  { name: 'stage.skillFocus → unknown skill', mutate: (d) => { d.stages[1].skillFocus.push('juggling'); }, path: 'stages[1].skillFocus[3]', message: 'unknown skill id "juggling"' },
  { name: 'stage.titleIds → unknown title', mutate: (d) => { d.stages[1].titleIds[0] = 'wizard'; }, path: 'stages[1].titleIds[0]', message: 'unknown title id "wizard"' },
  { name: 'stage.certificationIds → unknown certification', mutate: (d) => { d.stages[0].certificationIds[0] = 'gold-star'; }, path: 'stages[0].certificationIds[0]', message: 'unknown certification id "gold-star"' },
  { name: 'title.stage → unknown stage', mutate: (d) => { d.titles[3].stage = 'grandmaster'; }, path: 'titles[3].stage', message: 'unknown stage id "grandmaster"' },
  { name: 'title.next → unknown title', mutate: (d) => { d.titles[2].next = ['wizard']; }, path: 'titles[2].next[0]', message: 'unknown title id "wizard"' },
  { name: 'title.related → unknown title', mutate: (d) => { d.titles[6].related.push('wizard'); }, path: 'titles[6].related[1]', message: 'unknown title id "wizard"' },
  { name: 'title.certificationIds → unknown certification', mutate: (d) => { d.titles[4].certificationIds = ['gold-star']; }, path: 'titles[4].certificationIds[0]', message: 'unknown certification id "gold-star"' },
  { name: 'skill.category → unknown category', mutate: (d) => { d.skills[3].category = 'magic'; }, path: 'skills[3].category', message: 'unknown category id "magic"' },
  { name: 'skill.focusStages → unknown stage', mutate: (d) => { d.skills[2].focusStages = ['master', 'grandmaster']; }, path: 'skills[2].focusStages[1]', message: 'unknown stage id "grandmaster"' },
  { name: 'certification.methodology → unknown methodology', mutate: (d) => { d.certifications[1].methodology = 'chaos'; }, path: 'certifications[1].methodology', message: 'unknown methodology id "chaos"' },
  { name: 'certification.stages → unknown stage', mutate: (d) => { d.certifications[0].stages = ['novice']; }, path: 'certifications[0].stages[0]', message: 'unknown stage id "novice"' },
  { name: 'certification.leadsTo → unknown certification', mutate: (d) => { d.certifications[0].leadsTo = ['gold-star']; }, path: 'certifications[0].leadsTo[0]', message: 'unknown certification id "gold-star"' },

  // Cycles
  { name: 'titles: next a → b → a', mutate: (d) => { d.titles[2].next = ['junior-maker']; }, path: 'titles[2].next[0]', message: 'forms a cycle: junior-maker → maker → junior-maker' },
  { name: 'titles: next to itself', mutate: (d) => { d.titles[3].next = ['tool-specialist']; }, path: 'titles[3].next[0]', message: 'forms a cycle: tool-specialist → tool-specialist' },
  { name: 'certifications: leadsTo a → b → a', mutate: (d) => { d.certifications[1].leadsTo = ['basic-badge']; }, path: 'certifications[1].leadsTo[0]', message: 'forms a cycle: basic-badge → master-seal → basic-badge' },

  // Years
  { name: 'years.max a text', mutate: (d) => { d.stages[2].years.max = 'ten'; }, path: 'stages[2].years.max', message: 'expected a number, or null when the stage has no upper bound' },
  { name: 'years.max < years.min', mutate: (d) => { d.stages[1].years = { min: 5, max: 2 }; }, path: 'stages[1].years.max', message: 'must not be smaller than min' },
  { name: 'negative years', mutate: (d) => { d.stages[0].years.min = -1; }, path: 'stages[0].years.min', message: 'must be 0 or more' },
  { name: 'absurd years', mutate: (d) => { d.stages[2].years.min = 500; }, path: 'stages[2].years.min', message: 'must be 80 or less' },

  // Empty and huge strings
  { name: 'empty dataset name', mutate: (d) => { d.name = ''; }, path: 'name', message: 'must not be empty or blank' },
  { name: 'empty title description', mutate: (d) => { d.titles[0].description = ''; }, path: 'titles[0].description', message: 'must not be empty or blank' },
  { name: 'empty item text', mutate: (d) => { d.stages[0].goals[0].text = ''; }, path: 'stages[0].goals[0].text', message: 'must not be empty or blank' },
  { name: 'blank stage name (only spaces)', mutate: (d) => { d.stages[1].name = ' \t '; }, path: 'stages[1].name', message: 'must not be empty or blank' },
  { name: 'blank certification acronym', mutate: (d) => { d.certifications[0].acronym = '   '; }, path: 'certifications[0].acronym', message: 'must not be empty or blank' },
  { name: 'empty id', mutate: (d) => { d.methodologies[0].id = ''; }, path: 'methodologies[0].id', message: 'must not be empty' },
  { name: '1 MB summary', mutate: (d) => { d.summary = ONE_MB; }, path: 'summary', message: 'is too long (at most 4000 characters)' },
  { name: '1 MB item text', mutate: (d) => { d.sections[0].items[0].text = ONE_MB; }, path: 'sections[0].items[0].text', message: 'is too long' },
  { name: 'stage name of 201 emoji (201 characters, 402 UTF-16 units)', mutate: (d) => { d.stages[0].name = '🚀'.repeat(201); }, path: 'stages[0].name', message: 'is too long (at most 200 characters)' },
  { name: 'summary of 4001 emoji (more than twice 4000 units)', mutate: (d) => { d.summary = '🚀'.repeat(4001); }, path: 'summary', message: 'is too long (at most 4000 characters)' },

  // Prototype-polluting keys
  { name: '__proto__ key in a nested object', mutate: (d) => { d.stages[0].years = JSON.parse('{"min":0,"max":2,"__proto__":{"polluted":true}}'); }, path: 'stages[0].years.__proto__', message: 'the key "__proto__" is not allowed' },
  { name: '__proto__ key in an extra field', mutate: (d) => { d.titles[1].extra = JSON.parse('{"deep":{"__proto__":{"isAdmin":true}}}'); }, path: 'titles[1].extra.deep.__proto__', message: 'the key "__proto__" is not allowed' },
  { name: '__proto__ key at the root', replace: (d) => JSON.parse(JSON.stringify(d).replace('{', '{"__proto__":{"x":1},')), path: '__proto__', message: 'the key "__proto__" is not allowed' },
  { name: 'constructor key', mutate: (d) => { d.certifications[0].prerequisites.constructor = { prototype: {} }; }, path: 'certifications[0].prerequisites.constructor', message: 'the key "constructor" is not allowed' },
  { name: 'constructor key from JSON text', mutate: (d) => { d.sections[0].items[1] = JSON.parse('{"id":"a","text":"b","constructor":{}}'); }, path: 'sections[0].items[1].constructor', message: 'the key "constructor" is not allowed' },
  { name: 'prototype key', mutate: (d) => { d.skills[2].prototype = {}; }, path: 'skills[2].prototype', message: 'the key "prototype" is not allowed' },

  // Not a dataset at all
  { name: 'null root', replace: () => null, path: '(root)', message: 'expected an object (a dataset), got null' },
  { name: 'number root', replace: () => 42, path: '(root)', message: 'got number' },
  { name: 'string root', replace: () => '{"schemaVersion":1}', path: '(root)', message: 'got string' },
  { name: 'array root', replace: (d) => [d], path: '(root)', message: 'got a list' },
  { name: 'undefined root', replace: () => undefined, path: '(root)', message: 'got undefined' },

  // Lists where objects belong, objects where lists belong
  { name: 'list as a stage', mutate: (d) => { d.stages[0] = []; }, path: 'stages[0]', message: 'expected an object (a stage), got a list' },
  { name: 'list as years', mutate: (d) => { d.stages[1].years = [2, 5]; }, path: 'stages[1].years', message: 'expected an object such as { "min": 2, "max": 4 }, got a list' },
  { name: 'list as prerequisites', mutate: (d) => { d.certifications[0].prerequisites = ['none']; }, path: 'certifications[0].prerequisites', message: 'got a list' },
  { name: 'string as a title', mutate: (d) => { d.titles[5] = 'Workshop Lead'; }, path: 'titles[5]', message: 'expected an object (a title)' },
  { name: 'object as the stage list', mutate: (d) => { d.stages = { ...d.stages }; }, path: 'stages', message: 'expected a list' },
  { name: 'object as a reference list', mutate: (d) => { d.titles[0].next = { 0: 'maker' }; }, path: 'titles[0].next', message: 'expected a list' },
  { name: 'object as an item list', mutate: (d) => { d.sections[0].items = { first: d.sections[0].items[0] }; }, path: 'sections[0].items', message: 'expected a list' },
  { name: 'empty stage list', mutate: (d) => { d.stages = []; }, path: 'stages', message: 'needs at least one stage' },

  // Not plain JSON data
  { name: 'a Date as years', mutate: (d) => { d.stages[0].years = new Date(); }, path: 'stages[0].years', message: 'expected plain JSON data' },
  { name: 'a class instance in an extra field', mutate: (d) => { d.titles[0].widget = new Widget(); }, path: 'titles[0].widget', message: 'expected plain JSON data' },
  { name: 'a Map as a title', mutate: (d) => { d.titles[0] = new Map([['id', 'x']]); }, path: 'titles[0]', message: 'expected plain JSON data' },
  { name: 'a getter', mutate: (d) => { Object.defineProperty(d.stages[0], 'name', { get: () => 'Apprentice', enumerable: true }); }, path: 'stages[0].name', message: 'not a getter' },
  { name: 'a getter in an object without a prototype', mutate: (d) => { const years = Object.create(null); Object.defineProperty(years, 'min', { get: () => 0, enumerable: true }); years.max = 2; d.stages[0].years = years; }, path: 'stages[0].years.min', message: 'not a getter' },
  { name: 'a getter that throws', mutate: (d) => { Object.defineProperty(d.titles[1], 'extra', { get: () => { throw new Error('read me not'); }, enumerable: true }); }, path: 'titles[1].extra', message: 'not a getter' },
  { name: 'a circular structure', mutate: (d) => { d.stages[0].self = d.stages[0]; }, path: 'stages[0].self', message: 'refers back to itself' },
  { name: 'a cycle through two objects', mutate: (d) => { const a: Record<string, unknown> = {}; a.b = { a }; d.extra = a; }, path: 'extra.b.a', message: 'refers back to itself' },
  { name: '100 levels of objects in an extra field', mutate: (d) => { d.extra = nested(100); }, path: `extra${'.x'.repeat(32)}`, message: 'is nested too deeply (more than 32 levels)' },
  { name: 'a text 33 levels deep in an extra field', mutate: (d) => { d.extra = nested(32); }, path: `extra${'.x'.repeat(32)}`, message: 'is nested too deeply (more than 32 levels)' },
  { name: '100 levels of lists in an extra field', mutate: (d) => { d.stages[0].notes = nested(100, true); }, path: `stages[0].notes${'[0]'.repeat(30)}`, message: 'is nested too deeply' },
];

const describeErrors = (errors: readonly DataError[]) =>
  errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');

before(async () => {
  const response = await fetch('/test/fixtures/small-dataset.json');
  fixture = await response.json();
});

describe('validateDataset', () => {
  it('accepts the small fixture and fills in nothing it does not need', () => {
    const result = validateDataset(copy());
    if (!result.ok) expect.fail(`the fixture is invalid:\n${describeErrors(result.errors)}`);
    expect(result.dataset.stages.map((s) => s.id)).to.deep.equal(['apprentice', 'journeyman', 'master']);
    expect(result.dataset.titles).to.have.length(7);
  });

  it('warns of fields the schema does not know, with their paths, but not of x- fields, and accepts the data', () => {
    const d = copy();
    d.$schema = './schema.json';
    d.stages[0].yeras = { min: 0, max: 2 };
    d.titles[2].toString = 'a field named like an Object method';
    d.certifications[0].prerequisites = { text: 'None.', minYaers: 1 };
    d.extra = [];
    // Fields of the author's own, marked as such, anywhere: no warning.
    d['x-owner'] = 'Careers team';
    d.stages[1]['x-internal-code'] = 'L2';
    d.certifications[0]['x-budget'] = { approved: true };
    const result = validateDataset(d);
    if (!result.ok) expect.fail(describeErrors(result.errors));
    expect(result.warnings).to.deep.equal(
      ['stages[0].yeras', 'titles[2].toString', 'certifications[0].prerequisites.minYaers', 'extra'].map(
        (path) => ({
          path,
          message: 'is not a field of this schema, and is ignored',
        }),
      ),
    );
    expect(result.dataset.stages[0]).to.have.property('yeras');
    expect(validateDataset(copy())).to.deep.include({ warnings: [] });
  });

  it('lists at most 50 unknown fields', () => {
    const d = copy();
    for (let i = 0; i < 80; i++) d[`unknown${i}`] = i;
    const result = validateDataset(d);
    expect(result.ok && result.warnings.length).to.equal(50);
  });

  it('fills in missing collections with empty lists', () => {
    const { schemaVersion, id, name, version, locale, stages } = copy();
    const minimal = {
      schemaVersion,
      id,
      name,
      version,
      locale,
      stages: [{ ...stages[0], titleIds: [], certificationIds: [], skillFocus: [] }],
    };
    const result = validateDataset(minimal);
    if (!result.ok) expect.fail(describeErrors(result.errors));
    for (const key of [
      'titles',
      'categories',
      'skills',
      'methodologies',
      'certifications',
      'sections',
      'sources',
    ] as const) {
      expect(result.dataset[key], key).to.deep.equal([]);
    }
  });

  it(`has a corpus of at least 30 malformed datasets (${corpus.length})`, () => {
    expect(corpus.length).to.be.at.least(30);
    expect(new Set(corpus.map((c) => c.name)).size, 'case names are unique').to.equal(corpus.length);
  });

  describe('rejects malformed data with the path of the problem', () => {
    for (const c of corpus) {
      it(`${c.name} → ${c.path}`, () => {
        const result = validateDataset(inputOf(c));
        if (result.ok) expect.fail(`accepted, expected ${c.path}: …${c.message}…`);
        expect(result.errors.length).to.be.within(1, 50);
        const hit = result.errors.find((e) => e.path === c.path && e.message.includes(c.message));
        if (!hit) expect.fail(`no error "${c.path}: …${c.message}…"; got:\n${describeErrors(result.errors)}`);
      });
    }
  });

  it('never throws, whatever the input', () => {
    for (const c of corpus) {
      const input = inputOf(c);
      expect(() => validateDataset(input), c.name).not.to.throw();
    }
    const exotic: unknown[] = [
      Symbol('x'),
      () => 1,
      10n,
      Object.create(null),
      new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error('trap');
          },
        },
      ),
      new Proxy(
        { stages: [] },
        {
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      ),
      // Throws something whose `message` throws in turn.
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw {
              get message(): string {
                throw new Error('again');
              },
            };
          },
        },
      ),
    ];
    for (const input of exotic) {
      let result: ReturnType<typeof validateDataset> | undefined;
      expect(() => {
        result = validateDataset(input);
      }).not.to.throw();
      expect(result?.ok).to.equal(false);
    }
  });

  it('counts characters as the JSON Schema does (code points, not UTF-16 units)', () => {
    // JSON Schema's maxLength counts an emoji as one character; UTF-16 (String#length) as two.
    const d = copy();
    d.stages[0].name = '🚀'.repeat(150);
    d.stages[1].name = '🚀'.repeat(200); // 200 characters, 400 units
    d.titles[0].aliases = ['𠀀'.repeat(200)];
    d.summary = '🚀'.repeat(4000); // 8000 units: the longest string the check counts
    const result = validateDataset(d);
    if (!result.ok) expect.fail(describeErrors(result.errors));
    // The JSON Schema keeps its maxLength for the same fields.
    const stage = (datasetJsonSchema() as Loose).properties.stages.items.properties;
    expect(stage.name.maxLength).to.equal(200);
    expect(stage.source.maxLength).to.equal(500);
  });

  it('accepts unknown extra fields at every level and keeps them', () => {
    const d = copy();
    const extra = { note: 'from a newer version', list: [1, { a: true }] };
    const records = [
      d,
      d.sources[0],
      d.stages[0],
      d.stages[0].years,
      d.stages[0].responsibilities[0],
      d.stages[1].goals[0],
      d.stages[2].balance[0],
      d.titles[0],
      d.categories[0],
      d.skills[0],
      d.methodologies[0],
      d.certifications[0],
      d.certifications[1].prerequisites,
      d.sections[0],
      d.sections[0].items[0],
    ];
    for (const record of records) record['x-extra'] = structuredClone(extra);
    d.interviews = [{ id: 'future-collection', text: 'A collection this version does not know.' }];

    const result = validateDataset(d);
    if (!result.ok) expect.fail(describeErrors(result.errors));
    const out: Loose = result.dataset;
    const kept = [
      out,
      out.sources[0],
      out.stages[0],
      out.stages[0].years,
      out.stages[0].responsibilities[0],
      out.stages[1].goals[0],
      out.stages[2].balance[0],
      out.titles[0],
      out.categories[0],
      out.skills[0],
      out.methodologies[0],
      out.certifications[0],
      out.certifications[1].prerequisites,
      out.sections[0],
      out.sections[0].items[0],
    ];
    kept.forEach((record, i) => {
      expect(record['x-extra'], `record ${i}`).to.deep.equal(extra);
    });
    expect(out.interviews).to.deep.equal(d.interviews);
  });

  it('caps the errors at 50: 500 broken titles', () => {
    const d = copy();
    d.titles = Array.from({ length: 500 }, (_, i) => ({ id: `Title ${i}`, kind: 'boss' }));
    const result = validateDataset(d);
    if (result.ok) expect.fail('accepted');
    expect(result.errors.length).to.be.within(1, 50);
    expect(result.errors[0]).to.deep.equal({
      path: 'titles[0].id',
      message: 'expected a kebab-case id such as "senior-analyst"',
    });
  });

  it('caps the errors at 50: 500 dangling references and 500 forbidden keys', () => {
    const refs = copy();
    refs.titles[0].related = Array.from({ length: 500 }, (_, i) => `missing-${i}`);
    const keys = copy();
    keys.extra = Array.from({ length: 500 }, () => JSON.parse('{"__proto__":{}}'));
    for (const d of [refs, keys]) {
      const result = validateDataset(d);
      if (result.ok) expect.fail('accepted');
      expect(result.errors.length).to.be.within(1, 50);
    }
  });

  it('handles a 20,000-title chain and a 20,000-title loop without overflowing the stack', () => {
    const chain = (loop: boolean) => {
      const d = copy();
      const n = 20000;
      d.stages.forEach((s: Loose) => {
        s.titleIds = [];
      });
      d.titles = Array.from({ length: n }, (_, i) => ({
        id: `t-${i}`,
        name: `Title ${i}`,
        kind: 'job',
        description: 'A generated title.',
        source: 'Generated',
        next: i + 1 < n ? [`t-${i + 1}`] : loop ? ['t-0'] : [],
      }));
      return validateDataset(d);
    };
    expect(chain(false).ok).to.equal(true);
    const looped = chain(true);
    if (looped.ok) expect.fail('a loop was accepted');
    expect(looped.errors[0]?.path).to.equal('titles[19999].next[0]');
    expect(looped.errors[0]?.message).to.match(/^forms a cycle: t-0 → t-1 → .* → … → t-0 \(20000 steps\)$/);
  });

  it('scans shared sub-objects once (no exponential blow-up)', () => {
    const d = copy();
    let shared: unknown = { leaf: true };
    for (let i = 0; i < 30; i++) shared = { a: shared, b: shared };
    d.extra = shared;
    expect(validateDataset(d).ok).to.equal(true);
  });

  it('scans an object that many paths share once: a large one in no time, a bad one reported once', () => {
    const d = copy();
    const large: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) large[`k${i}`] = i;
    d.extra = Array(10_000).fill(large);
    expect(validateDataset(d).ok).to.equal(true);
    d.extra = Array(100).fill(new Map());
    const result = validateDataset(d);
    expect(result.ok ? [] : result.errors).to.deep.equal([
      { path: 'extra[0]', message: 'expected plain JSON data' },
    ]);
  });

  it('warns of the unknown fields of a record that an unknown field holds too', () => {
    const d = copy();
    d.stages[0].yeras = { min: 0, max: 2 };
    const result = validateDataset({ extra: d.stages[0], ...d });
    expect(result.ok && result.warnings.map((w) => w.path)).to.deep.equal(['extra', 'stages[0].yeras']);
  });
});

describe('parseDataset', () => {
  const text = () => JSON.stringify(fixture);

  it('parses and validates the fixture text', () => {
    expect(parseDataset(text()).ok).to.equal(true);
  });

  const broken: { name: string; json: () => string; message: string }[] = [
    { name: 'truncated text', json: () => text().slice(0, 100), message: 'not valid JSON' },
    { name: 'empty text', json: () => '', message: 'not valid JSON' },
    { name: 'trailing comma', json: () => text().replace(/}$/, ',}'), message: 'not valid JSON' },
    { name: 'single quotes', json: () => "{'schemaVersion': 1}", message: 'not valid JSON' },
    { name: 'JavaScript, not JSON', json: () => 'undefined', message: 'not valid JSON' },
    { name: 'JSON null', json: () => 'null', message: 'expected an object (a dataset), got null' },
    { name: 'JSON list', json: () => '[]', message: 'got a list' },
  ];
  for (const c of broken) {
    it(`rejects ${c.name} at (root)`, () => {
      const result = parseDataset(c.json());
      if (result.ok) expect.fail('accepted');
      expect(result.errors).to.have.length(1);
      expect(result.errors[0]?.path).to.equal('(root)');
      expect(result.errors[0]?.message).to.contain(c.message);
    });
  }

  it('reports a path inside valid JSON text', () => {
    const result = parseDataset(text().replace('"min":2', '"min":"2"'));
    if (result.ok) expect.fail('accepted');
    expect(result.errors).to.deep.equal([{ path: 'stages[1].years.min', message: 'expected a number' }]);
  });
});
