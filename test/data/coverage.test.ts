/**
 * Coverage of the bundled default dataset (SPEC §5): it is valid, every list of the guide is there with the
 * guide's count, every record names its source, relations read the same both ways, and no text is pasted from
 * the guide.
 */
import { expect } from '@open-wc/testing';
import json from '../../data/it-project-manager.json' with { type: 'json' };
import { defaultDataset } from '../../src/data/default-dataset.js';
import type { Dataset } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';

/** The guide lives outside the served root; the dev server reaches it through its outside-root prefix. */
const GUIDE_URL = '/__wds-outside-root__/1/shared/seed/000_46efdb688535dcec.txt';
/** A run of this many consecutive words shared with the guide counts as pasted. */
const COPY_RUN = 8;

const data = json as unknown as Dataset;

const byId = <T extends { id: string }>(records: readonly T[], id: string): T => {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`no record "${id}"`);
  return record;
};
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const titlesOfKind = (kind: string) => data.titles.filter((t) => t.kind === kind);
const sectionItems = (id: string) => byId(data.sections, id).items;

/** Lower-case words, apostrophes dropped, so that punctuation and typography never hide a copy. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Every string of the dataset that is prose of ours, with its JSON path (ids, sources and URLs are not). */
function proseFields(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => proseFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => {
      if (['id', 'source', 'citations', '$schema', 'category', 'stage', 'methodology'].includes(key))
        return [];
      if (
        key.endsWith('Ids') ||
        ['next', 'related', 'skillFocus', 'focusStages', 'stages', 'leadsTo'].includes(key)
      ) {
        if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return [];
      }
      return proseFields(v, path ? `${path}.${key}` : key);
    });
  }
  return [];
}

