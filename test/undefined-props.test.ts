/**
 * `undefined` means absent, as `null` does: @lit/react sets `el[prop] = undefined` for a prop that is present but
 * undefined, or that was removed since the last render. No warning, no error, the same rendering as `null`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/all.js';
import type { CareerProvider } from '../src/provider/provider.js';
import { loadSmallDataset, SMALL_DATASET_URL, settled, spyConsole, textOf } from './helpers.js';

type Props = Record<string, unknown>;

/** A good value for every public property of each widget but `data` (so that setting it warns of nothing). */
const common = { src: SMALL_DATASET_URL, stage: 'entry', theme: 'dark' };
const widgets: [string, Props][] = [
  ['career-ladder', { ...common, current: 'mid', orientation: 'vertical', compact: true }],
  [
    'career-certification-picker',
    {
      ...common,
      mode: 'compare',
      methodology: 'agile',
      years: 3,
      valuedIn: 'Europe',
      selected: ['pmp'],
      answers: { goal: 'agile', years: 2 },
    },
  ],
  [
    'career-skills-matrix',
    {
      ...common,
      category: 'soft-skills',
      assess: true,
      target: 'mid',
      storageKey: 'undefined-props',
      ratings: { sdlc: 2 },
    },
  ],
  [
    'career-title-explorer',
    { ...common, query: 'project', tier: 'mid', selected: 'it-project-manager', syncUrl: true },
  ],
];

/** What a reader of `el` can tell apart: its text and its reflected attributes. */
const looks = (el: Element) =>
  `${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')} | ${textOf(el.shadowRoot)}`;

/** Sets `key` to `value`, then to `unset`, on a new element; returns how it looks then. */
async function setThenUnset(
  tag: string,
  key: string,
  value: unknown,
  unset: null | undefined,
): Promise<string> {
  history.replaceState(null, '', location.pathname + location.search); // `sync-url` starts from no hash
  const el = document.createElement(tag) as LitElement & Props;
  document.body.append(el);
  try {
    await settled(el);
    el[key] = value;
    await settled(el);
    el[key] = unset;
    await settled(el);
    await new Promise((r) => setTimeout(r, 20)); // a late rejection shows up meanwhile
    return looks(el);
  } catch (error) {
    return `threw ${error}`;
  } finally {
    el.remove();
  }
}

describe('a property set to undefined', () => {
  let warns: ReturnType<typeof spyConsole>;
  let errors: ReturnType<typeof spyConsole>;
  const thrown: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => thrown.push(String(e.reason));
  const onError = (e: ErrorEvent) => thrown.push(e.message);

  beforeEach(() => {
    warns = spyConsole('warn');
    errors = spyConsole('error');
    thrown.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
  });

  afterEach(() => {
    warns.restore();
    errors.restore();
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
    localStorage.removeItem('undefined-props');
    history.replaceState(null, '', location.pathname + location.search);
  });

  const problems = () => [
    ...warns.calls.map((c) => `warn: ${String(c[0])}`),
    ...errors.calls.map((c) => `error: ${String(c[0])}`),
    ...thrown,
  ];

  for (const [tag, props] of widgets) {
    it(`<${tag}>: each property set to undefined after a render is as absent (null), with no warning or error`, async () => {
      const data = await loadSmallDataset();
      const differences: string[] = [];
      for (const [key, value] of Object.entries({ data, ...props })) {
        const asNull = await setThenUnset(tag, key, value, null);
        const asUndefined = await setThenUnset(tag, key, value, undefined);
        if (asUndefined !== asNull) differences.push(`${key}: ${asUndefined.slice(0, 160)}`);
        differences.push(...problems().map((p) => `${key}: ${p}`));
        warns.calls.length = 0;
        errors.calls.length = 0;
        thrown.length = 0;
      }
      expect(differences).to.deep.equal([]);
    });
  }

  it('<career-provider>: stage set to undefined selects nothing, in the provider and its widgets', async () => {
    const provider = await fixture<CareerProvider>(
      html`<career-provider stage="entry"><career-ladder></career-ladder><career-skills-matrix></career-skills-matrix></career-provider>`,
    );
    const ladder = provider.querySelector('career-ladder')!;
    await ladder.updateComplete;
    (provider as unknown as Props).stage = undefined;
    await provider.updateComplete;
    await ladder.updateComplete;
    expect(provider.stage === null, 'provider.stage is null').to.equal(true);
    expect(provider.hasAttribute('stage')).to.equal(false);
    expect(ladder.stage === null, 'ladder.stage is null').to.equal(true);
    expect(!!ladder.shadowRoot!.querySelector('[part~="detail"]'), 'a detail is open').to.equal(false);
    expect(problems()).to.deep.equal([]);
  });

  it('<career-ladder> in a provider: stage set to undefined selects nothing in every linked widget, with no warning', async () => {
    const provider = await fixture<CareerProvider>(
      html`<career-provider><career-ladder></career-ladder><career-skills-matrix></career-skills-matrix></career-provider>`,
    );
    const ladder = provider.querySelector('career-ladder')!;
    const matrix = provider.querySelector('career-skills-matrix')!;
    ladder.stage = 'entry';
    await ladder.updateComplete;
    await provider.updateComplete;
    (ladder as unknown as Props).stage = undefined;
    await ladder.updateComplete;
    await provider.updateComplete;
    await matrix.updateComplete;
    expect(provider.stage === null, 'provider.stage is null').to.equal(true);
    expect(matrix.stage === null, 'matrix.stage is null').to.equal(true);
    expect(problems()).to.deep.equal([]);
  });
});
