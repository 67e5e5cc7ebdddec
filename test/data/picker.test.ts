import { expect } from '@open-wc/testing';
import { defaultDataset } from '../../src/data/default-dataset.js';
import {
  cleanSelection,
  findValuedInLabel,
  GUIDE_QUESTIONS,
  guideQuestions,
  MAX_COMPARE,
  parseIdList,
  parseYears,
  selectedCertifications,
  toggleSelection,
  valuedInLabels,
} from '../../src/data/picker.js';
import { rankCertifications } from '../../src/data/recommend.js';
import type { Dataset } from '../../src/data/schema.js';
import { loadSmallDataset } from '../helpers.js';

const data = defaultDataset;

describe('picker: the guide questions', () => {
  it('words the five questions from the certification-selection section, in order', () => {
    const section = data.sections.find((s) => s.id === 'certification-selection')!;
    const questions = guideQuestions(data);
    expect(questions.map((q) => q.key)).to.deep.equal([...GUIDE_QUESTIONS]);
    questions.forEach((q, i) => {
      expect(q.label).to.equal(section.items[i]!.label);
      expect(q.hint).to.equal(section.items[i]!.text);
    });
    expect(questions[0]!.label).to.equal('Career goals');
    expect(questions[4]!.label).to.equal('Time and budget');
  });

  it('leaves questions unworded where the data says nothing', async () => {
    const small = (await loadSmallDataset()) as Dataset;
    const questions = guideQuestions(small);
    expect(questions).to.have.length(5);
    expect(questions.every((q) => q.label === undefined && q.hint === undefined)).to.equal(true);
    const partial: Dataset = {
      ...data,
      sections: [
        {
          id: 'certification-selection',
          name: 'x',
          items: [{ id: 'a', text: 'Which way?' }],
          source: 's',
        },
      ],
    };
    const worded = guideQuestions(partial);
    expect(worded[0]).to.deep.equal({ key: 'goal', hint: 'Which way?' });
    expect(worded[1]).to.deep.equal({ key: 'organisation' });
  });
});

describe('picker: valued-in labels', () => {
  it('lists each label once, first spelling wins', () => {
    const labels = valuedInLabels(data);
    const all = data.certifications.flatMap((c) => c.valuedIn);
    expect(new Set(labels)).to.deep.equal(new Set(all));
    const twice: Dataset = {
      ...data,
      certifications: data.certifications.map((c) =>
        c.id === 'csm' ? { ...c, valuedIn: ['europe', 'Éurope', 'Agile teams'] } : c,
      ),
    };
    const deduped = valuedInLabels(twice);
    expect(deduped.filter((l) => l.toLowerCase().endsWith('urope'))).to.deep.equal(['Europe']);
  });

  it('finds the data spelling of a label, case- and accent-insensitively', () => {
    expect(findValuedInLabel(data, ' government ')).to.equal('Government');
    expect(findValuedInLabel(data, 'GOVERNMËNT')).to.equal('Government');
    expect(findValuedInLabel(data, 'Mars')).to.equal(null);
    expect(findValuedInLabel(data, '')).to.equal(null);
  });
});

describe('picker: the comparison selection', () => {
  it('parses a comma-separated list', () => {
    expect(parseIdList(' pmp, ,capm ,')).to.deep.equal(['pmp', 'capm']);
    expect(parseIdList('')).to.deep.equal([]);
    expect(parseIdList(null)).to.deep.equal([]);
  });

  it('keeps known ids once, at most three, and says what it left out', () => {
    expect(cleanSelection(data, ['nope', 'pmp'])).to.deep.equal({
      ids: ['pmp'],
      unknown: ['nope'],
      duplicates: [],
      overflow: [],
    });
    expect(cleanSelection(data, ['pmp', 'capm', 'pmp', 'itil', 'csm', 'csm'])).to.deep.equal({
      ids: ['pmp', 'capm', 'itil'],
      unknown: [],
      duplicates: ['pmp', 'csm'],
      overflow: ['csm'],
    });
    expect(cleanSelection(data, [42, 'pmp']).unknown).to.deep.equal(['42']);
    expect(cleanSelection(data, ['pmp', 'capm'], 1).ids).to.deep.equal(['pmp']);
  });

  it('toggles: adds, removes, and refuses a fourth without changing anything', () => {
    const one = toggleSelection([], 'pmp');
    expect(one).to.deep.equal({ selected: ['pmp'], added: true, refused: false });
    expect(toggleSelection(['pmp', 'capm'], 'pmp')).to.deep.equal({
      selected: ['capm'],
      added: false,
      refused: false,
    });
    const full = ['pmp', 'capm', 'itil'];
    const refused = toggleSelection(full, 'csm');
    expect(refused.refused).to.equal(true);
    expect(refused.selected).to.equal(full);
    expect(full).to.deep.equal(['pmp', 'capm', 'itil']);
    expect(MAX_COMPARE).to.equal(3);
  });

  it('returns the selected certifications in selection order', () => {
    expect(selectedCertifications(data, ['itil', 'nope', 'pmp']).map((c) => c.acronym)).to.deep.equal([
      'ITIL',
      'PMP',
    ]);
  });
});

describe('picker: attribute values', () => {
  it('parses years: 0–80, null when empty, NaN when invalid', () => {
    expect(parseYears('3')).to.equal(3);
    expect(parseYears(' 2.5 ')).to.equal(2.5);
    expect(parseYears(0)).to.equal(0);
    expect(parseYears(null)).to.equal(null);
    expect(parseYears('')).to.equal(null);
    expect(parseYears('-3')).to.be.NaN;
    expect(parseYears('lots')).to.be.NaN;
    expect(parseYears(81)).to.be.NaN;
    expect(parseYears(Number.POSITIVE_INFINITY)).to.be.NaN;
  });
});

describe('picker: the guided ranking covers every certification of the default data', () => {
  for (const c of data.certifications) {
    it(`${c.acronym}: answers that fit it put it first, with reasons in words`, () => {
      const answers = {
        goal: c.methodology,
        organisationValues: [c.id],
        years: Math.max(c.prerequisites?.minYears ?? 0, 0),
        industry: c.valuedIn[0],
        time: c.level === 'entry' ? ('short' as const) : ('long' as const),
      };
      const ranked = rankCertifications(data, answers);
      expect(ranked.map((r) => r.certification.id).sort()).to.deep.equal(
        data.certifications.map((x) => x.id).sort(),
      );
      expect(ranked[0]!.certification.id).to.equal(c.id);
      expect(ranked[0]!.eligible).to.equal(true);
      const reasons = ranked[0]!.reasons.join(' ');
      expect(reasons).to.contain(`Your organisation values ${c.acronym}.`);
      const methodology = data.methodologies.find((m) => m.id === c.methodology)!;
      expect(reasons).to.contain(`${c.acronym} is for ${methodology.name}`);
      for (const r of ranked) {
        expect(r.reasons.length, r.certification.id).to.be.greaterThan(0);
        expect(r.reasons.every((s) => s.includes(r.certification.acronym))).to.equal(true);
      }
    });
  }

  it('places every certification somewhere for every goal and a range of experience', () => {
    for (const m of [undefined, ...data.methodologies.map((x) => x.id)]) {
      for (const years of [0, 1, 2, 3, 5, 10]) {
        const ranked = rankCertifications(data, { goal: m, years });
        expect(new Set(ranked.map((r) => r.certification.id)).size).to.equal(data.certifications.length);
        for (const r of ranked) {
          const need = r.certification.prerequisites?.minYears ?? 0;
          expect(r.eligible).to.equal(need <= years);
        }
      }
    }
  });
});
