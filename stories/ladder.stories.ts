import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/ladder/index.js';
import '../src/provider/index.js';
import smallDataset from '../test/fixtures/small-dataset.json' with { type: 'json' };
import { holdRequestsOpen, OWN_MARKUP, optional, STAGE_IDS } from './support.js';

interface Args {
  stage: string;
  current: string;
  orientation: '' | 'horizontal' | 'vertical';
  compact: boolean;
  theme: '' | 'light' | 'dark';
  src: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Ladder',
  component: 'career-ladder',
  tags: ['autodocs'],
  args: { stage: '', current: '', orientation: '', compact: false, theme: '', src: '' },
  argTypes: {
    stage: { control: 'select', options: STAGE_IDS },
    current: { control: 'select', options: STAGE_IDS },
    orientation: optional('horizontal', 'vertical'),
    theme: optional('light', 'dark'),
  },
  render: (a) => html`<career-ladder
    stage=${a.stage || nothing}
    current=${a.current || nothing}
    orientation=${a.orientation || nothing}
    theme=${a.theme || nothing}
    src=${a.src || nothing}
    ?compact=${a.compact}
  ></career-ladder>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The whole ladder on the bundled IT Project Manager data; the layout follows the widget's width. */
export const Default: Story = {};

/** A stage selected: its detail opens below, ending with what changes at the next stage. */
export const Selected: Story = { args: { stage: 'entry' } };

/** Mark the reader's own stage with `current`: "You are here" in text, not colour alone. */
export const Current: Story = { args: { current: 'mid', stage: 'mid' } };

/** `compact`: rungs only, for a sidebar or a teaser. */
export const Compact: Story = { args: { compact: true, current: 'entry' } };

/** `orientation="vertical"` forces the stacked layout at any width. */
export const Vertical: Story = { args: { orientation: 'vertical', stage: 'senior' } };

/** `theme="dark"` on a dark page (absent, the widget follows `prefers-color-scheme`). */
export const Dark: Story = {
  args: { theme: 'dark', stage: 'mid', current: 'entry' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: { backgrounds: { options: { dark: { name: 'Dark', value: '#0b0d11' } } } },
};

/** At 320 px the rungs stack, and the open stage's detail sits right under its rung, before the later rungs. */
export const Narrow: Story = {
  args: { stage: 'entry', current: 'entry' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/**
 * On a right-to-left page (`dir="rtl"` on the page or an ancestor) the rungs run from the right, and the left arrow
 * moves to the next one.
 */
export const RightToLeft: Story = {
  args: { stage: 'entry', current: 'mid' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/** Your own career framework through the `data` property (here a small fictional one). */
export const CustomData: Story = {
  parameters: OWN_MARKUP,
  render: () => html`<career-ladder .data=${smallDataset} stage="journeyman"></career-ladder>`,
};

/** Data that breaks the schema: an error panel names each problem with its JSON path. */
export const InvalidData: Story = {
  parameters: OWN_MARKUP,
  render: () => {
    const broken = structuredClone(smallDataset) as unknown as { stages: { years: unknown }[] };
    broken.stages[1]!.years = { min: 'two', max: 5 };
    return html`<career-ladder .data=${broken}></career-ladder>`;
  },
};

/** While `src` loads, a status line says so. (The story holds this one request open for ever.) */
export const Loading: Story = {
  parameters: OWN_MARKUP,
  render: () => {
    holdRequestsOpen('/loading-forever.json');
    return html`<career-ladder src="/loading-forever.json"></career-ladder>`;
  },
};

/** Two ladders in one `<career-provider>`: choosing a stage in either selects it in both. */
export const LinkedByProvider: Story = {
  parameters: OWN_MARKUP,
  render: () => html`<career-provider stage="entry">
    <career-ladder compact></career-ladder>
    <career-ladder orientation="vertical"></career-ladder>
  </career-provider>`,
};
