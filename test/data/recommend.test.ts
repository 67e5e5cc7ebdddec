import { expect } from '@open-wc/testing';
import {
  type CertificationAnswers,
  filterCertifications,
  matchingValuedIn,
  minYears,
  type RankedCertification,
  rankCertifications,
} from '../../src/data/recommend.js';
import type { Certification, Dataset, Stage } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';

const source = 'test fixture';
const cert = (
  c: Partial<Certification> & Pick<Certification, 'id' | 'acronym' | 'methodology'>,
): Certification => ({
  name: c.acronym,
  covers: [],
  valuedIn: [],
  stages: [],
  leadsTo: [],
  citations: [],
  source,
  ...c,
});
const stage = (id: string, order: number, certificationIds: string[] = []): Stage => ({
  id,
  order,
  name: id,
  responsibilities: [],
  skillFocus: [],
  goals: [],
  balance: [],
  titleIds: [],
  certificationIds,
  source,
});

/** Shaped like the guide's five certifications, in the guide's order. */
const data: Dataset = {
  schemaVersion: 1,
  id: 'fixture',
  name: 'Fixture',
  version: '1',
  locale: 'en',
  sources: [],
  stages: [stage('entry', 0, ['capm']), stage('mid', 1, ['pmp', 'prince2'])],
  titles: [],
  categories: [],
  skills: [],
  methodologies: [
    { id: 'traditional', name: 'Traditional', source },
    { id: 'agile', name: 'Agile', source },
    { id: 'service-management', name: 'IT service management', source },
  ],
  certifications: [
    cert({
      id: 'pmp',
      acronym: 'PMP',
      methodology: 'traditional',
      level: 'advanced',
      prerequisites: { text: 'Three years of project management experience and an exam.', minYears: 3 },
      valuedIn: ['Worldwide'],
      stages: ['entry', 'mid'],
    }),
    cert({
      id: 'prince2',
      acronym: 'PRINCE2',
      methodology: 'traditional',
      valuedIn: ['Europe', 'Government'],
    }),
    cert({ id: 'csm', acronym: 'CSM', methodology: 'agile', valuedIn: ['Agile teams'] }),
    cert({
      id: 'itil',
      acronym: 'ITIL',
      methodology: 'service-management',
      valuedIn: ['IT service delivery', 'IT operations'],
      stages: ['mid'],
    }),
    cert({
      id: 'capm',
      acronym: 'CAPM',
      methodology: 'traditional',
      level: 'entry',
      prerequisites: { text: 'Less experience than PMP.' },
      leadsTo: ['pmp'],
    }),
  ],
  sections: [],
};

const ids = (list: readonly Certification[]) => list.map((c) => c.id);
const order = (ranked: readonly RankedCertification[]) => ranked.map((r) => r.certification.id);
const reasonsOf = (ranked: readonly RankedCertification[]) =>
  Object.fromEntries(ranked.map((r) => [r.certification.id, r.reasons]));

describe('recommend: the fixture', () => {
  it('is a valid dataset', () => {
    const result = validateDataset(data);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.errors)).to.equal(true);
  });
});

describe('recommend: helpers', () => {
  it('minYears is the stated minimum, 0 when none is stated', () => {
    expect(data.certifications.map(minYears)).to.deep.equal([3, 0, 0, 0, 0]);
  });

  it('matchingValuedIn matches labels case- and accent-insensitively', () => {
    const itil = data.certifications[3]!;
    expect(matchingValuedIn(itil, 'it')).to.deep.equal(['IT service delivery', 'IT operations']);
    expect(matchingValuedIn(itil, ' OPERATIONS ')).to.deep.equal(['IT operations']);
    expect(matchingValuedIn(data.certifications[1]!, 'éurope')).to.deep.equal(['Europe']);
    expect(matchingValuedIn(itil, '')).to.deep.equal([]);
    expect(matchingValuedIn(itil, '(.*)')).to.deep.equal([]);
  });

  it('matchingValuedIn matches words from their start, never letters inside a word', () => {
    const c = cert({
      id: 'x',
      acronym: 'X',
      methodology: 'agile',
      valuedIn: ['Digital agencies', 'United States', 'IT operations', 'Local government'],
    });
    expect(matchingValuedIn(c, 'IT')).to.deep.equal(['IT operations']);
    expect(matchingValuedIn(c, 'gov')).to.deep.equal(['Local government']);
    expect(matchingValuedIn(c, 'it ops')).to.deep.equal([]);
    expect(matchingValuedIn(c, 'united-states')).to.deep.equal(['United States']);
    expect(matchingValuedIn(c, 'tal')).to.deep.equal([]);
  });
});

