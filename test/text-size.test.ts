/**
 * WCAG 1.4.4 (resize text): a page that sets its own text twice as large (widgets inherit the page's font) still
 * gets whole words and whole numbers. Layout widths that hold words are in `em`, so they grow with the text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import '../src/all.js';
import type { CareerCertificationPicker } from '../src/certification-picker/certification-picker.js';
import type { CareerLadder } from '../src/ladder/ladder.js';
import { splitWords, textWithin, until } from './helpers.js';

/** A widget on a page whose text is twice the usual size. */
async function large<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  // The text is large before the widget renders, as on a page whose reader set it so.
  const page = await fixture<HTMLElement>(html`<div></div>`);
  page.style.fontSize = '200%';
  render(template, page);
  const el = page.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}

/** Resolves once the window is `width` wide: the runner's resize can reach a busy page a frame or two late. */
async function windowWidth(width: number): Promise<void> {
  const start = performance.now();
  while (window.innerWidth !== width && performance.now() - start < 2000) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  expect(window.innerWidth, 'the window width').to.equal(width);
}

describe('text at 200 % (WCAG 1.4.4)', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('the ladder stacks its rungs rather than breaking their words, and each number fits its circle', async () => {
    const el = await large<CareerLadder>(html`<career-ladder stage="mid" current="entry"></career-ladder>`);
    const rungs = [...el.shadowRoot!.querySelectorAll('.rung')].map((r) => r.getBoundingClientRect());
    expect(new Set(rungs.map((r) => Math.round(r.left))).size, 'one column of rungs').to.equal(1);
    expect(splitWords(el.shadowRoot!).join(', '), 'words split').to.equal('');
    for (const step of el.shadowRoot!.querySelectorAll('.step'))
      expect(textWithin(step), step.textContent!).to.be.true;
  });

  it('the ladder keeps whole stage names just above its switch to a row (47.5em of content)', async () => {
    await setViewport({ width: 808, height: 900 });
    try {
      // In a sans-serif page font (the runner's page is in Times), whose names are wider.
      const page = await fixture<HTMLElement>(html`<div><career-ladder></career-ladder></div>`);
      page.style.fontFamily = 'system-ui, sans-serif';
      const el = page.querySelector('career-ladder')!;
      await new Promise((r) => requestAnimationFrame(r));
      const tops = [...el.shadowRoot!.querySelectorAll('.rung')].map((r) =>
        Math.round(r.getBoundingClientRect().top),
      );
      expect(new Set(tops).size, 'one row of rungs').to.equal(1);
      const names = [...el.shadowRoot!.querySelectorAll('.rung-button')].flatMap((b) => splitWords(b));
      expect(names.join(', '), 'words split').to.equal('');
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });

  it('the ladder is still horizontal at the usual size', async () => {
    const el = await fixture<CareerLadder>(html`<career-ladder></career-ladder>`);
    const rungs = [...el.shadowRoot!.querySelectorAll('.rung')].map((r) => r.getBoundingClientRect());
    expect(new Set(rungs.map((r) => Math.round(r.top))).size, 'one row of rungs').to.equal(1);
  });

  it('the picker keeps whole words on its cards', async () => {
    const el = await large<CareerCertificationPicker>(
      html`<career-certification-picker></career-certification-picker>`,
    );
    expect(splitWords(el.shadowRoot!).join(', '), 'words split').to.equal('');
  });

  it("the picker's ranking numbers fit their circles", async () => {
    const el = await large<CareerCertificationPicker>(
      html`<career-certification-picker mode="guide"></career-certification-picker>`,
    );
    el.answers = { years: 2, goal: 'traditional' };
    await el.updateComplete;
    const numbers = [...el.shadowRoot!.querySelectorAll('.place-number')];
    expect(numbers.length).to.equal(5);
    for (const n of numbers) expect(textWithin(n), n.textContent!).to.be.true;
  });

  it("the picker's ranking fits a 320 px phone at 200 %, its words whole: the number goes above each place", async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await windowWidth(320);
      const el = await large<CareerCertificationPicker>(
        html`<career-certification-picker mode="guide"></career-certification-picker>`,
      );
      el.answers = { years: 2, goal: 'traditional', industry: 'government' };
      await el.updateComplete;
      const places = [...el.shadowRoot!.querySelectorAll('.place')];
      expect(places.length).to.equal(5);
      const split = () => places.flatMap((p) => splitWords(p.querySelector('.reasons')!));
      // Settled layout: a frame or more on a busy machine (not a timing budget; a wrong layout never settles).
      await until(el, () => split().length === 0, 1000).catch(() => undefined);
      const right = document.documentElement.clientWidth;
      for (const place of places)
        expect(place.getBoundingClientRect().right, 'inside the page').to.be.at.most(right);
      const layout = `widget ${el.getBoundingClientRect().width} px wide, text ${getComputedStyle(el).fontSize}, places ${
        getComputedStyle(places[0]!).flexDirection
      }`;
      expect(split().join(', '), `words split (${layout})`).to.equal('');
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });

  it("the matrix's skill names stay whole", async () => {
    const el = await large<HTMLElement>(html`<career-skills-matrix></career-skills-matrix>`);
    const names = [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')];
    expect(names.length).to.be.greaterThan(20);
    const split = names.flatMap((th) => splitWords(th));
    expect(split.join(', '), 'words split').to.equal('');
  });

  it('the explorer keeps whole words in its list and detail', async () => {
    const el = await large<HTMLElement>(
      html`<career-title-explorer selected="it-project-manager"></career-title-explorer>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="detail"]')).to.exist;
    expect(splitWords(el.shadowRoot!).join(', '), 'words split').to.equal('');
  });
});
