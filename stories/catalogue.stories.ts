import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/certification-picker/index.js';
import '../src/ladder/index.js';
import '../src/provider/index.js';
import '../src/skills-matrix/index.js';
import { tokens } from '../src/shared/styles.js';
import '../src/title-explorer/index.js';
import smallDataset from '../test/fixtures/small-dataset.json' with { type: 'json' };

/**
 * The four widgets together, the way a page uses them: inside one `<career-provider>`, which gives them one
 * dataset and one selected stage. Choose a stage in any widget and every other follows; only the widget the
 * reader used fires `career-stage-change` (see the Actions panel).
 */
const meta: Meta = {
  title: 'Catalogue',
  component: 'career-provider',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  excludeStories: ['TOKENS'],
};
export default meta;
type Story = StoryObj;

/** The page's own layout: the widgets only fill the width they are given (they size by container queries). */
const pageStyles = html`<style>
  .intranet {
    max-width: 84rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
    display: grid;
    gap: 1.5rem;
    color: CanvasText;
  }
  .intranet h1 {
    margin: 0;
    font-size: 1.75rem;
  }
  .intranet header {
    padding-inline: 1rem;
  }
  @media (max-width: 30rem) {
    .intranet {
      padding-inline: 0;
    }
  }
  .intranet header p {
    margin: 0.25rem 0 0;
    max-width: 60ch;
  }
  .intranet .pair {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
    align-items: start;
  }
</style>`;

/**
 * One intranet page: the ladder across the top, the titles and certifications side by side, the skills below.
 * `current` (the reader's stage) and `target` (the matrix's) are stage ids of the data shown.
 */
function intranetPage(
  provider: { stage?: string; data?: unknown; src?: string } = {},
  { current = 'entry', target = 'mid' } = {},
) {
  return html`${pageStyles}
    <career-provider stage=${provider.stage ?? nothing} src=${provider.src ?? nothing} .data=${provider.data ?? null}>
      <div class="intranet">
        <header>
          <h1>Grow your career</h1>
          <p>Where you are, where you could go next, and what gets you there. Choose a stage anywhere on this page.</p>
        </header>
        <career-ladder current=${current}></career-ladder>
        <div class="pair">
          <career-title-explorer></career-title-explorer>
          <career-certification-picker></career-certification-picker>
        </div>
        <career-skills-matrix assess target=${target}></career-skills-matrix>
      </div>
    </career-provider>`;
}

/** The reader's and the target stage in the guild's data (test/fixtures/small-dataset.json). */
const GUILD = { current: 'apprentice', target: 'master' };

/** On a docs page, a whole page of widgets gets a scrolling window of its own rather than the full length. */
const docsWindow = { docs: { story: { inline: false, height: '560px' } } };

/**
 * An intranet career page on the bundled IT Project Manager data, with the Entry-Level stage selected. Choose
 * another stage in the ladder, a title's tier or a filter, and the whole page follows.
 */
export const IntranetPage: Story = {
  name: 'Intranet page',
  parameters: docsWindow,
  render: () => intranetPage({ stage: 'entry' }),
};

/** The same page in dark: `theme="dark"` on every widget (the toolbar's Theme switch does this for any story). */
export const IntranetPageDark: Story = {
  name: 'Intranet page, dark',
  parameters: docsWindow,
  render: () => intranetPage({ stage: 'mid' }),
  globals: { theme: 'dark' },
};