describe('recommend: filterCertifications', () => {
  it('keeps everything without filters', () => {
    expect(ids(filterCertifications(data))).to.deep.equal(['pmp', 'prince2', 'csm', 'itil', 'capm']);
    expect(ids(filterCertifications(data, {}))).to.deep.equal(['pmp', 'prince2', 'csm', 'itil', 'capm']);
  });

  it('filters by methodology', () => {
    expect(ids(filterCertifications(data, { methodology: 'traditional' }))).to.deep.equal([
      'pmp',
      'prince2',
      'capm',
    ]);
    expect(ids(filterCertifications(data, { methodology: 'agile' }))).to.deep.equal(['csm']);
    expect(filterCertifications(data, { methodology: 'nope' })).to.deep.equal([]);
  });

  it('filters by years: minYears at most the years given; no minYears means no requirement', () => {
    expect(ids(filterCertifications(data, { years: 0 }))).to.deep.equal(['prince2', 'csm', 'itil', 'capm']);
    expect(ids(filterCertifications(data, { years: 2.9 }))).to.deep.equal(['prince2', 'csm', 'itil', 'capm']);
    expect(ids(filterCertifications(data, { years: 3 }))).to.deep.equal([
      'pmp',
      'prince2',
      'csm',
      'itil',
      'capm',
    ]);
  });

  it('filters by stage: recommended there (either side of the link), or tied to no stage at all', () => {
    // capm: the stage lists it; pmp: it lists the stage; csm: no stage anywhere, so it is kept.
    expect(ids(filterCertifications(data, { stage: 'entry' }))).to.deep.equal(['pmp', 'csm', 'capm']);
    expect(ids(filterCertifications(data, { stage: 'mid' }))).to.deep.equal([
      'pmp',
      'prince2',
      'csm',
      'itil',
    ]);
    expect(filterCertifications(data, { stage: 'nope' })).to.deep.equal([]);
  });

  it('filters by where it is valued', () => {
    expect(ids(filterCertifications(data, { valuedIn: 'GOVERN' }))).to.deep.equal(['prince2']);
    expect(ids(filterCertifications(data, { valuedIn: 'it' }))).to.deep.equal(['itil']);
    expect(ids(filterCertifications(data, { valuedIn: '  ' }))).to.have.length(5);
    expect(filterCertifications(data, { valuedIn: 'mars' })).to.deep.equal([]);
  });

  it('combines filters', () => {
    expect(
      ids(filterCertifications(data, { methodology: 'traditional', years: 2, stage: 'mid' })),
    ).to.deep.equal(['prince2']);
  });
});

const NAMES: Record<string, string> = {
  traditional: 'Traditional',
  agile: 'Agile',
  'service-management': 'IT service management',
};
const METHOD: Record<string, string> = {
  PMP: 'traditional',
  PRINCE2: 'traditional',
  CSM: 'agile',
  ITIL: 'service-management',
  CAPM: 'traditional',
};
/** The goal sentence, from the fixture's names. */
const goalSentence = (acronym: string, goal: string) => {
  const own = NAMES[METHOD[acronym]!]!;
  return METHOD[acronym] === goal
    ? `${acronym} is for ${own}, the methodology you are moving toward.`
    : `${acronym} is for ${own}, not ${NAMES[goal]}, the methodology you are moving toward.`;
};
const NOTHING = (acronym: string) => `Nothing in your answers sets ${acronym} apart.`;

