import { expect } from '@open-wc/testing';
import {
  assessmentGap,
  categoryById,
  certificationById,
  certificationsForStage,
  certificationsForTitle,
  isRating,
  nextStage,
  nextStageDiff,
  previousStage,
  RATING_LEVELS,
  relatedTitles,
  skillById,
  skillFocusByStage,
  skillsByCategory,
  stageById,
  stageFocusesSkill,
  stageFocusSkills,
  stagesInOrder,
  titleById,
  titleNextSteps,
  titleStage,
  titlesByStage,
  titlesByTier,
} from '../../src/data/query.js';
import type { Certification, Dataset, Skill, Stage, Title } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';

const source = 'test fixture';
const item = (id: string) => ({ id, text: `${id} text`, source });
const stage = (s: Partial<Stage> & Pick<Stage, 'id' | 'order'>): Stage => ({
  name: s.id,
  responsibilities: [],
  skillFocus: [],
  goals: [],
  balance: [],
  titleIds: [],
  certificationIds: [],
  source,
  ...s,
});
const title = (t: Partial<Title> & Pick<Title, 'id' | 'kind'>): Title => ({
  name: t.id,
  aliases: [],
  description: `${t.id} description`,
  next: [],
  related: [],
  certificationIds: [],
  source,
  ...t,
});
const skill = (id: string, category: string, focusStages: string[] = []): Skill => ({
  id,
  name: id,
  category,
  focusStages,
  source,
});
const cert = (c: Partial<Certification> & Pick<Certification, 'id' | 'methodology'>): Certification => ({
  acronym: c.id.toUpperCase(),
  name: c.id,
  covers: [],
  valuedIn: [],
  stages: [],
  leadsTo: [],
  citations: [],
  source,
  ...c,
});

/** Stages deliberately out of order in the array; `order` decides. */
const data: Dataset = {
  schemaVersion: 1,
  id: 'fixture',
  name: 'Fixture',
  version: '1',
  locale: 'en',
  sources: [],
  stages: [
    stage({
      id: 'mid',
      order: 2,
      responsibilities: [item('lead-teams'), item('manage-risk')],
      skillFocus: ['risk', 'leadership'],
      titleIds: ['pm', 'scrum-master'],
      certificationIds: ['pmp'],
    }),
    stage({ id: 'foundation', order: 0, skillFocus: ['systems'], titleIds: ['support'] }),
    stage({
      id: 'entry',
      order: 1,
      responsibilities: [item('assist-planning')],
      skillFocus: ['scheduling', 'docs'],
      titleIds: ['coordinator', 'associate'],
      certificationIds: ['capm'],
    }),
    stage({
      id: 'senior',
      order: 3,
      responsibilities: [item('portfolio')],
      skillFocus: ['strategy'],
      titleIds: ['senior-pm'],
      certificationIds: ['pmp', 'itil'],
    }),
  ],
  titles: [
    title({ id: 'support', kind: 'foundation', stage: 'foundation' }),
    title({ id: 'coordinator', kind: 'job', stage: 'entry', next: ['pm'] }),
    title({ id: 'associate', kind: 'job', stage: 'entry' }),
    title({ id: 'junior', kind: 'job', stage: 'entry' }),
    title({
      id: 'pm',
      kind: 'job',
      stage: 'mid',
      next: ['program'],
      related: ['delivery'],
      certificationIds: ['csm'],
    }),
    title({ id: 'scrum-master', kind: 'job' }),
    title({ id: 'delivery', kind: 'job', stage: 'mid' }),
    title({ id: 'senior-pm', kind: 'job', stage: 'senior' }),
    title({ id: 'program', kind: 'job', stage: 'senior' }),
    title({ id: 'infra', kind: 'specialisation', stage: 'mid', related: ['pm'] }),
    title({ id: 'consultant', kind: 'related', related: ['pm'], certificationIds: ['itil'] }),
    title({ id: 'orphan', kind: 'job' }),
  ],
  categories: [
    { id: 'planning', name: 'Planning', source },
    { id: 'people', name: 'People', source },
    { id: 'soft', name: 'Soft skills', source },
    { id: 'tools', name: 'Tools', source },
  ],
  skills: [
    skill('scheduling', 'planning'),
    skill('docs', 'planning'),
    skill('risk', 'planning'),
    skill('leadership', 'people', ['entry']),
    skill('strategy', 'people'),
    skill('systems', 'planning'),
    skill('negotiation', 'soft', ['mid']),
  ],
  methodologies: [
    { id: 'traditional', name: 'Traditional', source },
    { id: 'agile', name: 'Agile', source },
    { id: 'service-management', name: 'IT service management', source },
  ],
  certifications: [
    cert({ id: 'pmp', methodology: 'traditional', level: 'advanced' }),
    cert({ id: 'prince2', methodology: 'traditional', stages: ['entry'] }),
    cert({ id: 'csm', methodology: 'agile', stages: ['entry', 'mid'] }),
    cert({ id: 'itil', methodology: 'service-management' }),
    cert({ id: 'capm', methodology: 'traditional', level: 'entry', leadsTo: ['pmp'] }),
  ],
  sections: [],
};

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('query: the fixture', () => {
  it('is a valid dataset, so the tests exercise data the widgets can receive', () => {
    const result = validateDataset(data);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.errors)).to.equal(true);
  });
});

