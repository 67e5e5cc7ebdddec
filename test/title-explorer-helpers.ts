/** Synthetic data for the title explorer: its tests, its 10,000-title story and the scale measurement. */
import { defaultDataset } from '../src/data/default-dataset.js';
import type { Dataset, Title, TitleKind } from '../src/data/schema.js';

const LEVELS = ['Junior', 'Associate', 'Senior', 'Principal', 'Lead', 'Chief', 'Assistant', 'Staff'];
const AREAS = [
  'Cloud',
  'Data',
  'Network',
  'Security',
  'Platform',
  'Gestión',
  'Infrastructure',
  'Application',
  'Réseau',
  'Analytics',
  'Quality',
  'Service',
];
const ROLES = [
  'Project Manager',
  'Delivery Manager',
  'Coordinator',
  'Analyst',
  'Architect',
  'Consultant',
  'Owner',
];
const VERBS = ['Plans', 'Runs', 'Steers', 'Reviews', 'Coordinates', 'Improves'];
const KINDS: readonly TitleKind[] = [
  'job',
  'job',
  'job',
  'job',
  'job',
  'job',
  'foundation',
  'specialisation',
  'related',
  'job',
];

/**
 * The default dataset with synthetic titles appended until it holds `count` titles in all. Names mix a level, an
 * area (some with accents) and a role, so queries match anything from one title to most of them. Deterministic.
 */
export function syntheticDataset(count = 10_000): Dataset {
  const stageIds = defaultDataset.stages.map((s) => s.id);
  const titles: Title[] = [...defaultDataset.titles];
  for (let i = 0; titles.length < count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const onLadder = kind === 'job' || kind === 'foundation';
    const level = LEVELS[i % LEVELS.length]!;
    const area = AREAS[Math.floor(i / LEVELS.length) % AREAS.length]!;
    const role = ROLES[Math.floor(i / (LEVELS.length * AREAS.length)) % ROLES.length]!;
    titles.push({
      id: `synthetic-${i}`,
      name: `${level} ${area} ${role} ${i + 1}`,
      aliases: i % 9 === 0 ? [`${area} ${role.split(' ')[0]} ${i + 1}`] : [],
      kind,
      ...(onLadder ? { stage: stageIds[i % stageIds.length]! } : {}),
      description: `${VERBS[i % VERBS.length]} ${area.toLowerCase()} work for team ${i % 97}; a synthetic title for scale tests.`,
      next: [],
      related: [],
      certificationIds: [],
      source: 'synthetic',
    });
  }
  return {
    ...defaultDataset,
    id: 'synthetic',
    name: `Synthetic career (${new Intl.NumberFormat('en').format(count)} titles)`,
    titles,
  };
}