describe('recommend: rankCertifications, every goal × years', () => {
  const goals = [undefined, 'traditional', 'agile', 'service-management'] as const;
  const expectedOrder: Record<string, Record<number, string[]>> = {
    none: {
      0: ['capm', 'prince2', 'csm', 'itil', 'pmp'],
      2: ['capm', 'prince2', 'csm', 'itil', 'pmp'],
      5: ['pmp', 'prince2', 'csm', 'itil', 'capm'],
    },
    traditional: {
      0: ['capm', 'prince2', 'csm', 'itil', 'pmp'],
      2: ['capm', 'prince2', 'csm', 'itil', 'pmp'],
      5: ['pmp', 'prince2', 'capm', 'csm', 'itil'],
    },
    agile: {
      0: ['csm', 'prince2', 'itil', 'capm', 'pmp'],
      2: ['csm', 'prince2', 'itil', 'capm', 'pmp'],
      5: ['csm', 'pmp', 'prince2', 'itil', 'capm'],
    },
    'service-management': {
      0: ['itil', 'prince2', 'csm', 'capm', 'pmp'],
      2: ['itil', 'prince2', 'csm', 'capm', 'pmp'],
      5: ['itil', 'pmp', 'prince2', 'csm', 'capm'],
    },
  };

  /** The reasons every certification should give, written out sentence by sentence. */
  const expectedReasons = (goal: string | undefined, years: number): Record<string, string[]> => {
    const g = (acronym: string) => (goal ? [goalSentence(acronym, goal)] : []);
    const orNothing = (acronym: string, reasons: string[]) => (reasons.length ? reasons : [NOTHING(acronym)]);
    const pmpReachable = goal === undefined || goal === 'traditional';
    return {
      pmp:
        years < 3
          ? [
              `PMP asks for 3+ years of experience; with ${years} years, CAPM is the stepping stone.`,
              ...g('PMP'),
            ]
          : [...g('PMP'), `With ${years} years of experience you meet the 3+ years PMP asks for.`],
      prince2: orNothing('PRINCE2', g('PRINCE2')),
      csm: orNothing('CSM', g('CSM')),
      itil: orNothing('ITIL', g('ITIL')),
      capm: orNothing('CAPM', [
        ...g('CAPM'),
        ...(years >= 3
          ? [`With ${years} years of experience you already qualify for PMP, which CAPM leads to.`]
          : pmpReachable
            ? ['CAPM is a stepping stone to PMP.']
            : []),
      ]),
    };
  };

  for (const goal of goals) {
    for (const years of [0, 2, 5]) {
      it(`goal ${goal ?? '(none)'}, ${years} years`, () => {
        const ranked = rankCertifications(data, { goal, years });
        expect(order(ranked)).to.deep.equal(expectedOrder[goal ?? 'none']![years]);
        expect(new Set(order(ranked)).size).to.equal(data.certifications.length);
        expect(reasonsOf(ranked)).to.deep.equal(expectedReasons(goal, years));
        const pmp = ranked.find((r) => r.certification.id === 'pmp')!;
        expect(pmp.eligible).to.equal(years >= 3);
        expect(ranked.filter((r) => r.certification.id !== 'pmp').every((r) => r.eligible)).to.equal(true);
        // Eligible first, and scores never increase down the eligible part of the list.
        const firstIneligible = ranked.findIndex((r) => !r.eligible);
        if (firstIneligible >= 0)
          expect(ranked.slice(firstIneligible).every((r) => !r.eligible)).to.equal(true);
        const scores = ranked.filter((r) => r.eligible).map((r) => r.score);
        expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
      });
    }
  }
});

