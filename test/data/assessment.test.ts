import { expect } from '@open-wc/testing';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  assessmentDocument,
  assessmentToCsv,
  assessmentToJson,
  CSV_COLUMNS,
  cleanRatings,
  escapeCsvCell,
  MAX_ASSESSMENT_BYTES,
  parseAssessmentDocument,
  parseAssessmentImport,
} from '../../src/data/assessment.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { type Rating, skillsByCategory } from '../../src/data/query.js';
import type { Dataset } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { clone } from '../helpers.js';
import { parseCsv } from '../skills-matrix-helpers.js';

const source = 'test fixture';

/** A tiny framework whose skill names try to smuggle formulas and CSV syntax into a spreadsheet. */
function hostileDataset(): Dataset {
  const result = validateDataset({
    schemaVersion: 1,
    id: 'hostile',
    name: 'Hostile',
    version: '2.1.0',
    locale: 'en',
    stages: [{ id: 'one', order: 0, name: 'One', source }],
    categories: [
      { id: 'b-cat', name: '@Category', source },
      { id: 'a-cat', name: 'Plain, with "quotes"', source },
    ],
    skills: [
      { id: 'eq', name: '=HYPERLINK("http://evil.example","x")', category: 'a-cat', source },
      { id: 'plus', name: '+1+1', category: 'b-cat', source },
      { id: 'minus', name: '-2+3', category: 'a-cat', source },
      { id: 'at', name: '@SUM(A1:A2)', category: 'b-cat', source },
      { id: 'tab', name: '\t=1', category: 'a-cat', source },
      { id: 'cr', name: '\r=1', category: 'a-cat', source },
      { id: 'lines', name: 'two\nlines', category: 'a-cat', source },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

const label = (r: Rating) => ['Not yet', 'Aware', 'Practising', 'Proficient', 'Expert'][r]!;

describe('assessment data', () => {
  describe('cleanRatings', () => {
    it('keeps skill id → whole number 0–4 and lists every other key', () => {
      const input = JSON.parse(
        '{"a":0,"b-c":4,"d":5,"e":-1,"f":2.5,"g":"2","h":null,"Bad Id":1,"__proto__":2,"ok-2":3}',
      );
      const { ratings, invalid } = cleanRatings(input);
      expect(ratings).to.deep.equal({ a: 0, 'b-c': 4, 'ok-2': 3 });
      expect(invalid).to.have.members(['d', 'e', 'f', 'g', 'h', 'Bad Id', '__proto__']);
      expect(Object.getPrototypeOf(ratings)).to.equal(Object.prototype);
    });

    it('gives nothing for a non-object and says so, but treats absent ratings as none', () => {
      expect(cleanRatings([1, 2])).to.deep.equal({ ratings: {}, invalid: ['(root)'] });
      expect(cleanRatings('x')).to.deep.equal({ ratings: {}, invalid: ['(root)'] });
      expect(cleanRatings(undefined)).to.deep.equal({ ratings: {}, invalid: [] });
    });
  });

  describe('JSON export', () => {
    it('holds the format, the dataset id and version, and the valid ratings in skill order', () => {
      const groups = skillsByCategory(defaultDataset).filter((g) => g.skills.length > 0);
      const first = groups[0]!.skills[0]!.id;
      const last = groups[groups.length - 1]!.skills.at(-1)!.id;
      const text = assessmentToJson(defaultDataset, { [last]: 4, [first]: 1, 'not-a-skill': 2 });
      const parsed = JSON.parse(text);
      expect(parsed.format).to.equal(ASSESSMENT_FORMAT);
      expect(parsed.formatVersion).to.equal(ASSESSMENT_FORMAT_VERSION);
      expect(parsed.dataset).to.deep.equal({ id: defaultDataset.id, version: defaultDataset.version });
      expect(Object.keys(parsed.ratings)).to.deep.equal([first, last, 'not-a-skill']);
      expect(parsed.ratings[first]).to.equal(1);
    });

    it('leaves invalid ratings out', () => {
      const doc = assessmentDocument(defaultDataset, { scheduling: 7, budgeting: 3 } as never);
      expect(doc.ratings).to.deep.equal({ budgeting: 3 });
    });

    it('leaves the dataset out while there is none', () => {
      expect(assessmentDocument(undefined, { a: 1 })).to.deep.equal({
        format: ASSESSMENT_FORMAT,
        formatVersion: ASSESSMENT_FORMAT_VERSION,
        ratings: { a: 1 },
      });
    });

    it('imports back exactly what it exported', () => {
      const ratings = { scheduling: 3, budgeting: 0, 'team-building': 4 } as const;
      const result = parseAssessmentImport(assessmentToJson(defaultDataset, ratings), defaultDataset);
      expect(result).to.deep.equal({ ok: true, ratings, unknown: [] });
    });
  });

  describe('CSV export', () => {
    it('escapes cells that a spreadsheet would run as a formula', () => {
      for (const start of ['=', '+', '-', '@', '\t', '\r']) {
        const cell = escapeCsvCell(`${start}1+1`);
        const [[parsed]] = parseCsv(`${cell}\r\n`) as [[string]];
        expect(parsed, JSON.stringify(start)).to.equal(`'${start}1+1`);
      }
    });

    it('quotes commas, quotes and line breaks, and leaves plain cells alone', () => {
      expect(escapeCsvCell('plain text')).to.equal('plain text');
      expect(escapeCsvCell(3)).to.equal('3');
      expect(escapeCsvCell('a,b')).to.equal('"a,b"');
      expect(escapeCsvCell('say "hi"')).to.equal('"say ""hi"""');
      expect(escapeCsvCell('two\nlines')).to.equal('"two\nlines"');
      expect(escapeCsvCell('=1,2')).to.equal(`"'=1,2"`);
    });

    it('has a header and one row per skill with the dataset id and version on each', () => {
      const ratings = { scheduling: 2, budgeting: 4 } as const;
      const text = assessmentToCsv(defaultDataset, ratings, label);
      expect(text.endsWith('\r\n')).to.equal(true);
      const rows = parseCsv(text);
      expect(rows[0]).to.deep.equal([...CSV_COLUMNS]);
      const body = rows.slice(1);
      const skills = skillsByCategory(defaultDataset).flatMap((g) =>
        g.skills.map((s) => ({ s, c: g.category })),
      );
      expect(body).to.have.length(skills.length);
      body.forEach((row, i) => {
        expect(row[0]).to.equal(defaultDataset.id);
        expect(row[1]).to.equal(defaultDataset.version);
        expect(row[2]).to.equal(skills[i]!.c.name);
        expect(row[3]).to.equal(skills[i]!.s.id);
      });
      const scheduling = body.find((r) => r[3] === 'scheduling')!;
      expect(scheduling.slice(5)).to.deep.equal(['2', 'Practising']);
      const unrated = body.find((r) => r[3] === 'scope-definition')!;
      expect(unrated.slice(5)).to.deep.equal(['', '']);
    });

    it('turns every hostile name from the data into inert text', () => {
      const data = hostileDataset();
      const rows = parseCsv(assessmentToCsv(data, { eq: 1 }, label));
      const byId = new Map(rows.slice(1).map((r) => [r[3], r]));
      expect(byId.get('eq')![4]).to.equal(`'=HYPERLINK("http://evil.example","x")`);
      expect(byId.get('plus')![4]).to.equal("'+1+1");
      expect(byId.get('minus')![4]).to.equal("'-2+3");
      expect(byId.get('at')![4]).to.equal("'@SUM(A1:A2)");
      expect(byId.get('tab')![4]).to.equal("'\t=1");
      expect(byId.get('cr')![4]).to.equal("'\r=1");
      expect(byId.get('lines')![4]).to.equal('two\nlines');
      expect(byId.get('plus')![2]).to.equal("'@Category");
      expect(byId.get('eq')![2]).to.equal('Plain, with "quotes"');
      for (const row of rows) {
        for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell), JSON.stringify(cell)).to.equal(false);
      }
    });
  });

  describe('parseAssessmentDocument', () => {
    const valid = () => JSON.parse(assessmentToJson(defaultDataset, { scheduling: 2 }));

    it('accepts a document, with or without a dataset', () => {
      expect(parseAssessmentDocument(valid())).to.deep.include({ ok: true });
      const { dataset: _, ...withoutDataset } = valid();
      expect(parseAssessmentDocument(withoutDataset)).to.deep.include({ ok: true });
    });

    it('refuses other shapes with a reason', () => {
      const reason = (v: unknown) => {
        const r = parseAssessmentDocument(v);
        return r.ok ? 'ok' : r.problem.reason;
      };
      expect(reason(null)).to.equal('not-assessment');
      expect(reason([])).to.equal('not-assessment');
      expect(reason({ scheduling: 2 })).to.equal('not-assessment');
      expect(reason({ ...valid(), format: 'something-else' })).to.equal('not-assessment');
      expect(reason({ ...valid(), formatVersion: '1' })).to.equal('not-assessment');
      expect(reason({ ...valid(), formatVersion: 2 })).to.equal('newer-format');
      expect(reason({ ...valid(), dataset: 'x' })).to.equal('not-assessment');
      expect(reason({ ...valid(), dataset: { id: 'x' } })).to.equal('not-assessment');
      expect(reason({ ...valid(), ratings: [2] })).to.equal('not-assessment');
      expect(parseAssessmentDocument({ ...valid(), ratings: { scheduling: 9 } })).to.deep.equal({
        ok: false,
        problem: { reason: 'bad-rating', path: 'ratings.scheduling' },
      });
      expect(parseAssessmentDocument({ ...valid(), ratings: { 'Not An Id': 1 } })).to.deep.equal({
        ok: false,
        problem: { reason: 'bad-rating', path: 'ratings["Not An Id"]' },
      });
    });
  });

  describe('parseAssessmentImport', () => {
    const json = (doc: unknown) => JSON.stringify(doc);
    const valid = (ratings: Record<string, number> = { scheduling: 2 }) =>
      JSON.parse(assessmentToJson(defaultDataset, ratings as never));

    it('refuses text that is not JSON, a file too large, and a document without or for another dataset', () => {
      expect(parseAssessmentImport('id,rating\nx,1', defaultDataset)).to.deep.equal({
        ok: false,
        problem: { reason: 'not-json' },
      });
      const big = `${' '.repeat(MAX_ASSESSMENT_BYTES)}{}`;
      expect(parseAssessmentImport(big, defaultDataset)).to.deep.include({ ok: false });
      const { dataset: _, ...noDataset } = valid();
      expect(parseAssessmentImport(json(noDataset), defaultDataset)).to.deep.equal({
        ok: false,
        problem: { reason: 'not-assessment' },
      });
      const other = { ...valid(), dataset: { id: 'nurse', version: '1.0.0' } };
      expect(parseAssessmentImport(json(other), defaultDataset)).to.deep.equal({
        ok: false,
        problem: { reason: 'other-dataset', dataset: 'nurse', expected: defaultDataset.id },
      });
    });

    it('accepts another version of the same dataset and a byte-order mark', () => {
      const doc = { ...valid({ budgeting: 1 }), dataset: { id: defaultDataset.id, version: '0.9.0' } };
      expect(parseAssessmentImport(`\uFEFF${json(doc)}`, defaultDataset)).to.deep.equal({
        ok: true,
        ratings: { budgeting: 1 },
        unknown: [],
      });
    });

    it('leaves out ratings of skills the data does not have, and says which', () => {
      const doc = valid({ scheduling: 3, 'underwater-welding': 4 });
      expect(parseAssessmentImport(json(doc), defaultDataset)).to.deep.equal({
        ok: true,
        ratings: { scheduling: 3 },
        unknown: ['underwater-welding'],
      });
    });

    it('does not pollute prototypes', () => {
      const text = `{"format":"${ASSESSMENT_FORMAT}","formatVersion":1,"dataset":{"id":"${defaultDataset.id}","version":"1"},"ratings":{"__proto__":{"polluted":1}}}`;
      const result = parseAssessmentImport(text, defaultDataset);
      expect(result.ok).to.equal(false);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('does not change the dataset it reads', () => {
      const before = clone(defaultDataset);
      parseAssessmentImport(json(valid({ scheduling: 3 })), defaultDataset);
      assessmentToCsv(defaultDataset, { scheduling: 3 }, label);
      expect(clone(defaultDataset)).to.deep.equal(before);
    });
  });
});
