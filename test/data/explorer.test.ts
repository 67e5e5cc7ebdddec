import { expect } from '@open-wc/testing';
import { defaultDataset } from '../../src/data/default-dataset.js';
import {
  explorerTiers,
  exploreTitles,
  readHashState,
  tierById,
  titleTier,
  typeAheadIndex,
  writeHashState,
} from '../../src/data/explorer.js';
import { stagesInOrder, titlesByTier } from '../../src/data/query.js';
import type { Dataset, Title } from '../../src/data/schema.js';
import { MAX_QUERY_LENGTH } from '../../src/data/search.js';

const data = defaultDataset;
const names = (list: { title: Title }[]) => list.map((m) => m.title.name);

describe('explorer: tiers', () => {
  it('lists every stage in order, then the specialised roles and the related careers', () => {
    const tiers = explorerTiers(data);
    expect(tiers.map((t) => t.id)).to.deep.equal([
      ...stagesInOrder(data).map((s) => s.id),
      'specialisation',
      'related',
    ]);
    expect(tiers[0]!.stage!.name).to.equal('Foundation');
    expect(tiers.at(-1)!.stage).to.equal(null);
    expect(explorerTiers(data)).to.equal(tiers);
  });

  it('adds an "other" tier only for titles no stage claims', () => {
    const stray: Title = {
      id: 'stray',
      name: 'Stray',
      aliases: [],
      kind: 'job',
      description: 'No stage.',
      next: [],
      related: [],
      certificationIds: [],
      source: 'test',
    };
    const withStray: Dataset = { ...data, titles: [...data.titles, stray] };
    expect(explorerTiers(withStray).at(-1)!.id).to.equal('other');
    expect(titleTier(withStray, 'stray')!.kind).to.equal('other');
    expect(exploreTitles(withStray, '', 'other').map((m) => m.title.id)).to.deep.equal(['stray']);
  });

  it('keeps the specialised roles and the related careers apart from stages that have their ids', () => {
    const renamed = new Map([
      ['mid', 'related'],
      ['senior', 'specialisation'],
      ['executive', 'related-2'],
    ]);
    const rename = (id: string) => renamed.get(id) ?? id;
    expect(stagesInOrder(data).map((s) => s.id)).to.include.members([...renamed.keys()]);
    const clash: Dataset = {
      ...data,
      stages: data.stages.map((s) => ({ ...s, id: rename(s.id) })),
      titles: data.titles.map((t) => (t.stage ? { ...t, stage: rename(t.stage) } : t)),
      certifications: data.certifications.map((c) => ({ ...c, stages: c.stages.map(rename) })),
    };
    const tiers = explorerTiers(clash);
    expect(tiers.map((t) => t.id)).to.deep.equal([
      ...stagesInOrder(clash).map((s) => s.id),
      'specialisation-2',
      'related-3',
    ]);
    expect(tierById(clash, 'related')!.stage!.name).to.equal(tierById(data, 'mid')!.stage!.name);
    for (const kind of ['specialisation', 'related'] as const) {
      const tier = tiers.find((t) => t.kind === kind)!;
      const expected = data.titles.filter((t) => t.kind === kind).map((t) => t.id);
      expect(
        exploreTitles(clash, '', tier.id).map((m) => m.title.id),
        kind,
      ).to.deep.equal(expected);
      expect(titleTier(clash, expected[0]!)!.id).to.equal(tier.id);
    }
    const midTitles = exploreTitles(data, '', 'mid').map((m) => m.title.id);
    expect(exploreTitles(clash, '', 'related').map((m) => m.title.id)).to.deep.equal(midTitles);
  });

  it('finds tiers by id, and gives null for unknown ids', () => {
    expect(tierById(data, 'mid')!.stage!.id).to.equal('mid');
    expect(tierById(data, 'related')!.kind).to.equal('related');
    expect(tierById(data, 'nope')).to.equal(null);
    expect(tierById(data, null)).to.equal(null);
  });

  it('puts each title in the tier titlesByTier lists it under', () => {
    for (const group of titlesByTier(data)) {
      const expected = group.group === 'stage' ? group.stage!.id : group.group;
      for (const t of group.titles) expect(titleTier(data, t.id)!.id, t.id).to.equal(expected);
    }
    expect(titleTier(data, 'no-such-title')).to.equal(null);
  });
});