describe('recommend: rankCertifications, other answers', () => {
  it('keeps data order with reasons when nothing is answered; without years everyone counts as eligible', () => {
    const ranked = rankCertifications(data, {});
    expect(order(ranked)).to.deep.equal(['pmp', 'prince2', 'csm', 'itil', 'capm']);
    expect(ranked.every((r) => r.eligible && r.score === 0)).to.equal(true);
    expect(reasonsOf(ranked)).to.deep.equal({
      pmp: ['PMP asks for 3+ years of experience.'],
      prince2: [NOTHING('PRINCE2')],
      csm: [NOTHING('CSM')],
      itil: [NOTHING('ITIL')],
      capm: [NOTHING('CAPM')],
    });
    expect(order(rankCertifications(data))).to.deep.equal(order(ranked));
  });

  it('weighs what the organisation values', () => {
    const ranked = rankCertifications(data, {
      goal: 'agile',
      years: 2,
      organisationValues: ['itil', 'nope'],
    });
    expect(order(ranked)).to.deep.equal(['csm', 'itil', 'prince2', 'capm', 'pmp']);
    expect(reasonsOf(ranked).itil).to.deep.equal([
      goalSentence('ITIL', 'agile'),
      'Your organisation values ITIL.',
    ]);
  });

  it('weighs the industry against where a certification is valued', () => {
    const ranked = rankCertifications(data, { industry: 'government' });
    expect(order(ranked)[0]).to.equal('prince2');
    expect(reasonsOf(ranked).prince2).to.deep.equal([
      'Where PRINCE2 is valued matches your answer: Government.',
    ]);
    const it2 = rankCertifications(data, { industry: 'IT' });
    expect(reasonsOf(it2).itil).to.deep.equal([
      'Where ITIL is valued matches your answer: IT service delivery and IT operations.',
    ]);
  });

  it('uses time only as a tie-breaker: short favours entry level, long favours advanced', () => {
    const short = rankCertifications(data, { time: 'short' });
    expect(order(short)[0]).to.equal('capm');
    expect(reasonsOf(short).capm).to.deep.equal([
      'CAPM is entry level; for a short time and budget, entry level comes first here.',
    ]);
    const long = rankCertifications(data, { time: 'long' });
    expect(order(long)[0]).to.equal('pmp');
    expect(reasonsOf(long).pmp).to.include(
      'PMP is advanced; for more time and budget, advanced comes first here.',
    );
    // It never outweighs an answer.
    expect(order(rankCertifications(data, { goal: 'agile', time: 'short' }))[0]).to.equal('csm');
    expect(order(rankCertifications(data, { goal: 'agile', years: 0, time: 'long' }))).to.deep.equal([
      'csm',
      'prince2',
      'itil',
      'capm',
      'pmp',
    ]);
  });

  it('says "year" for one year', () => {
    const ranked = rankCertifications(data, { years: 1 });
    expect(reasonsOf(ranked).pmp![0]).to.equal(
      'PMP asks for 3+ years of experience; with 1 year, CAPM is the stepping stone.',
    );
    const senior = {
      ...data,
      certifications: data.certifications.map((c) => ({ ...c, prerequisites: undefined })),
    };
    const withOne = {
      ...senior,
      certifications: senior.certifications.map((c) =>
        c.id === 'pmp' ? { ...c, prerequisites: { text: 'One year.', minYears: 1 } } : c,
      ),
    };
    expect(reasonsOf(rankCertifications(withOne, { years: 1 })).pmp).to.include(
      'With 1 year of experience you meet the 1+ years PMP asks for.',
    );
  });

  it('says so when no stepping stone is open', () => {
    const noCapm = { ...data, certifications: data.certifications.filter((c) => c.id !== 'capm') };
    expect(reasonsOf(rankCertifications(noCapm, { years: 2 })).pmp).to.deep.equal([
      'PMP asks for 3+ years of experience; with 2 years you do not qualify yet.',
    ]);
    // A stepping stone the reader cannot take yet is not offered either.
    const hardCapm = {
      ...data,
      certifications: data.certifications.map((c) =>
        c.id === 'capm' ? { ...c, prerequisites: { text: 'Two years.', minYears: 2 } } : c,
      ),
    };
    expect(reasonsOf(rankCertifications(hardCapm, { years: 1 })).pmp![0]).to.equal(
      'PMP asks for 3+ years of experience; with 1 year you do not qualify yet.',
    );
  });

  it('lists several stepping stones with Intl.ListFormat', () => {
    const two = {
      ...data,
      certifications: data.certifications.map((c) => (c.id === 'prince2' ? { ...c, leadsTo: ['pmp'] } : c)),
    };
    const ranked = rankCertifications(two, { years: 2 });
    expect(reasonsOf(ranked).pmp![0]).to.equal(
      'PMP asks for 3+ years of experience; with 2 years, PRINCE2 and CAPM are the stepping stones.',
    );
    expect(order(ranked)).to.deep.equal(['prince2', 'capm', 'csm', 'itil', 'pmp']);
  });

  it('formats numbers and lists in the given locale, and survives a bad locale tag', () => {
    const two = {
      ...data,
      certifications: data.certifications.map((c) => (c.id === 'prince2' ? { ...c, leadsTo: ['pmp'] } : c)),
    };
    expect(reasonsOf(rankCertifications(two, { years: 2.5 }, { locale: 'de' })).pmp![0]).to.equal(
      'PMP asks for 3+ years of experience; with 2,5 years, PRINCE2 und CAPM are the stepping stones.',
    );
    expect(() => rankCertifications(data, { years: 2 }, { locale: 'not a locale!' })).not.to.throw();
  });

  it('picks "year" or "years" by English rules, the language of its words, and never rounds years up', () => {
    // French would say "0 an" (singular): the English text says "0 years".
    expect(reasonsOf(rankCertifications(data, { years: 0 }, { locale: 'fr' })).pmp![0]).to.contain(
      'with 0 years, CAPM is the stepping stone',
    );
    // 2.95 years fall short of 3: shown as 2.9, not as the 3 they do not reach.
    expect(reasonsOf(rankCertifications(data, { years: 2.95 })).pmp![0]).to.equal(
      'PMP asks for 3+ years of experience; with 2.9 years, CAPM is the stepping stone.',
    );
  });

  it('builds reasons from the data, not from known names', () => {
    const renamed = {
      ...data,
      methodologies: data.methodologies.map((m) => ({ ...m, name: `${m.name} way` })),
      certifications: data.certifications.map((c) => ({ ...c, acronym: `X-${c.acronym}` })),
    };
    const ranked = rankCertifications(renamed, { goal: 'traditional', years: 2 });
    expect(reasonsOf(ranked).pmp).to.deep.equal([
      'X-PMP asks for 3+ years of experience; with 2 years, X-CAPM is the stepping stone.',
      'X-PMP is for Traditional way, the methodology you are moving toward.',
    ]);
  });

  it('treats an unknown goal as matching nothing and names it by its id', () => {
    const ranked = rankCertifications(data, { goal: 'lean', years: 5 });
    expect(reasonsOf(ranked).csm).to.deep.equal([
      'CSM is for Agile, not lean, the methodology you are moving toward.',
    ]);
    expect(order(ranked)).to.deep.equal(['pmp', 'prince2', 'csm', 'itil', 'capm']);
  });

  it('treats invalid years as unanswered and negative years as none', () => {
    expect(order(rankCertifications(data, { years: Number.NaN }))).to.deep.equal(
      order(rankCertifications(data)),
    );
    expect(order(rankCertifications(data, { years: -4 }))).to.deep.equal(
      order(rankCertifications(data, { years: 0 })),
    );
  });

  it('handles a dataset without certifications and does not mutate the data', () => {
    expect(rankCertifications({ ...data, certifications: [] }, { goal: 'agile' })).to.deep.equal([]);
    const frozen = structuredClone(data);
    for (const c of frozen.certifications) Object.freeze(c);
    Object.freeze(frozen.certifications);
    const answers: CertificationAnswers = { goal: 'traditional', years: 2, organisationValues: ['pmp'] };
    expect(() => rankCertifications(frozen, answers)).not.to.throw();
    expect(frozen.certifications.map((c) => c.id)).to.deep.equal(['pmp', 'prince2', 'csm', 'itil', 'capm']);
  });
});

