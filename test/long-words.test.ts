/**
 * Custom data with long unbroken words (a German compound, a URL) in every text a widget shows: at 320 px nothing
 * may widen the widget or the page (SPEC §4: responsive from 320 px). Tables scroll inside their own region.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/all.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import type { Dataset } from '../src/data/schema.js';
import { clone, settled, widerThan } from './helpers.js';

const LONG = 'Projektmanagementzertifizierungsprüfungsordnung';
/** Fields whose text the widgets show; ids and enumerations are left alone. */
const SHOWN = new Set(['name', 'summary', 'focus', 'text', 'description', 'issuer', 'label', 'why']);

/** The default dataset with a long word added to every shown text, and to every list of shown words. */
function withLongWords(): Dataset {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [key, v] of Object.entries(record)) {
        if (typeof v === 'string' && SHOWN.has(key)) record[key] = `${v} ${LONG}`;
        else if ((key === 'covers' || key === 'valuedIn' || key === 'aliases') && Array.isArray(v))
          record[key] = [...v, `https://example.com/${LONG}/${LONG}`];
        else visit(v);
      }
    }
  };
  const data = clone(defaultDataset) as unknown as Dataset;
  visit(data);
  return data;
}

const CASES: { name: string; render: (data: Dataset) => ReturnType<typeof html> }[] = [
  {
    name: 'ladder with a stage open',
    render: (d) => html`<career-ladder stage="entry" .data=${d}></career-ladder>`,
  },
  {
    name: 'picker, browse',
    render: (d) => html`<career-certification-picker .data=${d}></career-certification-picker>`,
  },
  {
    name: 'picker, guide with a ranking',
    render: (d) =>
      html`<career-certification-picker mode="guide" .data=${d} .answers=${{ years: 2, goal: 'traditional' }}></career-certification-picker>`,
  },
  {
    name: 'picker, comparison',
    render: (d) =>
      html`<career-certification-picker mode="compare" selected="pmp,capm" .data=${d}></career-certification-picker>`,
  },
  {
    name: 'skills matrix, assessing',
    render: (d) => html`<career-skills-matrix assess target="mid" .data=${d}></career-skills-matrix>`,
  },
  {
    name: 'title explorer with a title open',
    render: (d) => html`<career-title-explorer selected="scrum-master" .data=${d}></career-title-explorer>`,
  },
  {
    name: 'title explorer with a long query that matches nothing',
    render: (d) => html`<career-title-explorer query=${LONG + LONG} .data=${d}></career-title-explorer>`,
  },
];

describe('long unbroken words at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { name, render } of CASES) {
    it(`${name}: nothing wider than the widget`, async () => {
      const el = await settled(await fixture<LitElement>(render(withLongWords())));
      expect(el.shadowRoot!.textContent).to.contain('Projektmanagement');
      expect(widerThan(el)).to.equal('');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }
});
