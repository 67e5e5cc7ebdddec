import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/skills-matrix/index.js';
import smallDataset from '../test/fixtures/small-dataset.json' with { type: 'json' };
import { syntheticDataset } from '../test/skills-matrix-helpers.js';
import { CATEGORY_IDS, OWN_MARKUP, optional, STAGE_IDS } from './support.js';

interface Args {
  stage: string;
  category: string;
  assess: boolean;
  target: string;
  storageKey: string;
  theme: '' | 'light' | 'dark';
  src: string;
}

const stages = STAGE_IDS;

/** Some self-ratings for the assessment stories. */
const sampleRatings = {
  scheduling: 3,
  'resource-allocation': 2,
  'risk-identification': 3,
  'risk-assessment': 2,
  'mitigation-planning': 1,
  'team-leadership': 2,
  'communication-presentation': 3,
};

const meta: Meta<Args> = {
  title: 'Widgets/Skills matrix',
  component: 'career-skills-matrix',
  tags: ['autodocs'],
  args: { stage: '', category: '', assess: false, target: '', storageKey: '', theme: '', src: '' },
  argTypes: {
    stage: { control: 'select', options: stages },
    target: { control: 'select', options: stages },
    category: { control: 'select', options: CATEGORY_IDS },
    theme: optional('light', 'dark'),
  },
  render: (a) => html`<career-skills-matrix
    stage=${a.stage || nothing}
    category=${a.category || nothing}
    target=${a.target || nothing}
    storage-key=${a.storageKey || nothing}
    theme=${a.theme || nothing}
    src=${a.src || nothing}
    ?assess=${a.assess}
  ></career-skills-matrix>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The meta's matrix with some self-ratings given (every control still applies). */
const rated = (a: Args) => html`<career-skills-matrix
  stage=${a.stage || nothing}
  category=${a.category || nothing}
  target=${a.target || nothing}
  storage-key=${a.storageKey || nothing}
  theme=${a.theme || nothing}
  src=${a.src || nothing}
  ?assess=${a.assess}
  .ratings=${sampleRatings}
></career-skills-matrix>`;

/** Every skill of the bundled IT Project Manager data, grouped by category, against the stages in order. */
export const Default: Story = {};

/** `category` shows one category only; the reader can change it with the Category select. */
export const Filtered: Story = { args: { category: 'risk-management' } };

/** `stage` highlights a column: a "Selected" marker in its header and a frame around its cells. */
export const StageHighlighted: Story = { args: { stage: 'mid' } };

/**
 * `assess` with a `target` stage: the reader rates each skill, sees the gap for each focus skill of the target and
 * a summary, and can export or import the ratings.
 */
export const AssessWithTarget: Story = {
  args: { assess: true, target: 'mid' },
  render: (a) => rated(a),
};

/**
 * `storage-key`: the ratings are kept in this browser's `localStorage` under that key, so they survive a reload.
 * Without the attribute nothing is stored.
 */
export const AssessPersisted: Story = {
  args: { assess: true, target: 'senior', storageKey: 'storybook-skills' },
};

/**
 * Two matrices of one page with one `storage-key`, a category each: the ratings given in either are kept together
 * under the key, and neither undoes the other's when it saves (rate in both, then reload). A matrix with that key in
 * another tab stays in step too.
 */
export const SharedStorageKey: Story = {
  parameters: OWN_MARKUP,
  render: () => html`<career-skills-matrix
      assess
      category="planning-execution"
      storage-key="storybook-skills-shared"
    ></career-skills-matrix>
    <career-skills-matrix assess category="leadership" storage-key="storybook-skills-shared"></career-skills-matrix>`,
};

/** `theme="dark"` on a dark page (absent, the widget follows `prefers-color-scheme`). */
export const Dark: Story = {
  args: { theme: 'dark', stage: 'entry', category: 'planning-execution', assess: true, target: 'entry' },
  render: (a) => rated(a),
  globals: { backgrounds: { value: 'dark' } },
  parameters: { backgrounds: { options: { dark: { name: 'Dark', value: '#0b0d11' } } } },
};

/** At 320 px the table scrolls sideways inside its box, the skill names pinned on the left. */
export const Narrow: Story = {
  args: { stage: 'mid', assess: true, target: 'mid' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** 1,000 skills × 10 stages of synthetic data: the first rows render at once, more as the reader scrolls. */
export const BigSyntheticData: Story = {
  parameters: OWN_MARKUP,
  render: () =>
    html`<career-skills-matrix .data=${syntheticDataset(1000, 10)} stage="stage-4"></career-skills-matrix>`,
};

/** Your own framework through the `data` property (here a small fictional one). */
export const CustomData: Story = {
  parameters: OWN_MARKUP,
  render: () =>
    html`<career-skills-matrix .data=${smallDataset} assess target="journeyman"></career-skills-matrix>`,
};

/** Data that breaks the schema: an error panel names each problem with its JSON path. */
export const InvalidData: Story = {
  parameters: OWN_MARKUP,
  render: () => {
    const broken = structuredClone(smallDataset) as unknown as { skills: { category: unknown }[] };
    broken.skills[0]!.category = 42;
    return html`<career-skills-matrix .data=${broken}></career-skills-matrix>`;
  },
};
