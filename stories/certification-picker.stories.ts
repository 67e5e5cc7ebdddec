import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/certification-picker/index.js';
import '../src/ladder/index.js';
import '../src/provider/index.js';
import type { Certification, DatasetInput } from '../src/data/schema.js';
import smallDataset from '../test/fixtures/small-dataset.json' with { type: 'json' };
import { METHODOLOGY_IDS, OWN_MARKUP, optional, STAGE_IDS } from './support.js';

interface Args {
  mode: 'browse' | 'guide' | 'compare';
  methodology: string;
  years: string;
  stage: string;
  valuedIn: string;
  selected: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Certification picker',
  component: 'career-certification-picker',
  tags: ['autodocs'],
  args: {
    mode: 'browse',
    methodology: '',
    years: '',
    stage: '',
    valuedIn: '',
    selected: '',
    theme: '',
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['browse', 'guide', 'compare'] },
    methodology: { control: 'select', options: METHODOLOGY_IDS },
    stage: { control: 'select', options: STAGE_IDS },
    years: { control: 'text' },
    valuedIn: { control: 'text' },
    selected: { control: 'text' },
    theme: optional('light', 'dark'),
  },
  render: (a) => html`<career-certification-picker
    mode=${a.mode}
    methodology=${a.methodology || nothing}
    years=${a.years || nothing}
    stage=${a.stage || nothing}
    valued-in=${a.valuedIn || nothing}
    selected=${a.selected || nothing}
    theme=${a.theme || nothing}
  ></career-certification-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every certification of the bundled IT Project Manager data as a card, with the filters above. */
export const Default: Story = {};

/** Set the filters by attribute (`methodology`, `years`, `stage`, `valued-in`) to open on a narrowed list. */
export const Filtered: Story = { args: { methodology: 'traditional', years: '2' } };

/**
 * `mode="guide"` asks the guide's five questions; set `answers` by code to open with a ranking, as here: a reader
 * with two years of experience, moving toward traditional methods, in government.
 */
export const Guided: Story = {
  parameters: OWN_MARKUP,
  render: () => html`<career-certification-picker
    mode="guide"
    .answers=${{ goal: 'traditional', organisationValues: ['prince2'], years: 2, industry: 'Government', time: 'short' }}
  ></career-certification-picker>`,
};

/** Three certifications side by side in a table (`selected="pmp,capm,itil"`, `mode="compare"`). */
export const CompareThree: Story = { args: { mode: 'compare', selected: 'pmp,capm,itil' } };

/** `theme="dark"` on a dark page (absent, the widget follows `prefers-color-scheme`). */
export const Dark: Story = {
  args: { theme: 'dark', selected: 'pmp,csm', methodology: '' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: { backgrounds: { options: { dark: { name: 'Dark', value: '#0b0d11' } } } },
};

/** At 320 px the filters, cards and the comparison table reflow into one column. */
export const Narrow: Story = {
  args: { mode: 'compare', selected: 'pmp,capm,itil' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** Forty synthetic certifications built on the small fixture's shape: the grid and filters at scale. */
export const CustomData40: Story = {
  name: 'Custom data (40 certifications)',
  parameters: OWN_MARKUP,
  render: () =>
    html`<career-certification-picker .data=${fortyCertifications()}></career-certification-picker>`,
};

/** Data that breaks the schema: an error panel names each problem with its JSON path. */
export const InvalidData: Story = {
  parameters: OWN_MARKUP,
  render: () => {
    const broken = structuredClone(smallDataset) as unknown as { certifications: Record<string, unknown>[] };
    broken.certifications[0]!.level = 'expert';
    broken.certifications[1]!.methodology = 'Not An Id';
    return html`<career-certification-picker .data=${broken}></career-certification-picker>`;
  },
};

/** Inside a `<career-provider>`: choosing a stage in the picker's filter selects it in the ladder, and back. */
export const LinkedByProvider: Story = {
  parameters: OWN_MARKUP,
  render: () => html`<career-provider stage="entry">
    <career-ladder compact></career-ladder>
    <career-certification-picker></career-certification-picker>
  </career-provider>`,
};

/** The small fixture grown to 40 certifications, spread over its stages, methodologies and places. */
function fortyCertifications(): DatasetInput {
  const data = structuredClone(smallDataset) as DatasetInput;
  const [entry, advanced] = smallDataset.certifications as unknown as Certification[];
  const stages = data.stages.map((s) => s.id);
  const places = ['Small workshops', 'Large workshops', 'Guild schools', 'Travelling fairs', 'Harbour towns'];
  const topics = [
    'Joinery',
    'Finishing',
    'Estimating',
    'Tool care',
    'Apprentice coaching',
    'Safety',
    'Sourcing',
  ];
  data.certifications = Array.from({ length: 40 }, (_, i) => {
    const base = i % 3 === 0 ? advanced! : entry!;
    const n = i + 1;
    const years = base.level === 'advanced' ? (i % 6) + 1 : undefined;
    return {
      ...base,
      id: `cert-${n}`,
      acronym: `C${n}`,
      name: `${topics[i % topics.length]} certificate ${n}`,
      methodology: i % 2 ? 'iterative' : 'classic',
      prerequisites: years
        ? { text: `At least ${years} ${years === 1 ? 'year' : 'years'} of making work.`, minYears: years }
        : { text: 'No experience needed.' },
      covers: [topics[i % topics.length]!, topics[(i + 3) % topics.length]!],
      valuedIn: [places[i % places.length]!],
      stages: [stages[i % stages.length]!],
      leadsTo: i % 3 === 1 ? [`cert-${n + 2}`].filter(() => n + 2 <= 40) : [],
    };
  });
  data.stages = data.stages.map((s) => ({ ...s, certificationIds: [] }));
  data.titles = (data.titles ?? []).map((t) => ({ ...t, certificationIds: [] }));
  return data;
}