describe('query: lookups by id', () => {
  it('finds records and gives null for unknown ids', () => {
    expect(titleById(data, 'pm')?.id).to.equal('pm');
    expect(skillById(data, 'risk')?.id).to.equal('risk');
    expect(certificationById(data, 'capm')?.id).to.equal('capm');
    expect(categoryById(data, 'soft')?.name).to.equal('Soft skills');
    expect(titleById(data, 'nope')).to.equal(null);
    expect(skillById(data, 'nope')).to.equal(null);
    expect(certificationById(data, 'nope')).to.equal(null);
    expect(categoryById(data, 'nope')).to.equal(null);
  });

  it('does not treat inherited object keys as ids', () => {
    expect(titleById(data, 'constructor')).to.equal(null);
    expect(stageById(data, '__proto__')).to.equal(null);
  });
});

describe('query: stages', () => {
  it('stagesInOrder sorts by order without touching the data', () => {
    const before = ids(data.stages);
    expect(ids(stagesInOrder(data))).to.deep.equal(['foundation', 'entry', 'mid', 'senior']);
    expect(ids(data.stages)).to.deep.equal(before);
    expect(stagesInOrder(data)).to.equal(stagesInOrder(data), 'cached per stages array');
  });

  it('stageById finds a stage; unknown, null and undefined give null', () => {
    expect(stageById(data, 'entry')?.order).to.equal(1);
    expect(stageById(data, 'nope')).to.equal(null);
    expect(stageById(data, null)).to.equal(null);
    expect(stageById(data, undefined)).to.equal(null);
  });

  it('nextStage and previousStage follow the order and stop at the ends', () => {
    expect(nextStage(data, 'foundation')?.id).to.equal('entry');
    expect(nextStage(data, 'mid')?.id).to.equal('senior');
    expect(nextStage(data, 'senior')).to.equal(null);
    expect(previousStage(data, 'entry')?.id).to.equal('foundation');
    expect(previousStage(data, 'foundation')).to.equal(null);
    expect(nextStage(data, 'nope')).to.equal(null);
    expect(previousStage(data, 'nope')).to.equal(null);
  });

  it('certificationsForStage lists certificationIds first, then certifications naming the stage', () => {
    expect(ids(certificationsForStage(data, 'entry'))).to.deep.equal(['capm', 'prince2', 'csm']);
    expect(ids(certificationsForStage(data, 'mid'))).to.deep.equal(['pmp', 'csm']);
    expect(ids(certificationsForStage(data, 'foundation'))).to.deep.equal([]);
    expect(certificationsForStage(data, 'nope')).to.deep.equal([]);
  });

  it('stageFocusSkills lists skillFocus first, then skills naming the stage, known skills only', () => {
    expect(ids(stageFocusSkills(data, 'entry'))).to.deep.equal(['scheduling', 'docs', 'leadership']);
    expect(ids(stageFocusSkills(data, 'mid'))).to.deep.equal(['risk', 'leadership', 'negotiation']);
    const ghost = {
      ...data,
      stages: data.stages.map((s) => ({ ...s, skillFocus: [...s.skillFocus, 'ghost'] })),
    };
    expect(ids(stageFocusSkills(ghost, 'senior'))).to.deep.equal(['strategy']);
    expect(stageFocusSkills(data, 'nope')).to.deep.equal([]);
  });
});

