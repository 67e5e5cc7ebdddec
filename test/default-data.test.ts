/**
 * Each widget's default data is its own slice of the default view (src/data/widget-view.ts). Rendered on its slice
 * and on the whole view, a widget must show exactly the same, in the states that read the most of its data: a field
 * or record a widget reads that its slice leaves out makes these tests fail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { CareerCertificationPicker } from '../src/certification-picker/certification-picker.js';
import '../src/certification-picker/index.js';
import type { DatasetController } from '../src/controllers/dataset-controller.js';
import { certificationPickerData } from '../src/data/default/certification-picker.js';
import { ladderData } from '../src/data/default/ladder.js';
import { skillsMatrixData } from '../src/data/default/skills-matrix.js';
import { titleExplorerData } from '../src/data/default/title-explorer.js';
import { defaultView } from '../src/data/default-view.js';
import type { Dataset, DatasetInput } from '../src/data/schema.js';
import '../src/ladder/index.js';
import type { CareerLadder } from '../src/ladder/ladder.js';
import '../src/provider/index.js';
import '../src/skills-matrix/index.js';
import type { CareerSkillsMatrix } from '../src/skills-matrix/skills-matrix.js';
import '../src/title-explorer/index.js';
import type { CareerTitleExplorer } from '../src/title-explorer/title-explorer.js';
import { settled, textOf, until } from './helpers.js';

type Widget = LitElement & { data: DatasetInput | Dataset | null };

/** The dataset a widget resolved (its controller is private; read here only to check which default it took). */
function datasetOf(el: LitElement): Dataset | undefined {
  return (el as unknown as { source: DatasetController }).source.dataset;
}

/**
 * Two copies of a widget side by side, configured alike: the first on its own default data, the second on the whole
 * default view given as `data` (checked by the validator, which loads on demand, so it is ready a little later).
 */
async function twins<T extends Widget>(tag: string, setup: (el: T) => void = () => {}): Promise<[T, T]> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const own = document.createElement(tag) as T;
  const whole = document.createElement(tag) as T;
  whole.data = defaultView;
  container.append(own, whole);
  await settled(own);
  await settled(whole);
  // Configured once both have their data, so that neither renders a state before it.
  for (const el of [own, whole]) setup(el);
  return [own, whole];
}

/** What a reader and assistive technology get from a widget: its text, every attribute, form control states. */
function rendering(el: LitElement): { text: string; elements: string[] } {
  const root = el.shadowRoot!;
  const elements = [...root.querySelectorAll('*')].map((e) => {
    const attributes = [...e.attributes].map((a) => `${a.name}="${a.value}"`);
    if (e instanceof HTMLInputElement) attributes.push(`.value="${e.value}"`, `.checked=${e.checked}`);
    if (e instanceof HTMLSelectElement) attributes.push(`.value="${e.value}"`);
    return `<${e.localName} ${attributes.join(' ')}>`;
  });
  return { text: textOf(root), elements };
}

/** Both copies, once updated, render the same (and something). */
async function expectSame(own: LitElement, whole: LitElement, state: string): Promise<void> {
  await own.updateComplete;
  await whole.updateComplete;
  const a = rendering(own);
  const b = rendering(whole);
  expect(a.text, `${state}: nothing rendered`).to.not.equal('');
  expect(a.text, `${state}: text`).to.equal(b.text);
  expect(a.elements, `${state}: elements and attributes`).to.deep.equal(b.elements);
}

/** Sets the same properties on both copies. */
function set<T extends LitElement>(els: readonly T[], values: Partial<T>): void {
  for (const el of els) Object.assign(el, values);
}

const stages = [...defaultView.stages].sort((a, b) => a.order - b.order);

