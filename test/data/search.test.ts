import { expect } from '@open-wc/testing';
import { fold } from '../../src/data/fold.js';
import type { Dataset, Title } from '../../src/data/schema.js';
import {
  highlightSegments,
  MAX_QUERY_LENGTH,
  normalise,
  originalRange,
  queryWords,
  searchTitles,
  type TitleMatch,
} from '../../src/data/search.js';

const source = 'test fixture';
const title = (t: Partial<Title> & Pick<Title, 'id' | 'name'>): Title => ({
  kind: 'job',
  aliases: [],
  description: 'A role.',
  next: [],
  related: [],
  certificationIds: [],
  source,
  ...t,
});

const titles: Title[] = [
  title({
    id: 'coordinator',
    name: 'IT Project Coordinator',
    stage: 'entry',
    description: 'Helps with scheduling and resources.',
  }),
  title({
    id: 'pm',
    name: 'IT Project Manager',
    stage: 'mid',
    aliases: ['Technology project lead'],
    description: 'Leads technology projects.',
  }),
  title({
    id: 'scrum-master',
    name: 'Scrum Master',
    stage: 'mid',
    aliases: ['Agile coach'],
    description: 'Facilitates agile practice for a project team.',
  }),
  title({
    id: 'gestion',
    name: 'Jefe de Gestión de Proyectos',
    kind: 'related',
    description: 'Dirige la gestión de proyectos (C++/.NET) en Málaga.',
  }),
  title({
    id: 'manager',
    name: 'Program Manager',
    stage: 'senior',
    description: 'Oversees several related projects.',
  }),
  title({
    id: 'infra',
    name: 'Infrastructure Project Manager',
    kind: 'specialisation',
    description: 'Networks, data centres (.*) and cloud.',
  }),
  title({
    id: 'lead',
    name: 'Delivery Lead',
    stage: 'mid',
    description: 'Owns delivery; a project manager by another name.',
  }),
];

const data: Dataset = {
  schemaVersion: 1,
  id: 'fixture',
  name: 'Fixture',
  version: '1',
  locale: 'en',
  sources: [],
  stages: [
    {
      id: 'mid',
      order: 1,
      name: 'Mid',
      responsibilities: [],
      skillFocus: [],
      goals: [],
      balance: [],
      titleIds: ['gestion'],
      certificationIds: [],
      source,
    },
  ],
  titles,
  categories: [],
  skills: [],
  methodologies: [],
  certifications: [],
  sections: [],
};

const ids = (results: readonly TitleMatch[]) => results.map((r) => r.title.id);
const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
  highlightSegments(text, ranges)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('search: normalise', () => {
  it('lower-cases and strips accents', () => {
    expect(normalise('Gestión de Proyectos').text).to.equal('gestion de proyectos');
    expect(normalise('ÀÉÎÕÜ ç ñ Å').text).to.equal('aeiou c n a');
    expect(normalise('plain ascii').text).to.equal('plain ascii');
    expect(normalise('').text).to.equal('');
  });

  it('folds as fold() does, which the picker and type-ahead use without the map back', () => {
    for (const text of [
      'Gestión de Proyectos',
      'ÀÉÎÕÜ ç ñ Å',
      'Ma\u0301laga',
      'İstanbul 🚀 café',
      'ΔΙΕΥΘΥΝΤΗΣ Διευθυντής',
      'ﬁnance Æsir ß',
      '\ud800 lone',
      'PMP®',
    ]) {
      expect(fold(text), text).to.equal(normalise(text).text);
    }
  });

  it('maps ranges back to the original, also for decomposed accents', () => {
    const composed = normalise('Málaga');
    expect(originalRange(composed, [0, 3])).to.deep.equal([0, 3]);
    const decomposed = 'Ma\u0301laga';
    const n = normalise(decomposed);
    expect(n.text).to.equal('malaga');
    // "ma" covers the combining accent too, so a highlight never splits a character.
    expect(decomposed.slice(...originalRange(n, [0, 2]))).to.equal('Ma\u0301');
    expect(decomposed.slice(...originalRange(n, [2, 6]))).to.equal('laga');
  });

  it('maps characters that fold to several units, and astral characters', () => {
    const text = 'İstanbul 🚀 café';
    const n = normalise(text);
    expect(n.text).to.equal('istanbul 🚀 cafe');
    const at = n.text.indexOf('cafe');
    expect(text.slice(...originalRange(n, [at, at + 4]))).to.equal('café');
    const rocket = n.text.indexOf('🚀');
    expect(text.slice(...originalRange(n, [rocket, rocket + 2]))).to.equal('🚀');
  });

  it('folds the Greek final sigma to sigma, one unit for one', () => {
    expect(normalise('ΔΙΕΥΘΥΝΤΗΣ Διευθυντής').text).to.equal('διευθυντησ διευθυντησ');
    const greek = [title({ id: 'director', name: 'Διευθυντής Έργων' })];
    for (const q of ['ΔΙΕΥΘΥΝΤΗΣ', 'διευθυντης', 'διευθυντησ']) {
      const [hit] = searchTitles(greek, q);
      expect(hit?.matches[0], q).to.deep.include({ field: 'name', ranges: [[0, 10]] });
    }
  });

  it('maps an empty range to a position', () => {
    const n = normalise('abc');
    expect(originalRange(n, [1, 1])).to.deep.equal([1, 1]);
  });
});