describe('query: nextStageDiff', () => {
  it('says what the next stage adds', () => {
    const diff = nextStageDiff(data, 'entry')!;
    expect(diff.from.id).to.equal('entry');
    expect(diff.to.id).to.equal('mid');
    expect(ids(diff.responsibilities)).to.deep.equal(['lead-teams', 'manage-risk']);
    // leadership is already an entry focus (through its focusStages), so it is not new.
    expect(ids(diff.skillFocus)).to.deep.equal(['risk', 'negotiation']);
    // csm is recommended at entry already; pmp opens up.
    expect(ids(diff.certifications)).to.deep.equal(['pmp']);
    // titleIds first, then job titles of the stage; the specialisation (infra) is not a rung title.
    expect(ids(diff.titles)).to.deep.equal(['pm', 'scrum-master', 'delivery']);
  });

  it('works from the first stage', () => {
    const diff = nextStageDiff(data, 'foundation')!;
    expect(diff.to.id).to.equal('entry');
    expect(ids(diff.skillFocus)).to.deep.equal(['scheduling', 'docs', 'leadership']);
    expect(ids(diff.certifications)).to.deep.equal(['capm', 'prince2', 'csm']);
    expect(ids(diff.titles)).to.deep.equal(['coordinator', 'associate', 'junior']);
  });

  it('leaves out titles already available at the current stage', () => {
    const shared = {
      ...data,
      stages: data.stages.map((s) => (s.id === 'mid' ? { ...s, titleIds: [...s.titleIds, 'senior-pm'] } : s)),
    };
    expect(ids(nextStageDiff(shared, 'mid')!.titles)).to.deep.equal(['program']);
    expect(ids(nextStageDiff(data, 'mid')!.titles)).to.deep.equal(['senior-pm', 'program']);
  });

  it('returns fresh lists, never the data arrays', () => {
    const diff = nextStageDiff(data, 'entry')!;
    expect(diff.responsibilities).not.to.equal(diff.to.responsibilities);
  });

  it('is null at the last stage and for an unknown id', () => {
    expect(nextStageDiff(data, 'senior')).to.equal(null);
    expect(nextStageDiff(data, 'nope')).to.equal(null);
  });
});