describe("each widget's own default data", () => {
  describe('is what the widget uses', () => {
    const cases: [string, Dataset][] = [
      ['career-ladder', ladderData],
      ['career-certification-picker', certificationPickerData],
      ['career-skills-matrix', skillsMatrixData],
      ['career-title-explorer', titleExplorerData],
    ];
    for (const [tag, slice] of cases) {
      it(`<${tag}> uses its slice without data or src, also in a provider without any; else the provider's`, async () => {
        const alone = await fixture<LitElement>(`<${tag}></${tag}>`);
        expect(datasetOf(alone)).to.equal(slice);
        const provider = await fixture<LitElement>(`<career-provider><${tag}></${tag}></career-provider>`);
        const linked = provider.querySelector<LitElement>(tag)!;
        await settled(linked);
        expect(datasetOf(linked)).to.equal(slice);
        expect(datasetOf(provider), 'the provider carries no default data of its own').to.equal(undefined);
        (provider as unknown as { data: Dataset }).data = defaultView;
        await until(linked, () => datasetOf(provider) !== undefined && datasetOf(linked) !== slice);
        expect(datasetOf(linked)).to.equal(datasetOf(provider));
        expect(datasetOf(linked)!.titles).to.deep.equal(defaultView.titles);
      });
    }
  });

  describe('renders as the whole view does', () => {
    it('<career-ladder>: every stage selected in turn, with `current` set', async () => {
      const els = await twins<CareerLadder>('career-ladder', (el) => {
        el.current = stages[1]!.id;
      });
      await expectSame(...els, 'no stage selected');
      for (const stage of stages) {
        set(els, { stage: stage.id });
        await expectSame(...els, `stage ${stage.id}`);
      }
      set(els, { compact: true, stage: stages[2]!.id });
      await expectSame(...els, 'compact');
    });

    it('<career-certification-picker>: filters, the guide answered, comparisons of three', async () => {
      const els = await twins<CareerCertificationPicker>('career-certification-picker');
      await expectSame(...els, 'browse');
      for (const stage of stages) {
        set(els, { stage: stage.id });
        await expectSame(...els, `browse, stage ${stage.id}`);
      }
      set(els, { stage: null });
      for (const methodology of defaultView.methodologies) {
        set(els, { methodology: methodology.id, years: 2 });
        await expectSame(...els, `browse, methodology ${methodology.id}, 2 years`);
      }
      set(els, {
        methodology: null,
        years: null,
        valuedIn: defaultView.certifications[0]!.valuedIn[0] ?? null,
      });
      await expectSame(...els, 'browse, valued in');

      const certifications = defaultView.certifications.map((c) => c.id);
      const industry = defaultView.certifications.flatMap((c) => c.valuedIn)[1] ?? 'Government';
      set(els, { mode: 'guide', valuedIn: null });
      await expectSame(...els, 'guide, not answered');
      for (const methodology of defaultView.methodologies) {
        for (const [years, time] of [
          [1, 'short'],
          [10, 'long'],
        ] as const) {
          set(els, {
            answers: {
              goal: methodology.id,
              organisationValues: certifications.slice(0, 2),
              years,
              industry,
              time,
            },
          });
          await expectSame(...els, `guide answered: ${methodology.id}, ${years} years, ${time}`);
        }
      }

      set(els, { mode: 'compare' });
      for (let i = 0; i + 3 <= certifications.length; i++) {
        set(els, { selected: certifications.slice(i, i + 3) });
        await expectSame(...els, `compare ${certifications.slice(i, i + 3).join(', ')}`);
      }
    });

    it('<career-skills-matrix>: assess mode with ratings, each target and each category', async () => {
      const ratings = Object.fromEntries(defaultView.skills.map((s, i) => [s.id, i % 5])) as Record<
        string,
        0 | 1 | 2 | 3 | 4
      >;
      const els = await twins<CareerSkillsMatrix>('career-skills-matrix', (el) => {
        el.assess = true;
        el.ratings = ratings;
        el.stage = stages[1]!.id;
      });
      await expectSame(...els, 'assess, no target');
      for (const stage of stages) {
        set(els, { target: stage.id });
        await expectSame(...els, `assess, target ${stage.id}`);
      }
      for (const category of defaultView.categories) {
        set(els, { category: category.id });
        await expectSame(...els, `assess, target ${stages.at(-1)!.id}, category ${category.id}`);
      }
    });

    it('<career-title-explorer>: searches, each tier, and every title’s detail', async () => {
      const els = await twins<CareerTitleExplorer>('career-title-explorer');
      await expectSame(...els, 'every title');
      // A word of a description that no name or alias holds: found only by searching descriptions.
      const names = defaultView.titles
        .flatMap((t) => [t.name, ...t.aliases])
        .join(' ')
        .toLowerCase();
      const word = defaultView.titles
        .flatMap((t) => t.description.toLowerCase().match(/[a-z]{6,}/g) ?? [])
        .find((w) => !names.includes(w))!;
      const alias = defaultView.titles.find((t) => t.aliases.length > 0)!.aliases[0]!;
      for (const query of [word, alias, 'manager']) {
        set(els, { query });
        await expectSame(...els, `search "${query}"`);
      }
      set(els, { query: null });
      for (const stage of stages) {
        set(els, { tier: stage.id });
        await expectSame(...els, `tier ${stage.id}`);
      }
      set(els, { tier: null, query: 'manager' });
      for (const title of defaultView.titles) {
        set(els, { selected: title.id });
        await expectSame(...els, `search "manager", detail of ${title.id}`);
      }
    });
  });
});