describe('search: queryWords', () => {
  it('splits on white space, folds, and drops repeats', () => {
    expect(queryWords('  Project   MANAGER project ')).to.deep.equal(['project', 'manager']);
    expect(queryWords('')).to.deep.equal([]);
    expect(queryWords(' \t\n ')).to.deep.equal([]);
  });

  it('caps the query length and the number of words', () => {
    expect(queryWords('x'.repeat(10_000))[0]!.length).to.equal(MAX_QUERY_LENGTH);
    expect(queryWords(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ')).length).to.be.at.most(12);
  });
});

describe('search: searchTitles', () => {
  it('gives every title in data order for an empty query', () => {
    for (const q of ['', '   ']) {
      const results = searchTitles(data, q);
      expect(ids(results)).to.deep.equal(ids(titles.map((title) => ({ title, matches: [] }))));
      expect(results.every((r) => r.matches.length === 0)).to.equal(true);
    }
  });

  it('is case-insensitive', () => {
    expect(ids(searchTitles(data, 'SCRUM'))).to.deep.equal(['scrum-master']);
    expect(ids(searchTitles(data, 'scrum'))).to.deep.equal(['scrum-master']);
  });

  it('is accent-insensitive both ways', () => {
    expect(ids(searchTitles(data, 'gestion'))).to.deep.equal(['gestion']);
    expect(ids(searchTitles(data, 'GESTIÓN'))).to.deep.equal(['gestion']);
    const plain = [title({ id: 'plain', name: 'Jefe de Gestion' })];
    expect(ids(searchTitles(plain, 'gestión'))).to.deep.equal(['plain']);
    expect(ids(searchTitles(data, 'malaga'))).to.deep.equal(['gestion']);
  });

  it('highlights accented matches at their original positions', () => {
    const [hit] = searchTitles(data, 'gestion');
    const name = hit!.matches.find((m) => m.field === 'name')!;
    expect(marked(name.text, name.ranges)).to.equal('Jefe de [Gestión] de Proyectos');
    const description = hit!.matches.find((m) => m.field === 'description')!;
    expect(marked(description.text, description.ranges)).to.equal(
      'Dirige la [gestión] de proyectos (C++/.NET) en Málaga.',
    );
  });

  it('treats regular-expression characters as plain text', () => {
    expect(ids(searchTitles(data, '(.*)'))).to.deep.equal(['infra']);
    expect(ids(searchTitles(data, 'C++/.NET'))).to.deep.equal(['gestion']);
    expect(ids(searchTitles(data, '.*'))).to.deep.equal(['infra']);
    for (const q of ['[', '(', '\\', '*', '+?', '^$', '|', '{2}']) {
      expect(() => searchTitles(data, q), q).not.to.throw();
    }
    expect(searchTitles(data, '[a-z]')).to.deep.equal([]);
  });

  it('requires every word to match (AND), in any field and any order', () => {
    expect(ids(searchTitles(data, 'manager project'))).to.deep.equal(['pm', 'infra', 'manager', 'lead']);
    expect(ids(searchTitles(data, 'agile coach'))).to.deep.equal(['scrum-master']);
    expect(ids(searchTitles(data, 'scrum manager'))).to.deep.equal([]);
  });

  it('ranks name above alias above description, and an exact name first', () => {
    // Name (word start) first, then description matches; ties keep data order.
    expect(ids(searchTitles(data, 'project'))).to.deep.equal([
      'coordinator',
      'pm',
      'infra',
      'scrum-master',
      'manager',
      'lead',
    ]);
    const results = ids(searchTitles(data, 'project manager'));
    expect(results[0]).to.equal('pm');
    // Program Manager needs its description for one word; Delivery Lead for both, so it comes last.
    expect(results).to.deep.equal(['pm', 'infra', 'manager', 'lead']);
    expect(results.at(-1)).to.equal('lead');
    expect(ids(searchTitles(data, 'it project manager'))[0]).to.equal('pm');
  });

  it('ranks a prefix above an infix match in the same field', () => {
    const list = [
      title({ id: 'infix', name: 'Preprogram Analyst' }),
      title({ id: 'word', name: 'Senior Program Analyst' }),
      title({ id: 'start', name: 'Program Analyst' }),
    ];
    expect(ids(searchTitles(list, 'program'))).to.deep.equal(['start', 'word', 'infix']);
  });

  it('ranks field tiers before positions', () => {
    const list = [
      title({ id: 'desc', name: 'Alpha', description: 'Cloud expert.' }),
      title({ id: 'alias', name: 'Beta', aliases: ['Cloud lead'] }),
      title({ id: 'name-infix', name: 'Multicloud Architect' }),
      title({ id: 'name', name: 'Cloud Architect' }),
    ];
    expect(ids(searchTitles(list, 'cloud'))).to.deep.equal(['name', 'name-infix', 'alias', 'desc']);
  });

  it('reports matches per field with the alias index, ranges in the original text', () => {
    const [hit] = searchTitles(data, 'coach agile');
    expect(hit!.matches.map((m) => [m.field, m.index])).to.deep.equal([
      ['alias', 0],
      ['description', 0],
    ]);
    const alias = hit!.matches[0]!;
    expect(marked(alias.text, alias.ranges)).to.equal('[Agile] [coach]');
    expect(marked(hit!.matches[1]!.text, hit!.matches[1]!.ranges)).to.equal(
      'Facilitates [agile] practice for a project team.',
    );
  });

  it('merges overlapping word matches into one range', () => {
    const [hit] = searchTitles(data, 'proj project');
    const name = hit!.matches.find((m) => m.field === 'name')!;
    expect(name.ranges).to.deep.equal([[3, 10]]);
  });

  it('filters by kinds and by stage', () => {
    expect(ids(searchTitles(data, 'manager', { kinds: ['specialisation'] }))).to.deep.equal(['infra']);
    expect(ids(searchTitles(data, '', { kinds: ['related', 'specialisation'] }))).to.deep.equal([
      'gestion',
      'infra',
    ]);
    expect(ids(searchTitles(data, 'project', { stage: 'mid' }))).to.deep.equal([
      'pm',
      'scrum-master',
      'lead',
    ]);
    // With a plain list, stage looks only at each title's own stage.
    expect(ids(searchTitles(titles, '', { stage: 'mid' }))).to.deep.equal(['pm', 'scrum-master', 'lead']);
    // With the dataset, a stage's titleIds count too.
    expect(ids(searchTitles(data, '', { stage: 'mid' }))).to.deep.equal([
      'pm',
      'scrum-master',
      'gestion',
      'lead',
    ]);
    expect(searchTitles(data, '', { stage: 'nope' })).to.deep.equal([]);
    expect(searchTitles(data, '', { kinds: [] })).to.deep.equal([]);
  });

  it('finds nothing for a query that matches nothing', () => {
    expect(searchTitles(data, 'zzz')).to.deep.equal([]);
    expect(searchTitles([], 'project')).to.deep.equal([]);
  });

  it('returns quickly for a 10 KB query', () => {
    expect(searchTitles(data, 'a'.repeat(10_000))).to.deep.equal([]);
    const words = 'project manager '.repeat(640);
    expect(words.length).to.be.greaterThan(10_000);
    expect(ids(searchTitles(data, words))[0]).to.equal('pm');
    const noisy = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    expect(searchTitles(data, noisy)).to.deep.equal([]);
  });

  it('does not mutate the titles', () => {
    const frozen = titles.map((t) =>
      Object.freeze({ ...t, aliases: Object.freeze([...t.aliases]) }),
    ) as Title[];
    Object.freeze(frozen);
    expect(() => searchTitles(frozen, 'project manager').map((r) => r.matches)).not.to.throw();
  });

  it('stays correct over 10,000 synthetic titles', () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'théta', 'iota', 'kappa'];
    const many: Title[] = Array.from({ length: 10_000 }, (_, i) =>
      title({
        id: `t-${i}`,
        name: `${words[i % 10]} ${words[Math.floor(i / 10) % 10]} Manager ${i}`,
        aliases: i % 7 === 0 ? [`Alias ${words[(i + 3) % 10]}`] : [],
        description: `Synthetic role number ${i} about ${words[(i + 5) % 10]}.`,
      }),
    );
    // "theta" in a name: i % 10 === 7 or floor(i / 10) % 10 === 7 → 1,900 titles; the accent folds away.
    const inName = many.filter((_, i) => i % 10 === 7 || Math.floor(i / 10) % 10 === 7).length;
    const theta = searchTitles(many, 'THETA');
    const byName = theta.filter((r) => r.matches.some((m) => m.field === 'name'));
    expect(byName.length).to.equal(inName);
    // Name matches rank above alias and description matches.
    expect(theta.slice(0, inName).every((r) => r.matches.some((m) => m.field === 'name'))).to.equal(true);
    // Two words: both must be present; the exact-number search finds one title.
    expect(ids(searchTitles(many, 'manager 9999'))).to.deep.equal(['t-9999']);
    expect(searchTitles(many, '').length).to.equal(10_000);
    // The index is cached per titles array: a second search gives the same answer.
    expect(ids(searchTitles(many, 'kappa alpha'))).to.deep.equal(ids(searchTitles(many, 'kappa alpha')));
  });
});

