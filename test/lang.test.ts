/**
 * The language of the widgets' text. The words are English, so numbers and lists are too: in the variant of the
 * nearest `lang` where that is English (also across the shadow root of a page's own component), else plain English;
 * a value that `Intl` rejects falls back to English instead of breaking the widget. The content is marked with its
 * language, for assistive technology on a page in another.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/all.js';
import { loadSmallDataset, settled, spyConsole, textOf } from './helpers.js';

/** The language assistive technology reads an element of a widget in, as `:lang()` matches it: `en`, `de`, or ''. */
function languageOf(el: LitElement, selector: string): string {
  const target = el.shadowRoot!.querySelector(selector);
  if (!target) throw new Error(`no ${selector} in <${el.localName}>`);
  return ['en', 'de', 'fr', 'ar'].find((lang) => target.matches(`:lang(${lang})`)) ?? '';
}

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

/** `tag` with `attributes`, rendered in a page whose `lang` is `lang`. */
async function inPage(lang: string, tag: string, attributes: Record<string, string>): Promise<LitElement> {
  const page = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.append(el);
  await el.updateComplete;
  return el;
}

describe("the language of the widgets' text", () => {
  for (const { tag, attributes, text } of WIDGETS) {
    it(`<${tag}> renders in English under a lang that Intl rejects (lang="en_US")`, async () => {
      const errors = spyConsole('error');
      try {
        const el = await inPage('en_US', tag, attributes);
        expect(textOf(el.shadowRoot)).to.contain(text);
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });
  }

  it('on a German page, writes its lists in English, as its words are, and marks its content English', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="de"><lang-test-host></lang-test-host></div>`);
    const el = page.querySelector<ShadowHost>('lang-test-host')!.show('career-certification-picker', {});
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('Risk, Procurement, and Stakeholder management');
    expect(textOf(el.shadowRoot)).not.to.contain(' und ');
    expect(languageOf(el, '.heading')).to.equal('en');
  });

  it('on an Arabic page, writes the typical years with the digits of its English words', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ar-EG">
      <career-ladder stage="entry"></career-ladder>
      <career-title-explorer selected="scrum-master"></career-title-explorer>
      <career-skills-matrix></career-skills-matrix>
    </div>`);
    for (const el of page.querySelectorAll<LitElement>(
      'career-ladder, career-title-explorer, career-skills-matrix',
    )) {
      await el.updateComplete;
      expect(textOf(el.shadowRoot), el.localName).to.contain('Typically 2–4 years');
      expect(languageOf(el, '.heading'), el.localName).to.equal('en');
    }
  });

  for (const { tag, attributes } of WIDGETS) {
    it(`<${tag}> on a French page: every text in the widget is marked English, its error panel too`, async () => {
      const errors = spyConsole('error');
      try {
        const el = await inPage('fr', tag, attributes);
        const texts = [...el.shadowRoot!.querySelectorAll('h2, p, li, label, button, th, td, span')];
        expect(texts.length).to.be.greaterThan(3);
        expect(texts.filter((e) => !e.matches(':lang(en)')).map((e) => e.outerHTML)).to.deep.equal([]);
        (el as LitElement & { data: unknown }).data = { schemaVersion: 1 };
        await settled(el);
        expect(languageOf(el, '[part~="error"]')).to.equal('en');
      } finally {
        errors.restore();
      }
    });
  }

  it('follows the English of an English page: British lists under en-GB, also after moving', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><div lang="en-US"><career-certification-picker></career-certification-picker></div><div lang="en-GB"></div></div>`,
    );
    const el = page.querySelector<LitElement>('career-certification-picker')!;
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('Procurement, and Stakeholder management');
    page.querySelector('[lang="en-GB"]')!.append(el);
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('Procurement and Stakeholder management');
  });

  it('formats for the lang of the element itself, before its ancestors', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><career-certification-picker lang="en-GB"></career-certification-picker></div>`,
    );
    const el = page.querySelector<LitElement>('career-certification-picker')!;
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('Procurement and Stakeholder management');
  });

  it('marks its content with the locale of custom data, and its error panel English', async () => {
    const data = { ...(await loadSmallDataset()), locale: 'de-CH' };
    const errors = spyConsole('error');
    try {
      const page = await fixture<HTMLDivElement>(html`<div lang="en">
        <career-ladder .data=${data}></career-ladder>
        <career-ladder .data=${{ ...data, stages: [] }}></career-ladder>
      </div>`);
      const [good, bad] = page.querySelectorAll<LitElement>('career-ladder') as unknown as LitElement[];
      await settled(good!);
      await settled(bad!);
      // The stage names (in a rung's button) are the data's German.
      expect(languageOf(good!, '.rung-button')).to.equal('de');
      expect(languageOf(bad!, '[part~="error"]')).to.equal('en');
    } finally {
      errors.restore();
    }
  });
});