/** The same page on a 320 px phone: every widget reflows into one column. */
export const IntranetPageNarrow: Story = {
  name: 'Intranet page, 320 px',
  parameters: docsWindow,
  render: () => intranetPage({ stage: 'entry' }),
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/**
 * A blog post: one `<script type="module">` and one tag in the text. The widget takes the post's font and width;
 * `compact` keeps it to the rungs.
 */
export const BlogPost: Story = {
  name: 'Blog post',
  parameters: {
    layout: 'padded',
    docs: {
      source: {
        language: 'html',
        code: `<script type="module" src="https://cdn.jsdelivr.net/npm/career-widgets/cdn/career-widgets.js"></script>

<article>
  <h1>How I became an IT project manager</h1>
  <p>Nobody hands you the title on day one. […] I am somewhere around the second rung:</p>
  <career-ladder compact current="entry"></career-ladder>
  <p>Each step takes a few years of practice […]</p>
</article>`,
      },
    },
  },
  render: () => html`<style>
      .post {
        max-width: 42rem;
        margin: 0 auto;
        font-family: Georgia, 'Times New Roman', serif;
        line-height: 1.6;
        color: CanvasText;
      }
      .post h1 {
        line-height: 1.2;
      }
    </style>
    <article class="post">
      <h1>How I became an IT project manager</h1>
      <p>
        Nobody hands you the title on day one. Here is the path most of us walk, from coordinating someone else's
        project to running a portfolio. I am somewhere around the second rung:
      </p>
      <career-ladder compact current="entry"></career-ladder>
      <p>Each step takes a few years of practice, and the certifications matter less than the projects you deliver.</p>
    </article>`,
};

/**
 * Your own career framework, set once on the provider as `data` (here a small fictional guild of makers): every
 * widget inside shows it.
 */
export const CustomData: Story = {
  name: 'Custom data (data property)',
  parameters: docsWindow,
  render: () => intranetPage({ data: smallDataset, stage: 'journeyman' }, GUILD),
};

/**
 * The same framework fetched from a URL: `src` on the provider. Each widget shows a loading line until it arrives.
 */
export const FromUrl: Story = {
  name: 'Custom data (src URL)',
  parameters: docsWindow,
  render: () => intranetPage({ src: 'fixtures/small-dataset.json' }, GUILD),
};

/**
 * Data that breaks the schema, on the provider: every widget inside shows the error panel naming each problem with
 * its JSON path; the provider fires one `career-error` and logs one console error.
 */
export const InvalidData: Story = {
  name: 'Invalid data on the provider',
  parameters: docsWindow,
  render: () => {
    const broken = structuredClone(smallDataset) as unknown as Record<string, unknown> & {
      stages: Record<string, unknown>[];
    };
    broken.stages[0]!.years = { min: 'two', max: 5 };
    broken.stages[2]!.name = '';
    return intranetPage({ data: broken }, GUILD);
  },
};

/** Every public design token (SPEC §4): the shared ones in src/shared/styles.ts. */
const TOKEN_LIST = [
  ['--career-color-accent', 'color', 'Accent: selection, links, step numbers, focus ring'],
  ['--career-color-on-accent', 'color', 'Text on the accent colour'],
  ['--career-color-accent-soft', 'color', 'Background of selected and chosen things'],
  ['--career-color-surface', 'color', 'Background of the widget'],
  ['--career-color-surface-raised', 'color', 'Background of details, cards and table headers'],
  ['--career-color-text', 'color', 'Text'],
  ['--career-color-muted', 'color', 'Secondary text'],
  ['--career-color-border', 'color', 'Borders and dividers'],
  ['--career-color-mark', 'color', 'Background of search matches'],
  ['--career-color-danger', 'color', 'Errors and refusals'],
  ['--career-color-danger-soft', 'color', 'Background of the error panel'],
  ['--career-radius', 'text', 'Corner radius'],
  ['--career-space', 'text', 'Base spacing'],
  ['--career-focus-ring', 'text', 'The focus outline (a CSS `outline` value)'],
] as const;

/**
 * The built-in value of each token, read from the shared styles (`--_career-x: var(--career-x, default)`); a default
 * that names another private token (the focus ring's `var(--_career-accent)`) shows that token's value.
 */
const declared = [
  ...tokens.cssText.matchAll(/(--_career-[a-z0-9-]+):\s*var\((--career-[a-z0-9-]+),\s*(.*)\);/g),
].map(([, own, name, value]) => {
  const pair = value!.match(/^light-dark\((.*),\s*(.*)\)$/);
  return { own: own!, name: name!, light: pair?.[1] ?? value!, dark: pair?.[2] ?? value! };
});
const resolve = (text: string, scheme: 'light' | 'dark') =>
  text.replace(
    /var\((--_career-[a-z0-9-]+)\)/g,
    (ref, own) => declared.find((d) => d.own === own)?.[scheme] ?? ref,
  );
const builtIn = new Map(
  declared.map((d) => [d.name, { light: resolve(d.light, 'light'), dark: resolve(d.dark, 'dark') }]),
);

/** The tokens with their built-in light and dark values; also read by Theming.mdx. */
export const TOKENS = TOKEN_LIST.map(([name, control, description]) => ({
  name,
  control,
  description,
  light: builtIn.get(name)?.light ?? '',
  dark: builtIn.get(name)?.dark ?? '',
}));

type TokenArgs = Record<string, string>;

/** Sets each non-empty token on the element with `style.setProperty` (a `style=` binding breaks a strict CSP). */
function applyTokens(el: Element | undefined, args: TokenArgs): void {
  if (!(el instanceof HTMLElement)) return;
  for (const { name } of TOKENS) {
    const value = args[name]?.trim();
    if (value) el.style.setProperty(name, value);
    else el.style.removeProperty(name);
  }
}

/** The widgets the theming stories dress; the picker compares two certifications, or shows its cards (`browse`). */
const themingWidgets = (pickerMode: 'compare' | 'browse' = 'compare') => html`<career-provider stage="mid">
  <div class="theming">
    <career-ladder compact current="entry"></career-ladder>
    <div class="pair">
      <career-title-explorer query="manager"></career-title-explorer>
      <career-certification-picker mode=${pickerMode} selected="pmp,capm"></career-certification-picker>
    </div>
  </div>
</career-provider>`;

const themingStyles = html`<style>
  .theming {
    display: grid;
    gap: 1.5rem;
  }
  .theming .pair {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    align-items: start;
  }
</style>`;

/**
 * Every design token as a control: change one and the widgets follow at once. The tokens are inherited custom
 * properties, so one rule on any ancestor (here a wrapper, set with `style.setProperty`) themes every widget in it.
 * Empty controls keep the built-in light and dark values. The two danger tokens colour what these widgets do not
 * show here: the error panel (see "Invalid data on the provider") and the picker's refusal of a fourth certification.
 */
export const Theming: Story = {
  name: 'Theming playground',
  parameters: {
    layout: 'padded',
    controls: { sort: 'none', include: /^--career-/ },
    // On the Theming docs page: a window of its own, so the controls below it stay in reach.
    docs: { story: { inline: false, height: '520px' } },
  },
  args: Object.fromEntries(TOKENS.map(({ name }) => [name, ''])),
  argTypes: Object.fromEntries(
    TOKENS.map(({ name, control, description, light, dark }) => [
      name,
      {
        control,
        description,
        table: {
          category: 'design tokens',
          type: { summary: 'CSS value' },
          defaultValue: { summary: light === dark ? light : `light-dark(${light}, ${dark})` },
        },
      },
    ]),
  ),
  render: (args) =>
    html`${themingStyles}
      <div ${ref((el) => applyTokens(el, args as TokenArgs))}>${themingWidgets()}</div>`,
};

/**
 * A brand theme: tokens with `light-dark()` values, so one theme serves light and dark pages, plus `::part` rules
 * for what tokens do not cover (here the ladder's step buttons and the picker's cards, shown by browsing).
 */
export const Branded: Story = {
  name: 'Brand theme',
  parameters: { layout: 'padded', controls: { sort: 'none', include: /^--career-/ } },
  args: {
    '--career-color-accent': 'light-dark(#0f6b63, #5fd4c4)',
    '--career-color-on-accent': 'light-dark(#ffffff, #04201d)',
    '--career-color-accent-soft': 'light-dark(#d9f3ef, #123a36)',
    '--career-color-surface': 'light-dark(#fbfaf7, #12171a)',
    '--career-color-surface-raised': 'light-dark(#f0eee6, #1b2226)',
    '--career-color-text': 'light-dark(#1f2933, #e6ebee)',
    '--career-color-muted': 'light-dark(#4d5a66, #a9b6bf)',
    '--career-radius': '1rem',
    '--career-focus-ring': '3px solid light-dark(#0f6b63, #5fd4c4)',
  },
  argTypes: Theming.argTypes,
  render: (args) =>
    html`${themingStyles}
      <style>
        .brand career-ladder::part(rung-button) {
          font-weight: 600;
        }
        .brand career-certification-picker::part(card) {
          border-width: 2px;
        }
      </style>
      <div class="brand" ${ref((el) => applyTokens(el, args as TokenArgs))}>${themingWidgets('browse')}</div>`,
};