describe('search: highlightSegments', () => {
  it('splits text into plain and matched runs', () => {
    expect(highlightSegments('Scrum Master', [[0, 5]])).to.deep.equal([
      { text: 'Scrum', match: true },
      { text: ' Master', match: false },
    ]);
    expect(highlightSegments('abc', [])).to.deep.equal([{ text: 'abc', match: false }]);
    expect(highlightSegments('', [[0, 2]])).to.deep.equal([]);
  });

  it('sorts, merges, and clamps ranges', () => {
    expect(
      marked('abcdefgh', [
        [5, 7],
        [1, 3],
        [2, 4],
      ]),
    ).to.equal('a[bcd]e[fg]h');
    expect(
      marked('abc', [
        [-5, 1],
        [2, 99],
      ]),
    ).to.equal('[a]b[c]');
    expect(
      marked('abc', [
        [2, 2],
        [3, 1],
      ]),
    ).to.equal('abc');
    expect(
      marked('abcd', [
        [0, 2],
        [2, 4],
      ]),
    ).to.equal('[abcd]');
  });

  it('keeps the text whole: joined segments equal the input', () => {
    const text = 'Jefe de Gestión de Proyectos';
    const segments = highlightSegments(text, [
      [8, 15],
      [0, 4],
    ]);
    expect(segments.map((s) => s.text).join('')).to.equal(text);
  });
});