describe('query: titles', () => {
  it('titlesByStage lists titleIds first, then other titles of the stage, without duplicates', () => {
    expect(ids(titlesByStage(data, 'entry'))).to.deep.equal(['coordinator', 'associate', 'junior']);
    expect(ids(titlesByStage(data, 'mid'))).to.deep.equal(['pm', 'scrum-master', 'delivery', 'infra']);
    expect(titlesByStage(data, 'nope')).to.deep.equal([]);
  });

  it('titleStage uses the title’s own stage, else the stage listing it', () => {
    expect(titleStage(data, 'pm')?.id).to.equal('mid');
    expect(titleStage(data, 'scrum-master')?.id).to.equal('mid');
    expect(titleStage(data, 'consultant')).to.equal(null);
    expect(titleStage(data, 'nope')).to.equal(null);
  });

  it('titlesByTier puts every title in exactly one group, tiers in stage order', () => {
    const groups = titlesByTier(data);
    expect(groups.map((g) => [g.group, g.stage?.id ?? null, ids(g.titles)])).to.deep.equal([
      ['stage', 'foundation', ['support']],
      ['stage', 'entry', ['coordinator', 'associate', 'junior']],
      ['stage', 'mid', ['pm', 'scrum-master', 'delivery']],
      ['stage', 'senior', ['senior-pm', 'program']],
      ['specialisation', null, ['infra']],
      ['related', null, ['consultant']],
      ['other', null, ['orphan']],
    ]);
    const all = groups.flatMap((g) => ids(g.titles));
    expect(all.length).to.equal(data.titles.length);
    expect(new Set(all).size).to.equal(data.titles.length);
  });

  it('titlesByTier places a title listed by two stages under its own stage only', () => {
    const twice = {
      ...data,
      stages: data.stages.map((s) => (s.id === 'entry' ? { ...s, titleIds: [...s.titleIds, 'pm'] } : s)),
    };
    const groups = titlesByTier(twice);
    expect(ids(groups.find((g) => g.stage?.id === 'entry')!.titles)).to.not.include('pm');
    expect(ids(groups.find((g) => g.stage?.id === 'mid')!.titles)).to.include('pm');
  });

  it('titlesByTier leaves out empty groups', () => {
    const small = { ...data, titles: data.titles.filter((t) => t.kind === 'job' && t.stage === 'senior') };
    expect(titlesByTier(small).map((g) => g.group)).to.deep.equal(['stage']);
  });

  it('titleNextSteps gives explicit next titles, then job titles of the next stage', () => {
    expect(ids(titleNextSteps(data, 'coordinator'))).to.deep.equal(['pm', 'scrum-master', 'delivery']);
    expect(ids(titleNextSteps(data, 'pm'))).to.deep.equal(['program', 'senior-pm']);
    expect(ids(titleNextSteps(data, 'scrum-master'))).to.deep.equal(['senior-pm', 'program']);
    expect(ids(titleNextSteps(data, 'infra'))).to.deep.equal(['senior-pm', 'program']);
    expect(ids(titleNextSteps(data, 'support'))).to.deep.equal(['coordinator', 'associate', 'junior']);
  });

  it('titleNextSteps is empty at the top, without a stage, and for unknown ids', () => {
    expect(titleNextSteps(data, 'senior-pm')).to.deep.equal([]);
    expect(titleNextSteps(data, 'consultant')).to.deep.equal([]);
    expect(titleNextSteps(data, 'nope')).to.deep.equal([]);
  });

  it('titleNextSteps never lists the title itself and drops unknown ids', () => {
    const selfish = {
      ...data,
      titles: data.titles.map((t) => (t.id === 'delivery' ? { ...t, next: ['delivery', 'ghost', 'pm'] } : t)),
      stages: data.stages.map((s) => (s.id === 'senior' ? { ...s, titleIds: ['senior-pm', 'delivery'] } : s)),
    };
    expect(ids(titleNextSteps(selfish, 'delivery'))).to.deep.equal(['pm', 'senior-pm', 'program']);
  });

  it('relatedTitles gives its related list, then titles pointing back, never itself', () => {
    expect(ids(relatedTitles(data, 'pm'))).to.deep.equal(['delivery', 'infra', 'consultant']);
    expect(ids(relatedTitles(data, 'delivery'))).to.deep.equal(['pm']);
    expect(ids(relatedTitles(data, 'junior'))).to.deep.equal([]);
    expect(relatedTitles(data, 'nope')).to.deep.equal([]);
  });

  it('certificationsForTitle gives its own certifications, then those of its stage', () => {
    expect(ids(certificationsForTitle(data, 'pm'))).to.deep.equal(['csm', 'pmp']);
    expect(ids(certificationsForTitle(data, 'scrum-master'))).to.deep.equal(['pmp', 'csm']);
    expect(ids(certificationsForTitle(data, 'consultant'))).to.deep.equal(['itil']);
    expect(ids(certificationsForTitle(data, 'support'))).to.deep.equal([]);
    expect(certificationsForTitle(data, 'nope')).to.deep.equal([]);
  });
});

