import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/all.js';
import { defaultDataset } from '../src/data/default-dataset.js';

/** Elements of the shadow root that take up space when printed. */
const shown = (el: LitElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].filter((e) => e.getClientRects().length > 0);

describe('print', () => {
  before(async () => {
    await emulateMedia({ media: 'print' });
  });
  after(async () => {
    await emulateMedia({ media: 'screen' });
  });

  const widgets = [
    {
      tag: 'career-ladder',
      template: html`<career-ladder stage="mid"></career-ladder>`,
      content: 'Mid-Level PM',
    },
    {
      tag: 'career-certification-picker',
      template: html`<career-certification-picker></career-certification-picker>`,
      content: defaultDataset.certifications[0]!.name,
    },
    {
      tag: 'career-skills-matrix',
      template: html`<career-skills-matrix></career-skills-matrix>`,
      content: defaultDataset.skills[0]!.name,
    },
    {
      tag: 'career-title-explorer',
      template: html`<career-title-explorer selected="it-project-manager"></career-title-explorer>`,
      content: 'IT Project Manager',
    },
  ];

  for (const { tag, template, content } of widgets) {
    it(`<${tag}> prints its content and hides its controls`, async () => {
      const el = await fixture<LitElement>(template);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain(content);
      expect(shown(el, '[data-print="hide"]'), 'controls marked data-print="hide"').to.deep.equal([]);
      expect(getComputedStyle(el).backgroundColor, 'no page-coloured box on paper').to.match(
        /rgba\(0, 0, 0, 0\)|transparent/,
      );
    });
  }
});
