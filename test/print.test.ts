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

  it('<career-skills-matrix> prints the frame of the selected column, the target one too', async () => {
    const el = await fixture<LitElement>(
      html`<career-skills-matrix assess stage="mid" target="mid"></career-skills-matrix>`,
    );
    await el.updateComplete;
    const cell = getComputedStyle(el.shadowRoot!.querySelector('td.selected')!);
    // The inset shadow, printed as it is (browsers leave out colours and shadows unless told to print them exactly).
    expect(cell.boxShadow).to.match(/3px 0px 0px 0px inset, .* -3px 0px 0px 0px inset/);
    expect(cell.printColorAdjust).to.equal('exact');
  });

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

    it(`<${tag}> prints dark ink on paper with theme="dark"`, async () => {
      const el = await fixture<LitElement>(template);
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      // Every text of the widget is dark enough for white paper (the light theme's colours), or printed on its own
      // background (browsers print none unless told to).
      const light = (rgb: string) => {
        const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
        return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
      };
      const pale = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((e) => e.getClientRects().length > 0 && e.childNodes.length && e.textContent!.trim())
        .map((e) => getComputedStyle(e))
        .filter((style) => light(style.color) > 0.6 && style.printColorAdjust !== 'exact')
        .map((style) => style.color);
      expect(pale).to.deep.equal([]);
    });
  }
});