describe('query: skills', () => {
  it('skillsByCategory groups skills in category order, empty categories included', () => {
    expect(skillsByCategory(data).map((g) => [g.category.id, ids(g.skills)])).to.deep.equal([
      ['planning', ['scheduling', 'docs', 'risk', 'systems']],
      ['people', ['leadership', 'strategy']],
      ['soft', ['negotiation']],
      ['tools', []],
    ]);
  });

  it('skillFocusByStage is the union of stage.skillFocus and skill.focusStages, in stage order', () => {
    const focus = skillFocusByStage(data);
    expect([...focus.keys()]).to.deep.equal(['foundation', 'entry', 'mid', 'senior']);
    expect([...focus.get('entry')!]).to.deep.equal(['scheduling', 'docs', 'leadership']);
    expect([...focus.get('mid')!]).to.deep.equal(['risk', 'leadership', 'negotiation']);
    expect([...focus.get('senior')!]).to.deep.equal(['strategy']);
  });

  it('stageFocusesSkill answers per cell; unknown ids are false', () => {
    expect(stageFocusesSkill(data, 'mid', 'negotiation')).to.equal(true);
    expect(stageFocusesSkill(data, 'entry', 'leadership')).to.equal(true);
    expect(stageFocusesSkill(data, 'senior', 'risk')).to.equal(false);
    expect(stageFocusesSkill(data, 'nope', 'risk')).to.equal(false);
    expect(stageFocusesSkill(data, 'mid', 'nope')).to.equal(false);
  });
});

describe('query: assessmentGap', () => {
  it('has a rating scale of 0 to 4', () => {
    expect([...RATING_LEVELS]).to.deep.equal([0, 1, 2, 3, 4]);
    expect(RATING_LEVELS.every(isRating)).to.equal(true);
    for (const bad of [-1, 5, 2.5, '2', null, undefined, Number.NaN]) expect(isRating(bad)).to.equal(false);
  });

  it('measures every focus skill of the target stage against the expected level', () => {
    const gap = assessmentGap(data, { risk: 3, leadership: 1, scheduling: 0 }, 'mid')!;
    expect(gap.stage.id).to.equal('mid');
    expect(gap.expected).to.equal(2);
    expect(
      gap.skills.map((s) => ({
        id: s.skill.id,
        rating: s.rating,
        gap: s.gap,
        met: s.met,
        expected: s.expected,
      })),
    ).to.deep.equal([
      { id: 'risk', rating: 3, gap: 0, met: true, expected: 2 },
      { id: 'leadership', rating: 1, gap: 1, met: false, expected: 2 },
      { id: 'negotiation', rating: undefined, gap: 2, met: false, expected: 2 },
    ]);
    expect(gap.summary).to.deep.equal({ focusCount: 3, metCount: 1, ratedCount: 2 });
  });

  it('takes another expected level', () => {
    const gap = assessmentGap(data, { risk: 3, leadership: 4, negotiation: 0 }, 'mid', { expected: 4 })!;
    expect(gap.skills.map((s) => s.gap)).to.deep.equal([1, 0, 4]);
    expect(gap.summary).to.deep.equal({ focusCount: 3, metCount: 1, ratedCount: 3 });
  });

  it('counts a rating equal to the expected level as met, and a 0 rating as rated', () => {
    const gap = assessmentGap(data, { strategy: 0 }, 'senior', { expected: 0 })!;
    expect(gap.skills[0]).to.include({ rating: 0, gap: 0, met: true });
  });

  it('treats invalid stored values as unrated and ignores inherited keys', () => {
    const ratings = JSON.parse(
      '{"risk": 7, "leadership": "3", "negotiation": 1.5, "__proto__": {"risk": 4}}',
    );
    const gap = assessmentGap(data, ratings, 'mid')!;
    expect(gap.skills.map((s) => s.rating)).to.deep.equal([undefined, undefined, undefined]);
    expect(gap.summary.ratedCount).to.equal(0);
  });

  it('is null for an unknown stage and empty for a stage without focus', () => {
    expect(assessmentGap(data, {}, 'nope')).to.equal(null);
    const none = { ...data, stages: data.stages.map((s) => ({ ...s, skillFocus: [] })), skills: [] };
    expect(assessmentGap(none, {}, 'mid')!.summary).to.deep.equal({
      focusCount: 0,
      metCount: 0,
      ratedCount: 0,
    });
  });
});

