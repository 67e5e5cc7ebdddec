/**
 * Forced colours (Windows High Contrast): the browser drops author backgrounds and shadows, so a state drawn only
 * with them vanishes. Badges and numbers keep a shape (a transparent outline, which forced colours draw), and the
 * ladder's selected stage keeps its filled number in the system's Highlight colour.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/all.js';
import type { CareerCertificationPicker } from '../src/certification-picker/certification-picker.js';
import type { CareerLadder } from '../src/ladder/ladder.js';
import type { CareerSkillsMatrix } from '../src/skills-matrix/skills-matrix.js';

/** The colour a system colour keyword computes to on this page. */
function systemColour(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Whether forced colours draw an outline around `el` (a visible colour, a style other than none). */
function outlined(el: Element): boolean {
  const style = getComputedStyle(el);
  return (
    style.outlineStyle !== 'none' && style.outlineColor !== 'rgba(0, 0, 0, 0)' && style.outlineWidth !== '0px'
  );
}

describe('forced colours', () => {
  before(() => executeServerCommand('media', { 'forced-colors': 'active' }));
  after(() => executeServerCommand('media', {}));

  it('are on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  it('the ladder fills the selected number with Highlight, and outlines "You are here"', async () => {
    const el = await fixture<CareerLadder>(html`<career-ladder stage="mid" current="entry"></career-ladder>`);
    const step = el.shadowRoot!.querySelector('.selected .step')!;
    expect(getComputedStyle(step).backgroundColor).to.equal(systemColour('Highlight'));
    expect(getComputedStyle(step).color).to.equal(systemColour('HighlightText'));
    expect(getComputedStyle(el.shadowRoot!.querySelector('.rung.selected')!).borderTopColor).to.equal(
      systemColour('Highlight'),
    );
    expect(outlined(el.shadowRoot!.querySelector('.here')!)).to.be.true;
  });

  it('the matrix outlines its "Selected" and "Target" markers', async () => {
    const el = await fixture<CareerSkillsMatrix>(
      html`<career-skills-matrix assess stage="mid" target="senior"></career-skills-matrix>`,
    );
    const markers = [...el.shadowRoot!.querySelectorAll('.marker')];
    expect(markers.length).to.equal(2);
    for (const m of markers) expect(outlined(m), m.textContent!).to.be.true;
    // Forced colours draw no shadow: the selected column keeps its frame as a border, also when it is the target.
    const cell = getComputedStyle(el.shadowRoot!.querySelector('td.selected')!);
    expect([cell.borderLeftWidth, cell.borderLeftColor]).to.deep.equal(['3px', systemColour('Highlight')]);
    el.target = 'mid';
    await el.updateComplete;
    const both = getComputedStyle(el.shadowRoot!.querySelector('td.selected.target')!);
    expect([both.borderLeftWidth, both.borderLeftColor]).to.deep.equal(['3px', systemColour('Highlight')]);
  });

  it('the picker outlines its ranking numbers, and "not yet" keeps only its dashed circle', async () => {
    const el = await fixture<CareerCertificationPicker>(
      html`<career-certification-picker mode="guide"></career-certification-picker>`,
    );
    el.answers = { years: 2, goal: 'traditional' };
    await el.updateComplete;
    const places = [...el.shadowRoot!.querySelectorAll('.place')];
    expect(places.length).to.equal(5);
    for (const place of places) {
      const number = place.querySelector('.place-number')!;
      const notYet = place.classList.contains('not-yet');
      expect(outlined(number), `${number.textContent} outlined`).to.equal(!notYet);
      if (notYet) expect(getComputedStyle(number).borderTopStyle).to.equal('dashed');
    }
    expect(places.some((p) => p.classList.contains('not-yet'))).to.be.true;
  });
});
