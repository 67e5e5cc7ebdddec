/**
 * The language of numbers and lists: each widget formats them for the nearest `lang` (SPEC §2), also across the
 * shadow root of a page's own component, and an attribute value that `Intl` rejects falls back to English instead
 * of breaking the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/all.js';
import { spyConsole, textOf } from './helpers.js';

/** A page's own element that renders `tag` (with `attributes`) in its shadow root. */
class ShadowHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  show(tag: string, attributes: Record<string, string>): LitElement {
    const el = document.createElement(tag) as LitElement;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    this.shadowRoot!.append(el);
    return el;
  }
}
customElements.define('lang-test-host', ShadowHost);

/** Each widget, with attributes that make it format numbers or lists on its first render, and that text. */
const WIDGETS: { tag: string; attributes: Record<string, string>; text: string }[] = [
  {
    tag: 'career-certification-picker',
    attributes: {},
    text: 'Risk, Procurement, and Stakeholder management',
  },
  {
    tag: 'career-title-explorer',
    attributes: { selected: 'senior-it-project-manager', query: 'manager' },
    text: 'Also called Senior Project Manager',
  },
  { tag: 'career-skills-matrix', attributes: { assess: '', target: 'mid' }, text: 'of 6 focus skills' },
  { tag: 'career-ladder', attributes: {}, text: 'Typically 0–2 years' },
];

describe('the language of numbers and lists', () => {
  for (const { tag, attributes, text } of WIDGETS) {
    it(`<${tag}> renders in English under a lang that Intl rejects (lang="en_US")`, async () => {
      const errors = spyConsole('error');
      try {
        const page = await fixture<HTMLDivElement>(html`<div lang="en_US"></div>`);
        const el = document.createElement(tag) as LitElement;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        page.append(el);
        await el.updateComplete;
        expect(textOf(el.shadowRoot)).to.contain(text);
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });
  }

  it("follows the nearest lang across the shadow root of the page's own element", async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="de"><lang-test-host></lang-test-host></div>`);
    const el = page.querySelector<ShadowHost>('lang-test-host')!.show('career-certification-picker', {});
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('Risk, Procurement und Stakeholder management');
  });

  it('writes the typical years with the digits of the nearest lang', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ar-EG">
      <career-ladder stage="entry"></career-ladder>
      <career-title-explorer selected="scrum-master"></career-title-explorer>
      <career-skills-matrix></career-skills-matrix>
    </div>`);
    for (const el of page.querySelectorAll<LitElement>(
      'career-ladder, career-title-explorer, career-skills-matrix',
    )) {
      await el.updateComplete;
      expect(textOf(el.shadowRoot), el.localName).to.contain('Typically ٢–٤ years');
    }
  });

  it('follows the lang of its new place when it is moved', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><div lang="en"><career-certification-picker></career-certification-picker></div><div lang="de"></div></div>`,
    );
    const el = page.querySelector<LitElement>('career-certification-picker')!;
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('Procurement, and Stakeholder management');
    page.querySelector('[lang="de"]')!.append(el);
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('Procurement und Stakeholder management');
  });

  it('formats for the lang of the element itself, before its ancestors', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><career-certification-picker lang="de"></career-certification-picker></div>`,
    );
    const el = page.querySelector<LitElement>('career-certification-picker')!;
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('Procurement und Stakeholder management');
  });
});