describe('query: never mutates the data', () => {
  it('leaves a frozen dataset intact', () => {
    const freeze = <T>(value: T): T => {
      if (value && typeof value === 'object') {
        for (const v of Object.values(value)) freeze(v);
        Object.freeze(value);
      }
      return value;
    };
    const frozen = freeze(structuredClone(data));
    expect(() => {
      stagesInOrder(frozen);
      for (const s of frozen.stages) {
        nextStageDiff(frozen, s.id);
        titlesByStage(frozen, s.id);
        assessmentGap(frozen, { risk: 2 }, s.id);
      }
      titlesByTier(frozen);
      skillsByCategory(frozen);
      skillFocusByStage(frozen);
      for (const t of frozen.titles) {
        titleNextSteps(frozen, t.id);
        relatedTitles(frozen, t.id);
        certificationsForTitle(frozen, t.id);
      }
    }).not.to.throw();
  });
});

describe('query: the default dataset', () => {
  let dataset: Dataset | null = null;

  before(async function () {
    const res = await fetch(new URL('../../data/it-project-manager.json', import.meta.url)).catch(() => null);
    if (!res?.ok) this.skip();
    ({ defaultDataset: dataset } = await import('../../src/data/default-dataset.js'));
  });

  it('has the ladder of the guide in order with typical years', () => {
    const stages = stagesInOrder(dataset!);
    expect(stages.length).to.be.at.least(5);
    expect(stages.slice(0, 4).map((s) => s.years?.min)).to.deep.equal([0, 2, 4, 7]);
    expect(stages[3]!.years?.max).to.equal(null);
  });

  it('has a next-stage diff for every stage but the last', () => {
    const stages = stagesInOrder(dataset!);
    for (const s of stages.slice(0, -1)) {
      const diff = nextStageDiff(dataset!, s.id)!;
      expect(diff.to.id).to.equal(nextStage(dataset!, s.id)!.id);
      expect(diff.titles.length, `titles that open up after ${s.id}`).to.be.greaterThan(0);
    }
    expect(nextStageDiff(dataset!, stages.at(-1)!.id)).to.equal(null);
  });

  it('groups every title exactly once', () => {
    const all = titlesByTier(dataset!).flatMap((g) => ids(g.titles));
    expect(all.length).to.equal(dataset!.titles.length);
    expect(new Set(all).size).to.equal(all.length);
  });

  it('gives entry-level job titles the titles of the next tier as next steps', () => {
    const [, entry, mid] = stagesInOrder(dataset!);
    const first = titlesByStage(dataset!, entry!.id).find((t) => t.kind === 'job')!;
    const steps = ids(titleNextSteps(dataset!, first.id));
    for (const id of mid!.titleIds) expect(steps).to.include(id);
  });

  it('measures a gap against every stage that has a skill focus', () => {
    for (const s of stagesInOrder(dataset!)) {
      const gap = assessmentGap(dataset!, {}, s.id)!;
      expect(gap.summary.metCount).to.equal(0);
      expect(gap.summary.focusCount).to.equal(skillFocusByStage(dataset!).get(s.id)!.size);
    }
  });
});