describe('recommend: the default dataset', () => {
  let dataset: Dataset | null = null;

  before(async function () {
    const res = await fetch(new URL('../../data/it-project-manager.json', import.meta.url)).catch(() => null);
    if (!res?.ok) this.skip();
    ({ defaultDataset: dataset } = await import('../../src/data/default-dataset.js'));
  });

  const byAcronym = (ranked: readonly RankedCertification[], acronym: string) =>
    ranked.find((r) => r.certification.acronym === acronym);

  it('ranks every certification and points a reader with 2 years from PMP to CAPM', () => {
    const ranked = rankCertifications(dataset!, { goal: 'traditional', years: 2 });
    expect(ranked.length).to.equal(dataset!.certifications.length);
    const pmp = byAcronym(ranked, 'PMP');
    expect(pmp, 'PMP in the default data').to.exist;
    expect(pmp!.eligible).to.equal(false);
    expect(pmp!.reasons[0]).to.equal(
      'PMP asks for 3+ years of experience; with 2 years, CAPM is the stepping stone.',
    );
    expect(order(ranked).indexOf('capm')).to.be.lessThan(order(ranked).indexOf('pmp'));
  });

  it('filters by every stage and methodology without losing certifications', () => {
    const all = new Set<string>();
    for (const m of dataset!.methodologies) {
      for (const c of filterCertifications(dataset!, { methodology: m.id })) all.add(c.id);
    }
    expect(all.size).to.equal(dataset!.certifications.length);
    for (const s of dataset!.stages)
      expect(() => filterCertifications(dataset!, { stage: s.id })).not.to.throw();
  });
});