describe('default dataset (data/it-project-manager.json)', () => {
  describe('validity', () => {
    it('passes the validator without errors', () => {
      const result = validateDataset(json);
      expect(result.ok, result.ok ? '' : JSON.stringify(result.errors, null, 2)).to.be.true;
    });

    it('lists every collection explicitly, so the validated dataset deep-equals the JSON', () => {
      const result = validateDataset(json);
      if (!result.ok) throw new Error('invalid dataset');
      expect(result.dataset).to.deep.equal(json);
    });

    it('is the dataset that src/data/default-dataset exports', () => {
      expect(defaultDataset).to.deep.equal(json);
    });

    it('names itself and cites the guide as its one source', () => {
      expect(data).to.include({
        schemaVersion: 1,
        id: 'it-project-manager',
        name: 'IT Project Manager',
        version: '1.0.0',
        locale: 'en',
      });
      expect(data.summary).to.be.a('string').and.not.be.empty;
      expect(data.sources).to.deep.equal([{ id: 'guide', title: 'IT Project Manager Career Guide' }]);
    });
  });

  describe('provenance', () => {
    it('gives every record, and every item of a stage, a non-empty source', () => {
      const records = [
        ...data.stages,
        ...data.titles,
        ...data.categories,
        ...data.skills,
        ...data.methodologies,
        ...data.certifications,
        ...data.sections,
      ];
      for (const record of records) expect(record.source, record.id).to.be.a('string').and.not.be.empty;
      for (const stage of data.stages) {
        for (const item of [...stage.responsibilities, ...stage.goals, ...stage.balance]) {
          expect(item.source, `${stage.id}: ${item.id}`).to.be.a('string').and.not.be.empty;
        }
      }
    });

    it('leaves out what the guide does not say: executive years, CSM level and prerequisites, issuers other than PMI', () => {
      expect(byId(data.stages, 'executive')).not.to.have.property('years');
      const csm = byId(data.certifications, 'csm');
      expect(csm).not.to.have.property('level');
      expect(csm).not.to.have.property('prerequisites');
      for (const cert of data.certifications) {
        expect(cert, cert.id).not.to.have.any.keys('fee', 'examFee', 'cost', 'price');
        expect(cert.citations, cert.id).to.deep.equal([]);
        if (cert.id !== 'pmp') expect(cert, cert.id).not.to.have.property('issuer');
      }
      for (const kind of ['specialisation', 'related']) {
        for (const title of titlesOfKind(kind)) expect(title, title.id).not.to.have.property('stage');
      }
    });

    it(`paraphrases the guide: no text shares a run of ${COPY_RUN} consecutive words with it`, async function () {
      const response = await fetch(GUIDE_URL).catch(() => null);
      if (!response?.ok) {
        // The guide sits outside the repository; on a machine without it there is nothing to compare against.
        this.skip();
        return;
      }
      const guide = words(await response.text());
      const runs = new Set<string>();
      for (let i = 0; i + COPY_RUN <= guide.length; i++) runs.add(guide.slice(i, i + COPY_RUN).join(' '));
      expect(runs.size, 'the guide text was fetched').to.be.greaterThan(1000);

      const copies: string[] = [];
      const fields = proseFields(json);
      expect(fields.length).to.be.greaterThan(300);
      for (const [path, text] of fields) {
        const w = words(text);
        for (let i = 0; i + COPY_RUN <= w.length; i++) {
          const run = w.slice(i, i + COPY_RUN).join(' ');
          if (runs.has(run)) copies.push(`${path}: "${run}"`);
        }
      }
      expect(copies).to.deep.equal([]);
    });
  });

  describe('stages (the progression table)', () => {
    it('has the five stages in order, with the typical years of the table and none for Director & Executive', () => {
      expect(data.stages.map((s) => [s.order, s.id, s.name, s.years ?? null])).to.deep.equal([
        [0, 'foundation', 'Foundation', { min: 0, max: 2 }],
        [1, 'entry', 'Entry-Level PM', { min: 2, max: 4 }],
        [2, 'mid', 'Mid-Level PM', { min: 4, max: 7 }],
        [3, 'senior', 'Senior PM', { min: 7, max: null }],
        [4, 'executive', 'Director & Executive', null],
      ]);
    });

    it('gives the first four stages the focus of the table and every stage a summary', () => {
      for (const stage of data.stages) expect(stage.summary, stage.id).to.be.a('string').and.not.be.empty;
      for (const id of ['foundation', 'entry', 'mid', 'senior']) {
        expect(byId(data.stages, id).focus, id).to.be.a('string').and.not.be.empty;
      }
    });

    it("lists the table's typical roles on the first four stages and the five director and executive titles on the last", () => {
      expect(Object.fromEntries(data.stages.map((s) => [s.id, s.titleIds]))).to.deep.equal({
        foundation: ['it-support-specialist', 'systems-analyst', 'developer'],
        entry: ['it-project-coordinator', 'associate-it-project-manager'],
        mid: ['it-project-manager', 'scrum-master', 'it-delivery-manager'],
        senior: ['senior-it-project-manager', 'it-program-manager', 'pmo-lead'],
        executive: [
          'director-of-it-project-management',
          'director-of-it-strategy-and-planning',
          'vp-of-it-project-management',
          'vp-of-it-strategy-and-transformation',
          'chief-information-officer',
        ],
      });
    });

    it('only lists titles of its own tier', () => {
      for (const stage of data.stages) {
        for (const id of stage.titleIds) expect(byId(data.titles, id).stage, id).to.equal(stage.id);
      }
    });

    it('has six daily responsibilities at entry, mid and senior level, and none invented for the others', () => {
      const counts = data.stages.map((s) => s.responsibilities.length);
      expect(counts).to.deep.equal([0, 6, 6, 6, 0]);
    });

    it('has the goals by career stage (4, 5, 5) and the balance advice by career stage (2 each)', () => {
      expect(data.stages.map((s) => s.goals.length)).to.deep.equal([0, 4, 5, 5, 0]);
      expect(data.stages.map((s) => s.balance.length)).to.deep.equal([0, 2, 2, 2, 0]);
    });
  });

  describe('titles', () => {
    it('has five job titles in each of the four tiers', () => {
      const jobs = titlesOfKind('job');
      expect(jobs).to.have.length(20);
      for (const tier of ['entry', 'mid', 'senior', 'executive']) {
        expect(
          jobs.filter((t) => t.stage === tier),
          tier,
        ).to.have.length(5);
      }
    });

    it('has the three foundation roles on the foundation stage', () => {
      const roles = titlesOfKind('foundation');
      expect(ids(roles)).to.deep.equal(['it-support-specialist', 'systems-analyst', 'developer']);
      for (const role of roles) expect(role.stage).to.equal('foundation');
    });

    it('has the six specialised roles and the five related careers, without a tier', () => {
      expect(ids(titlesOfKind('specialisation'))).to.deep.equal([
        'infrastructure-project-manager',
        'software-development-project-manager',
        'itsm-project-manager',
        'cybersecurity-project-manager',
        'erp-project-manager',
        'digital-transformation-project-manager',
      ]);
      expect(titlesOfKind('related').map((t) => t.name)).to.deep.equal([
        'Program Manager',
        'IT Business Analyst',
        'Technical Project Manager',
        'IT Consultant',
        'Product Manager',
      ]);
    });

    it('describes every title', () => {
      for (const title of data.titles) expect(title.description, title.id).to.be.a('string').and.not.be.empty;
    });

    it('keeps the other names the guide itself uses as aliases', () => {
      expect(byId(data.titles, 'associate-it-project-manager').aliases).to.include('Associate PM');
      expect(byId(data.titles, 'it-delivery-manager').aliases).to.include('Delivery Manager');
      expect(byId(data.titles, 'senior-it-project-manager').aliases).to.include('Senior Project Manager');
      expect(byId(data.titles, 'it-program-manager').aliases).to.include('Program Manager');
      expect(byId(data.titles, 'pmo-lead').aliases).to.include('Project Management Office Lead');
      expect(byId(data.titles, 'chief-information-officer').aliases).to.include('CIO');
    });

    it('leads from IT Project Manager to each specialised role', () => {
      expect(byId(data.titles, 'it-project-manager').next).to.have.members(
        ids(titlesOfKind('specialisation')),
      );
    });

    it('links related titles both ways, and related careers to their job title', () => {
      for (const title of data.titles) {
        for (const other of title.related) {
          expect(byId(data.titles, other).related, `${other} → ${title.id}`).to.include(title.id);
        }
      }
      expect(byId(data.titles, 'related-program-manager').related).to.deep.equal(['it-program-manager']);
      expect(byId(data.titles, 'related-technical-project-manager').related).to.deep.equal([
        'technical-project-manager',
      ]);
    });
  });

  describe('skills and categories', () => {
    const skillsIn = (category: string) => data.skills.filter((s) => s.category === category);

    it('has the nine technical and methodological skills', () => {
      expect(skillsIn('technical')).to.have.length(9);
    });

    it('has the five core competencies, each with its key skills and why it matters', () => {
      const competencies = data.categories.filter((c) => c.group === 'competency');
      expect(competencies.map((c) => [c.id, skillsIn(c.id).length])).to.deep.equal([
        ['planning-execution', 4],
        ['risk-management', 3],
        ['quality-assurance', 3],
        ['communication', 3],
        ['leadership', 4],
      ]);
      for (const c of competencies) expect(c.why, c.id).to.be.a('string').and.not.be.empty;
    });

    it('has the eight soft skills', () => {
      expect(skillsIn('soft-skills')).to.have.length(8);
    });

    it('has the tools of the five tool categories (4, 3, 4, 3, 2)', () => {
      const tools = data.categories.filter((c) => c.group === 'tools');
      expect(tools.map((c) => skillsIn(c.id).length)).to.deep.equal([4, 3, 4, 3, 2]);
      for (const c of tools) {
        for (const tool of skillsIn(c.id))
          expect(tool.description, tool.id).to.be.a('string').and.not.be.empty;
      }
    });

    it('keeps skills named only in "Skills by Career Stage" in their own category', () => {
      const stageFocus = byId(data.categories, 'stage-focus');
      expect(stageFocus).to.include({ group: 'stage-focus', source: 'Skills by Career Stage' });
      expect(ids(skillsIn('stage-focus'))).to.have.members([
        'documentation',
        'technical-specialization',
        'team-leadership',
        'strategic-planning',
        'portfolio-management',
        'organizational-influence',
        'innovation',
        'mentoring',
      ]);
    });

    it('puts the skills focus of the guide on entry (4), mid (6) and senior (5) level only', () => {
      expect(data.stages.map((s) => s.skillFocus.length)).to.deep.equal([0, 4, 6, 5, 0]);
    });

    it('reads the same from stages and from skills: a stage focuses on a skill exactly when the skill lists that stage', () => {
      const fromStages = data.stages.flatMap((s) => s.skillFocus.map((k) => `${s.id}:${k}`));
      const fromSkills = data.skills.flatMap((k) => k.focusStages.map((s) => `${s}:${k.id}`));
      expect(fromSkills).to.have.members(fromStages);
    });
  });

  describe('certifications', () => {
    it('has PMP, PRINCE2, CSM, ITIL and CAPM, each under its methodology', () => {
      expect(data.certifications.map((c) => [c.acronym, c.methodology])).to.deep.equal([
        ['PMP', 'traditional'],
        ['PRINCE2', 'traditional'],
        ['CSM', 'agile'],
        ['ITIL', 'service-management'],
        ['CAPM', 'traditional'],
      ]);
      expect(ids(data.methodologies)).to.deep.equal(['traditional', 'agile', 'service-management']);
    });

    it('says PMP needs 3+ years of project management experience and comes from the Project Management Institute', () => {
      const pmp = byId(data.certifications, 'pmp');
      expect(pmp.prerequisites?.minYears).to.equal(3);
      expect(pmp.issuer).to.equal('Project Management Institute');
      expect(pmp.covers).to.have.length(10);
    });

    it('makes CAPM the entry-level stepping stone to PMP, asking for no set number of years', () => {
      const capm = byId(data.certifications, 'capm');
      expect(capm.level).to.equal('entry');
      expect(capm.leadsTo).to.deep.equal(['pmp']);
      expect(capm.prerequisites?.text).to.be.a('string').and.not.be.empty;
      expect(capm.prerequisites).not.to.have.property('minYears');
    });

    it('calls PMP, PRINCE2 and ITIL advanced, as the guide does', () => {
      for (const id of ['pmp', 'prince2', 'itil'])
        expect(byId(data.certifications, id).level, id).to.equal('advanced');
    });

    it('says where each certification except CAPM is valued', () => {
      expect(Object.fromEntries(data.certifications.map((c) => [c.id, c.valuedIn.length]))).to.deep.equal({
        pmp: 1,
        prince2: 2,
        csm: 1,
        itil: 3,
        capm: 0,
      });
    });

    it('recommends PMP or CAPM at entry level and the advanced ones at mid level', () => {
      expect(byId(data.stages, 'entry').certificationIds).to.have.members(['pmp', 'capm']);
      expect(byId(data.stages, 'mid').certificationIds).to.have.members(['pmp', 'prince2', 'itil']);
    });

    it('reads the same from stages and from certifications', () => {
      const fromStages = data.stages.flatMap((s) => s.certificationIds.map((c) => `${s.id}:${c}`));
      const fromCerts = data.certifications.flatMap((c) => c.stages.map((s) => `${s}:${c.id}`));
      expect(fromCerts).to.have.members(fromStages);
    });
  });

  describe('sections (the other lists of the guide)', () => {
    it('has every list with the number of items the guide gives', () => {
      expect(Object.fromEntries(data.sections.map((s) => [s.id, s.items.length]))).to.deep.equal({
        'core-responsibilities': 10,
        education: 6,
        accelerators: 6,
        'alternative-pathways': 4,
        timeline: 4,
        'demonstrating-skills': 6,
        'advancing-title': 8,
        'salary-factors': 6,
        'balance-challenges': 5,
        'balance-strategies': 8,
        'technical-proficiency': 4,
        'project-delivery': 5,
        'strategic-leadership': 5,
        'network-influence': 4,
        personal: 4,
        'certification-benefits': 6,
        'certification-selection': 5,
        'interview-categories': 5,
        'interview-questions': 8,
        'interview-preparation': 6,
        'advancement-beyond': 4,
      });
    });

    it('groups the five types of development goals', () => {
      expect(ids(data.sections.filter((s) => s.group === 'development-goals'))).to.deep.equal([
        'technical-proficiency',
        'project-delivery',
        'strategic-leadership',
        'network-influence',
        'personal',
      ]);
    });

    it('gives the 3 to 7 year timeline its years', () => {
      expect(byId(data.sections, 'timeline').years).to.deep.equal({ min: 3, max: 7 });
    });

    it('labels the pathways, selection criteria, interview categories and paths beyond', () => {
      const labels = (id: string) => sectionItems(id).map((i) => i.label);
      expect(labels('alternative-pathways')).to.deep.equal([
        'From another PM discipline',
        'From subject matter expertise',
        'From Agile/Scrum roles',
        'Self-directed learning',
      ]);
      expect(labels('certification-selection')).to.deep.equal([
        'Career goals',
        'Organization',
        'Background',
        'Industry focus',
        'Time and budget',
      ]);
      expect(labels('interview-categories')).to.deep.equal([
        'Behavioral',
        'Technical and process',
        'Case study and scenario',
        'Leadership and team management',
        'Adaptability and change management',
      ]);
      expect(labels('advancement-beyond')).to.deep.equal([
        'Director roles',
        'VP positions',
        'C-level',
        'Specialized expertise',
      ]);
    });

    it('notes the premium pay of senior and in-demand roles with the salary factors', () => {
      expect(byId(data.sections, 'salary-factors').summary).to.match(/premium/);
    });
  });
});