describe('explorer: exploreTitles', () => {
  it('lists every title in browse order for an empty query', () => {
    const all = titlesByTier(data).flatMap((g) => g.titles);
    expect(names(exploreTitles(data, ''))).to.deep.equal(all.map((t) => t.name));
    expect(names(exploreTitles(data, '   '))).to.deep.equal(all.map((t) => t.name));
    // A lone combining mark folds to nothing: no words, so no search either.
    expect(names(exploreTitles(data, ' \u0301 '))).to.deep.equal(all.map((t) => t.name));
  });

  it('keeps one tier', () => {
    const senior = titlesByTier(data).find((g) => g.stage?.id === 'senior')!;
    expect(names(exploreTitles(data, '', 'senior'))).to.deep.equal(senior.titles.map((t) => t.name));
    const related = exploreTitles(data, 'manager', 'related');
    expect(related.length).to.be.greaterThan(0);
    expect(related.every((m) => m.title.kind === 'related')).to.equal(true);
  });

  it('ranks matches and reports where they are', () => {
    const found = exploreTitles(data, 'scrum');
    expect(names(found)[0]).to.equal('Scrum Master');
    expect(found[0]!.matches[0]).to.deep.include({ field: 'name', ranges: [[0, 5]] });
  });

  it('lists every tier for an unknown tier id', () => {
    expect(exploreTitles(data, '', 'nope').length).to.equal(exploreTitles(data, '').length);
  });

  it('treats regex characters literally', () => {
    expect(exploreTitles(data, '(.*')).to.deep.equal([]);
    expect(exploreTitles(data, '.*')).to.deep.equal([]);
    expect(exploreTitles(data, '[a-z]')).to.deep.equal([]);
  });
});

describe('explorer: typeAheadIndex', () => {
  const labels = ['Developer', 'Scrum Master', 'Senior PM', 'Systems Analyst', 'Équipe Lead'];

  it('finds the first label with the prefix, from the current one', () => {
    expect(typeAheadIndex(labels, 'se', 0)).to.equal(2);
    expect(typeAheadIndex(labels, 'SY', 0)).to.equal(3);
    expect(typeAheadIndex(labels, 'sc', 1)).to.equal(1);
  });

  it('ignores case and accents', () => {
    expect(typeAheadIndex(labels, 'equ', 0)).to.equal(4);
    expect(typeAheadIndex(labels, 'É', 0)).to.equal(4);
  });

  it('cycles through labels on a repeated letter, wrapping', () => {
    expect(typeAheadIndex(labels, 's', 1)).to.equal(2);
    expect(typeAheadIndex(labels, 'ss', 2)).to.equal(3);
    expect(typeAheadIndex(labels, 'sss', 3)).to.equal(1);
  });

  it('gives -1 when nothing matches', () => {
    expect(typeAheadIndex(labels, 'zz', 0)).to.equal(-1);
    expect(typeAheadIndex(labels, '', 0)).to.equal(-1);
    expect(typeAheadIndex([], 'a', 0)).to.equal(-1);
  });
});

describe('explorer: URL fragment', () => {
  it('reads the title and the query', () => {
    expect(readHashState('#career-title=scrum-master&career-query=agile%20coach')).to.deep.equal({
      title: 'scrum-master',
      query: 'agile coach',
    });
    expect(readHashState('')).to.deep.equal({ title: null, query: null });
    expect(readHashState('#intro')).to.deep.equal({ title: null, query: null });
    expect(readHashState('career-query=a+b')).to.deep.equal({ title: null, query: 'a b' });
  });

  it('survives malformed fragments and caps the query', () => {
    expect(readHashState('#career-title=%E0%A4%A&career-query=ok')).to.deep.equal({
      title: null,
      query: 'ok',
    });
    const long = readHashState(`#career-query=${'x'.repeat(10_000)}`);
    expect(long.query!.length).to.equal(MAX_QUERY_LENGTH);
  });

  it('writes its keys and keeps the rest of the fragment', () => {
    expect(writeHashState('#intro', { title: 'pmo-lead', query: 'pmo lead' })).to.equal(
      '#intro&career-title=pmo-lead&career-query=pmo%20lead',
    );
    expect(writeHashState('#intro&career-title=x&career-query=y', { title: null, query: null })).to.equal(
      '#intro',
    );
    expect(writeHashState('', { title: null, query: '' })).to.equal('');
    expect(writeHashState('#a=1', { title: 'b', query: '(.*&=#' })).to.equal(
      '#a=1&career-title=b&career-query=(.*%26%3D%23',
    );
  });

  it('round-trips', () => {
    const state = { title: 'it-project-manager', query: 'Gestión & (.*) #1' };
    expect(readHashState(writeHashState('#x', state))).to.deep.equal(state);
  });
});
