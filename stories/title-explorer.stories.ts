import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/ladder/index.js';
import '../src/provider/index.js';
import '../src/title-explorer/index.js';
import smallDataset from '../test/fixtures/small-dataset.json' with { type: 'json' };
import { syntheticDataset } from '../test/title-explorer-helpers.js';
import { OWN_MARKUP, optional, STAGE_IDS, TIER_IDS, TITLE_IDS } from './support.js';

interface Args {
  query: string;
  tier: string;
  selected: string;
  stage: string;
  theme: '' | 'light' | 'dark';
  src: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Title explorer',
  component: 'career-title-explorer',
  tags: ['autodocs'],
  args: { query: '', tier: '', selected: '', stage: '', theme: '', src: '' },
  argTypes: {
    tier: { control: 'select', options: TIER_IDS },
    stage: { control: 'select', options: STAGE_IDS },
    selected: { control: 'select', options: TITLE_IDS },
    theme: optional('light', 'dark'),
  },
  render: (a) => html`<career-title-explorer
    query=${a.query || nothing}
    tier=${a.tier || nothing}
    selected=${a.selected || nothing}
    stage=${a.stage || nothing}
    theme=${a.theme || nothing}
    src=${a.src || nothing}
  ></career-title-explorer>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every title of the bundled IT Project Manager data, grouped by tier; choose one to open its detail. */
export const Default: Story = {};

/** A `query`: the list narrows as you type and each match is marked; the count is announced politely. */
export const Searched: Story = { args: { query: 'delivery' } };

/** A `tier` filter: here the specialised roles. Inside a provider, a stage's tier follows the selected stage. */
export const Filtered: Story = { args: { tier: 'specialisation' } };

/**
 * A `selected` title: its detail shows its tier, typical years, next steps and the certifications that help; a title
 * with related paths (Technical Project Manager, IT Program Manager) lists those too.
 */
export const Selected: Story = { args: { selected: 'it-project-manager' } };

/** `theme="dark"` on a dark page (absent, the widget follows `prefers-color-scheme`). */
export const Dark: Story = {
  args: { theme: 'dark', query: 'manager', selected: 'it-project-manager' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: { backgrounds: { options: { dark: { name: 'Dark', value: '#0b0d11' } } } },
};

/** At 320 px everything stacks; an open detail replaces the list, and "Back to the list" returns to it. */
export const Narrow: Story = {
  args: { query: 'project' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** The same at 320 px with a title open: the detail replaces the list until "Back to the list". */
export const NarrowSelected: Story = {
  args: { selected: 'scrum-master' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

const many = syntheticDataset(10_000);

/**
 * 10,000 synthetic titles: the list renders the first 100 matches with "Show more", so each keystroke stays within
 * a frame. Try typing "gestion" (accents fold away) or "lead cloud".
 */
export const TenThousandTitles: Story = {
  parameters: OWN_MARKUP,
  render: () => html`<career-title-explorer .data=${many}></career-title-explorer>`,
};

/** Your own career framework through the `data` property (here a small fictional one). */
export const CustomData: Story = {
  parameters: OWN_MARKUP,
  render: () => html`<career-title-explorer .data=${smallDataset} selected="maker"></career-title-explorer>`,
};

/** Data that breaks the schema: an error panel names each problem with its JSON path. */
export const InvalidData: Story = {
  parameters: OWN_MARKUP,
  render: () => {
    const broken = structuredClone(smallDataset) as unknown as { titles: { kind: unknown }[] };
    broken.titles[2]!.kind = 'wizard';
    return html`<career-title-explorer .data=${broken}></career-title-explorer>`;
  },
};

/** A ladder and the explorer in one `<career-provider>`: choosing a stage in either filters and selects in both. */
export const LinkedByProvider: Story = {
  parameters: OWN_MARKUP,
  render: () => html`<career-provider stage="mid">
    <career-ladder compact></career-ladder>
    <career-title-explorer></career-title-explorer>
  </career-provider>`,
};
