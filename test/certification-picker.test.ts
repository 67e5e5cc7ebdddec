import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/certification-picker/index.js';
import type { CareerCertificationPicker } from '../src/certification-picker/certification-picker.js';
import { MESSAGE_LIFETIME, TYPING_PAUSE } from '../src/controllers/announce-controller.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import { rankCertifications } from '../src/data/recommend.js';
import type { DatasetInput } from '../src/data/schema.js';
import '../src/ladder/index.js';
import type { CareerLadder } from '../src/ladder/ladder.js';
import '../src/provider/index.js';
import type { CareerProvider } from '../src/provider/provider.js';
import {
  clone,
  inlineStyles,
  loadSmallDataset,
  recordEvents,
  SMALL_DATASET_URL,
  settled,
  spyConsole,
  textOf,
  until,
} from './helpers.js';

const data = defaultDataset;
const cert = (id: string) => data.certifications.find((c) => c.id === id)!;

type Picker = CareerCertificationPicker;
const $ = <T extends Element = HTMLElement>(el: Picker, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Picker, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
const cards = (el: Picker) => $$(el, '[part~="card"]');
const cardNames = (el: Picker) => cards(el).map((c) => textOf(c.querySelector('h3')));
const cardOf = (el: Picker, acronym: string) =>
  cards(el).find((c) => textOf(c.querySelector('.acronym')) === acronym);
/** A card's facts, term → description. */
const factsOf = (card: Element | undefined) =>
  Object.fromEntries(
    [...(card?.querySelectorAll('.fact') ?? [])].map((f) => [
      textOf(f.querySelector('dt')),
      textOf(f.querySelector('dd')),
    ]),
  );
const toggleOf = (root: Element | undefined) =>
  root?.querySelector<HTMLInputElement>('[part~="compare-toggle"] input') ?? null;
const modeRadio = (el: Picker, mode: string) =>
  $<HTMLInputElement>(el, `input[name="mode"][value="${mode}"]`)!;
const focused = (el: Picker) => el.shadowRoot!.activeElement;
const alertText = (el: Picker) => textOf($(el, '[part~="refusal"]'));
/** The polite live region: what the picker says about the reader's own filters and ticks. */
const said = (el: Picker) => textOf($(el, '[role="status"]'));
/** Every message the live region is given from now on (each is written anew, so each is said). */
function spoken(el: Picker): string[] {
  const region = $(el, '[role="status"]')!;
  const messages: string[] = [];
  new MutationObserver(() => messages.push(textOf(region))).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return messages;
}

async function picker(template = html`<career-certification-picker></career-certification-picker>`) {
  const el = await fixture<Picker>(template);
  // Custom data shows the loading notice until the validator has checked it.
  return settled(el);
}

async function change(el: Picker, control: HTMLSelectElement | HTMLInputElement, value: string) {
  control.value = value;
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
  await el.updateComplete;
}

async function tick(el: Picker, acronym: string) {
  toggleOf(cardOf(el, acronym))!.click();
  await el.updateComplete;
}

/** Presses Tab until `target` has focus (at most `limit` times); fails otherwise. */
async function tabTo(el: Picker, target: Element, limit = 40) {
  for (let i = 0; i < limit && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el), 'reached by Tab').to.equal(target);
}

describe('<career-certification-picker>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('accessibility', () => {
    it('has no axe violations when browsing', async () => {
      const el = await picker();
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with filters, a selection and a refused fourth choice', async () => {
      const el = await picker(
        html`<career-certification-picker years="5" selected="pmp,prince2,csm"></career-certification-picker>`,
      );
      await tick(el, 'ITIL');
      expect(alertText(el)).not.to.equal('');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the guide, before and after answering', async () => {
      const el = await picker(html`<career-certification-picker mode="guide"></career-certification-picker>`);
      await expect(el).to.be.accessible();
      el.answers = { goal: 'traditional', years: 2, industry: 'Government', organisationValues: ['pmp'] };
      await el.updateComplete;
      expect($(el, '[part~="ranking"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations when comparing three, or none', async () => {
      const el = await picker(
        html`<career-certification-picker mode="compare" selected="pmp,capm,itil"></career-certification-picker>`,
      );
      await expect(el).to.be.accessible();
      el.selected = [];
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in dark mode, in every view', async () => {
      const el = await picker(
        html`<career-certification-picker theme="dark" selected="pmp,csm"></career-certification-picker>`,
      );
      await expect(el).to.be.accessible();
      el.mode = 'compare';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.mode = 'guide';
      el.answers = { years: 1 };
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('compares in a real table with column and row headers', async () => {
      const el = await picker(
        html`<career-certification-picker mode="compare" selected="pmp,capm,itil"></career-certification-picker>`,
      );
      const table = $<HTMLTableElement>(el, 'table')!;
      expect(table).to.exist;
      expect(textOf(table.caption)).to.equal('Comparing PMP, CAPM, and ITIL');
      const cols = [...table.querySelectorAll('thead th')];
      expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      expect(cols.map((th) => textOf(th.querySelector('.acronym')))).to.deep.equal(['PMP', 'CAPM', 'ITIL']);
      const rows = [...table.querySelectorAll('tbody tr')];
      for (const row of rows) {
        expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
        expect(row.querySelectorAll('td')).to.have.length(3);
      }
      const issuerRow = rows.find((r) => textOf(r.querySelector('th')) === 'Issuer')!;
      expect(textOf(issuerRow.querySelectorAll('td')[0])).to.equal(cert('pmp').issuer);
      expect(textOf(issuerRow.querySelectorAll('td')[2])).to.equal('Not stated');
      const prereqRow = rows.find((r) => textOf(r.querySelector('th')) === 'Prerequisites')!;
      expect(textOf(prereqRow.querySelectorAll('td')[1])).to.equal(cert('capm').prerequisites!.text);
    });
  });

  describe('rendering from data', () => {
    it('shows every certification as a card with the facts the data has', async () => {
      const el = await picker();
      expect(cards(el)).to.have.length(data.certifications.length);
      for (const c of data.certifications) {
        const card = cardOf(el, c.acronym);
        expect(card, c.id).to.exist;
        expect(textOf(card!.querySelector('h3'))).to.contain(c.name);
        const facts = factsOf(card);
        const methodology = data.methodologies.find((m) => m.id === c.methodology)!;
        expect(facts.Methodology).to.equal(methodology.name);
        expect(facts.Issuer).to.equal(c.issuer);
        expect(facts.Level).to.equal(c.level && (c.level === 'entry' ? 'Entry level' : 'Advanced'));
        expect(facts.Prerequisites).to.equal(c.prerequisites?.text ?? 'Not stated');
        for (const topic of c.covers) expect(facts.Covers).to.contain(topic);
        for (const place of c.valuedIn) expect(facts['Valued in']).to.contain(place);
        if (c.covers.length === 0) expect(facts.Covers).to.equal(undefined);
      }
      expect(textOf($(el, '[part~="count"]'))).to.equal(
        `Showing ${data.certifications.length} of ${data.certifications.length} certifications.`,
      );
    });

    it('renders text from the data as text, never as HTML', async () => {
      const bad = clone(data) as DatasetInput;
      bad.certifications![0]!.name = '<img src=x onerror="window.__pickerPwned = true">';
      const el = await picker(html`<career-certification-picker .data=${bad}></career-certification-picker>`);
      expect($(el, 'img')).to.equal(null);
      expect(textOf(el.shadowRoot)).to.contain('<img src=x onerror="window.__pickerPwned = true">');
      expect((window as { __pickerPwned?: boolean }).__pickerPwned).to.equal(undefined);
    });

    it('uses no style attribute and no inline <style> (strict CSP)', async () => {
      const el = await picker(
        html`<career-certification-picker theme="dark" selected="pmp,csm"></career-certification-picker>`,
      );
      for (const mode of ['browse', 'guide', 'compare'] as const) {
        el.mode = mode;
        el.answers = { years: 2 };
        await el.updateComplete;
        expect(inlineStyles(el.shadowRoot!), mode).to.deep.equal([]);
      }
    });

    it('shows a custom framework: its certifications and methodologies', async () => {
      const small = await loadSmallDataset();
      const el = await picker(
        html`<career-certification-picker .data=${small}></career-certification-picker>`,
      );
      expect(cardNames(el)).to.deep.equal(small.certifications!.map((c) => `${c.acronym} ${c.name}`));
      const options = $$<HTMLOptionElement>(el, '#filter-methodology option').map((o) =>
        o.textContent!.trim(),
      );
      expect(options).to.deep.equal(['All methodologies', ...small.methodologies!.map((m) => m.name)]);
    });
  });

  describe('filters', () => {
    it('filters by the methodology attribute and shows it in its control', async () => {
      const el = await picker(
        html`<career-certification-picker methodology="traditional"></career-certification-picker>`,
      );
      const expected = data.certifications.filter((c) => c.methodology === 'traditional');
      expect(cards(el)).to.have.length(expected.length);
      expect(cards(el).map((c) => textOf(c.querySelector('.acronym')))).to.deep.equal(
        expected.map((c) => c.acronym),
      );
      expect($<HTMLSelectElement>(el, '#filter-methodology')!.value).to.equal('traditional');
      expect(textOf($(el, '[part~="count"]'))).to.equal(
        `Showing ${expected.length} of ${data.certifications.length} certifications.`,
      );
    });

    it('says the count after the reader changes a filter, and after typing pauses in the years', async () => {
      const el = await picker();
      await change(el, $<HTMLSelectElement>(el, '#filter-methodology')!, 'traditional');
      const traditional = data.certifications.filter((c) => c.methodology === 'traditional').length;
      const total = data.certifications.length;
      await until(el, () => said(el) === `Showing ${traditional} of ${total} certifications.`);
      const messages = spoken(el);
      const years = $<HTMLInputElement>(el, '#filter-years')!;
      const typing = performance.now();
      await change(el, years, '1');
      await change(el, years, '10');
      await new Promise((r) => setTimeout(r, 300));
      // (Unless this machine stalled for the whole pause, which would make the check meaningless.)
      if (performance.now() - typing < TYPING_PAUSE) expect(messages).to.deep.equal([]);
      await until(el, () => messages.length > 0);
      expect(messages).to.deep.equal([textOf($(el, '[part~="count"]'))]);
    });

    it('filters by years: leaves out what asks for more experience', async () => {
      const el = await picker(html`<career-certification-picker years="2"></career-certification-picker>`);
      const names = cardNames(el).join(' | ');
      expect(names).not.to.contain('PMP');
      expect(names).to.contain('CAPM');
      expect($<HTMLInputElement>(el, '#filter-years')!.value).to.equal('2');
      el.years = 3;
      await el.updateComplete;
      expect(cardNames(el).join(' | ')).to.contain('PMP');
      expect($<HTMLInputElement>(el, '#filter-years')!.value).to.equal('3');
    });

    it('filters by stage: what the stage recommends, plus what no stage claims', async () => {
      const el = await picker(
        html`<career-certification-picker stage="entry"></career-certification-picker>`,
      );
      const acronyms = cards(el).map((c) => textOf(c.querySelector('.acronym')));
      // The entry stage lists PMP and CAPM; CSM is tied to no stage; PRINCE2 and ITIL are mid-level only.
      expect(acronyms).to.include.members(['PMP', 'CAPM', 'CSM']);
      expect(acronyms).not.to.include('PRINCE2');
      expect(acronyms).not.to.include('ITIL');
      expect($<HTMLSelectElement>(el, '#filter-stage')!.value).to.equal('entry');
    });

    it('filters by where it is valued', async () => {
      const el = await picker(
        html`<career-certification-picker valued-in="europe"></career-certification-picker>`,
      );
      expect(cards(el).map((c) => textOf(c.querySelector('.acronym')))).to.deep.equal(['PRINCE2']);
      expect(el.valuedIn).to.equal('Europe');
      expect(el.getAttribute('valued-in')).to.equal('Europe');
      expect($<HTMLSelectElement>(el, '#filter-valued')!.value).to.equal('Europe');
    });

    it('says so when nothing matches, and clears every filter with one button', async () => {
      const el = await picker(
        html`<career-certification-picker methodology="agile" valued-in="Europe"></career-certification-picker>`,
      );
      expect(cards(el)).to.have.length(0);
      expect(textOf($(el, '[part~="count"]'))).to.equal('No certification matches these filters.');
      const clear = [...$$<HTMLButtonElement>(el, 'button')].find((b) => textOf(b) === 'Clear filters')!;
      expect(clear.disabled).to.equal(false);
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cards(el)).to.have.length(data.certifications.length);
      expect(el.hasAttribute('methodology')).to.equal(false);
      expect(el.hasAttribute('valued-in')).to.equal(false);
      expect(clear.disabled).to.equal(true);
      // The button disabled itself: focus went to the first filter, not to the page.
      expect(focused(el)).to.equal($(el, '#filter-methodology'));
    });

    it('the controls set and reflect the attributes', async () => {
      const el = await picker();
      await change(el, $<HTMLSelectElement>(el, '#filter-methodology')!, 'agile');
      expect(el.getAttribute('methodology')).to.equal('agile');
      await change(el, $<HTMLInputElement>(el, '#filter-years')!, '4');
      expect(el.getAttribute('years')).to.equal('4');
      expect(el.years).to.equal(4);
      await change(el, $<HTMLSelectElement>(el, '#filter-valued')!, 'Agile teams');
      expect(el.getAttribute('valued-in')).to.equal('Agile teams');
      await change(el, $<HTMLSelectElement>(el, '#filter-stage')!, 'mid');
      expect(el.getAttribute('stage')).to.equal('mid');
      await change(el, $<HTMLInputElement>(el, '#filter-years')!, '');
      expect(el.hasAttribute('years')).to.equal(false);
    });
  });

  it('says when the typed years are out of range, keeping what the reader typed', async () => {
    const el = await picker();
    const input = $<HTMLInputElement>(el, '#filter-years')!;
    await change(el, input, '9');
    const shown = cards(el).length;
    const hint = $(el, '#filter-years-hint')!;
    const calm = [getComputedStyle(hint).color, getComputedStyle(input).borderColor];
    input.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '0' });
    await el.updateComplete;
    expect(input.value).to.equal('90');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#filter-years-hint'))).to.equal('Enter a number of years from 0 to 80.');
    // Said too, in the status the reader hears as the count changes, before the count of the last good number.
    expect(textOf($(el, '[part~="count"]'))).to.match(
      /^Enter a number of years from 0 to 80\. Showing \d+ of 5/,
    );
    // Seen too, not only said: the hint and the field's border take the danger colour.
    expect(getComputedStyle(hint).color).to.not.equal(calm[0]);
    expect(getComputedStyle(input).borderColor).to.not.equal(calm[1]);
    expect(cards(el)).to.have.length(shown);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(el.years).to.equal(9);
    // Out of range with no filter before: Clear filters empties the box.
    await change(el, input, '');
    input.focus();
    await sendKeys({ type: '95' });
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    [...$$<HTMLButtonElement>(el, 'button')].find((b) => textOf(b) === 'Clear filters')!.click();
    await el.updateComplete;
    expect([input.value, input.hasAttribute('aria-invalid')]).to.deep.equal(['', false]);
  });

  describe('properties and attributes', () => {
    it('takes an empty years="" as no filter, and a removed mode as browse, without warnings', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await picker(
          html`<career-certification-picker years="" mode="guide"></career-certification-picker>`,
        );
        expect(el.years).to.equal(null);
        el.removeAttribute('mode');
        await el.updateComplete;
        expect(el.mode).to.equal('browse');
        expect(cards(el)).to.have.length(data.certifications.length);
        expect(warnings.calls).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('round-trips methodology, years, stage, valued-in, selected and mode', async () => {
      const el = await picker();
      el.setAttribute('methodology', 'agile');
      el.setAttribute('years', '2.5');
      el.setAttribute('stage', 'mid');
      el.setAttribute('valued-in', 'Agile teams');
      el.setAttribute('selected', 'csm, pmp');
      el.setAttribute('mode', 'guide');
      await el.updateComplete;
      expect(el.methodology).to.equal('agile');
      expect(el.years).to.equal(2.5);
      expect(el.stage).to.equal('mid');
      expect(el.valuedIn).to.equal('Agile teams');
      expect(el.selected).to.deep.equal(['csm', 'pmp']);
      expect(el.mode).to.equal('guide');

      el.methodology = 'traditional';
      el.years = 7;
      el.stage = 'entry';
      el.valuedIn = null;
      el.selected = ['itil'];
      el.mode = 'compare';
      await el.updateComplete;
      expect(el.getAttribute('methodology')).to.equal('traditional');
      expect(el.getAttribute('years')).to.equal('7');
      expect(el.getAttribute('stage')).to.equal('entry');
      expect(el.hasAttribute('valued-in')).to.equal(false);
      expect(el.getAttribute('selected')).to.equal('itil');
      expect(el.getAttribute('mode')).to.equal('compare');
      el.selected = [];
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    it('switches the view with the mode radios', async () => {
      const el = await picker();
      modeRadio(el, 'guide').click();
      await el.updateComplete;
      expect(el.mode).to.equal('guide');
      expect(el.getAttribute('mode')).to.equal('guide');
      expect($(el, '[part~="guide"]')).to.exist;
      expect(cards(el)).to.have.length(0);
      el.mode = 'browse';
      await el.updateComplete;
      expect(modeRadio(el, 'browse').checked).to.equal(true);
      expect(modeRadio(el, 'guide').checked).to.equal(false);
    });

    it('follows prefers-color-scheme and the theme attribute', async () => {
      const light = await picker(
        html`<career-certification-picker theme="light"></career-certification-picker>`,
      );
      const dark = await picker(
        html`<career-certification-picker theme="dark"></career-certification-picker>`,
      );
      const luminance = (el: Element) => {
        const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
        return (r! + g! + b!) / 3;
      };
      expect(luminance(light)).to.be.greaterThan(200);
      expect(luminance(dark)).to.be.lessThan(60);
      expect(luminance(cards(dark)[0]!)).to.be.lessThan(60);
    });

    it('keeps the comparison caption whole in view at 320 px, also with the table scrolled sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await picker(
        html`<career-certification-picker mode="compare" selected="pmp,prince2,csm"></career-certification-picker>`,
      );
      const region = $(el, '.table-scroll')!;
      region.scrollLeft = 120;
      await new Promise((r) => requestAnimationFrame(r));
      expect(region.scrollLeft).to.be.greaterThan(0);
      const caption = $(el, 'caption span')!.getBoundingClientRect();
      const box = region.getBoundingClientRect();
      expect([caption.left >= box.left - 1, caption.right <= box.right + 1]).to.deep.equal([true, true]);
    });

    it('puts the acronym on a line of its own above the name, in every card', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await picker();
      const named = cards(el).filter((card) => card.querySelector('.card-name > span + span'));
      expect(named.length).to.be.greaterThan(1);
      for (const card of named) {
        const acronym = card.querySelector('.acronym')!.getBoundingClientRect();
        const name = card.querySelector('.card-name > span + span')!.getBoundingClientRect();
        expect(name.top, textOf(card.querySelector('.card-name'))).to.be.at.least(acronym.bottom - 1);
      }
    });

    for (const mode of ['browse', 'guide', 'compare'] as const) {
      it(`is usable at 320 px in ${mode}: nothing overflows sideways, targets ≥ 24 px`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await picker(
          html`<career-certification-picker mode=${mode} selected="pmp,capm,itil"></career-certification-picker>`,
        );
        el.answers = { goal: 'traditional', years: 2 };
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const targets = $$(el, 'button, select, input[type="number"], label:has(input)');
        expect(targets.length).to.be.greaterThan(0);
        for (const t of targets) {
          const box = t.getBoundingClientRect();
          if (box.width === 0) continue; // not rendered (display: none)
          expect(box.height, t.outerHTML.slice(0, 60)).to.be.at.least(24);
          expect(box.width, t.outerHTML.slice(0, 60)).to.be.at.least(24);
        }
      });
    }
  });

  describe('the guide', () => {
    it('asks the five questions worded by the data', async () => {
      const el = await picker(html`<career-certification-picker mode="guide"></career-certification-picker>`);
      const section = data.sections.find((s) => s.id === 'certification-selection')!;
      const legends = $$(el, '.question > legend').map((l) => textOf(l));
      expect(legends).to.deep.equal(section.items.map((i) => i.label));
      const hints = $$(el, '.question > .hint').map((h) => textOf(h));
      expect(hints).to.deep.equal(section.items.map((i) => i.text));
    });

    it('describes each question by its hint once: on its one control, or on the fieldset of a group', async () => {
      const el = await picker(html`<career-certification-picker mode="guide"></career-certification-picker>`);
      const describedBy = (id: string) =>
        $$(el, '[aria-describedby]').filter((e) =>
          e.getAttribute('aria-describedby')!.split(/\s+/).includes(id),
        );
      const seen = $$(el, '.question').map((q) => {
        const controls = q.querySelectorAll('input, select');
        return {
          question: textOf(q.querySelector('legend')),
          describedBy: describedBy(q.querySelector('.hint')!.id),
          expected: [controls.length === 1 ? controls[0] : q],
        };
      });
      expect(seen).to.have.length(5);
      for (const { question, describedBy, expected } of seen)
        expect(describedBy, question).to.deep.equal(expected);
      expect(describedBy('hint-goal')).to.deep.equal([$(el, '#guide-goal')]);
      expect(describedBy('hint-organisation')).to.deep.equal([$(el, '.question:has(#hint-organisation)')]);
    });

    it('words the questions itself where the data does not', async () => {
      const small = await loadSmallDataset();
      const el = await picker(
        html`<career-certification-picker mode="guide" .data=${small}></career-certification-picker>`,
      );
      expect($$(el, '.question > legend').map((l) => textOf(l))).to.deep.equal([
        'Career goal',
        'Organisation',
        'Background and experience',
        'Industry',
        'Time and budget',
      ]);
    });

    it('ranks nothing when nothing is answered, and says to answer', async () => {
      const el = await picker(html`<career-certification-picker mode="guide"></career-certification-picker>`);
      $<HTMLButtonElement>(el, 'form.guide button[type="submit"]')!.click();
      await el.updateComplete;
      expect(el.answers).to.not.equal(null);
      expect($$(el, '[part~="place"]')).to.have.length(0);
      expect(textOf($(el, '[part~="ranking"]'))).to.contain(
        'Answer at least one question to rank the certifications.',
      );
      expect(textOf(focused(el))).to.equal('Recommended for you');
    });

    it('ranks every certification with its reasons in words', async () => {
      const el = await picker(html`<career-certification-picker mode="guide"></career-certification-picker>`);
      el.answers = { goal: 'traditional', years: 2 };
      await el.updateComplete;
      const places = $$(el, '[part~="place"]');
      expect(places).to.have.length(data.certifications.length);
      const names = places.map((p) => textOf(p.querySelector('h4')));
      expect(names.indexOf('CAPM: Certified Associate in Project Management')).to.be.lessThan(
        names.indexOf('PMP: Project Management Professional'),
      );
      const pmp = places.find((p) => textOf(p.querySelector('h4')).startsWith('PMP'))!;
      expect(textOf(pmp)).to.contain(
        'PMP asks for 3+ years of experience; with 2 years, CAPM is the stepping stone.',
      );
      expect(textOf(pmp)).to.contain('Not yet: it asks for more experience');
      // Within reach only where the data states what a certification asks for: unknown is not met.
      const fit = (acronym: string) =>
        textOf(places.find((p) => textOf(p.querySelector('h4')).startsWith(acronym))!.querySelector('.fit'));
      expect(['CAPM', 'PRINCE2'].map(fit)).to.deep.equal(['Within reach now', 'Prerequisites: not stated']);
      // The list follows the pure ranking, place by place.
      const ranked = rankCertifications(data, { goal: 'traditional', years: 2 });
      expect(places.map((p) => [...p.querySelectorAll('.reasons li')].map((li) => textOf(li)))).to.deep.equal(
        ranked.map((r) => r.reasons),
      );
    });

    it('fills the form from answers set by code, and clears it', async () => {
      const el = await picker(html`<career-certification-picker mode="guide"></career-certification-picker>`);
      el.answers = {
        goal: 'agile',
        years: 4,
        organisationValues: ['itil'],
        industry: 'Europe',
        time: 'long',
      };
      await el.updateComplete;
      const form = $<HTMLFormElement>(el, 'form.guide')!;
      expect($<HTMLSelectElement>(el, '#guide-goal')!.value).to.equal('agile');
      expect($<HTMLInputElement>(el, '#guide-years')!.value).to.equal('4');
      expect($<HTMLSelectElement>(el, '#guide-industry')!.value).to.equal('Europe');
      const orgs = new FormData(form).getAll('organisation');
      expect(orgs).to.deep.equal(['itil']);
      expect(new FormData(form).get('time')).to.equal('long');
      const clear = [...$$<HTMLButtonElement>(el, 'button')].find((b) => textOf(b) === 'Clear answers')!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.answers).to.equal(null);
      expect(clear.disabled).to.equal(true);
      expect(focused(el)).to.equal($(el, 'form.guide select'));
      expect($(el, '[part~="ranking"]')).to.equal(null);
      expect($<HTMLInputElement>(el, '#guide-years')!.value).to.equal('');
    });
  });

  describe('the comparison', () => {
    it('fires career-certification-select on a tick and reflects selected', async () => {
      const el = await picker();
      const events = recordEvents(el, 'career-certification-select');
      await tick(el, 'PMP');
      await tick(el, 'CAPM');
      expect(events.details).to.deep.equal([
        { id: 'pmp', selected: ['pmp'] },
        { id: 'capm', selected: ['pmp', 'capm'] },
      ]);
      expect(el.getAttribute('selected')).to.equal('pmp,capm');
      expect(textOf($(el, '.tray-text'))).to.contain('Chosen to compare (2 of 3): PMP and CAPM.');
      expect(textOf(modeRadio(el, 'compare').parentElement)).to.equal('Compare (2)');
      await until(el, () => said(el) === 'CAPM added to the comparison: 2 of 3 chosen.');
      await tick(el, 'PMP');
      expect(events.details[2]).to.deep.equal({ id: 'pmp', selected: ['capm'] });
      expect(el.getAttribute('selected')).to.equal('capm');
      await until(el, () => said(el) === 'PMP removed from the comparison: 1 of 3 chosen.');
      // The tray's own text is shown, not said (the message above says what changed); nor is a change of view.
      expect($(el, '.tray-text')!.closest('[role="status"], [aria-live]')).to.equal(null);
      modeRadio(el, 'compare').click();
      await el.updateComplete;
      modeRadio(el, 'browse').click();
      await new Promise((r) => setTimeout(r, 50));
      expect(said(el)).to.equal('PMP removed from the comparison: 1 of 3 chosen.');
    });

    it('clears a message once it has had time to be said, so no old count is met later', async () => {
      const el = await picker();
      await tick(el, 'PMP');
      await until(el, () => said(el).startsWith('PMP added'));
      const start = performance.now();
      await until(el, () => said(el) === '', MESSAGE_LIFETIME + 1500);
      expect(performance.now() - start).to.be.at.least(MESSAGE_LIFETIME - 200);
    });

    it('says the same change twice when the reader makes it twice', async () => {
      const el = await picker();
      const messages = spoken(el);
      for (let i = 0; i < 2; i++) {
        await tick(el, 'PMP');
        await until(el, () => said(el).startsWith('PMP added'));
        await tick(el, 'PMP');
        await until(el, () => said(el).startsWith('PMP removed'));
      }
      expect(messages.filter((t) => t.startsWith('PMP added'))).to.have.length(2);
    });

    it('refuses a fourth choice with a visible message, changing nothing', async () => {
      const el = await picker(
        html`<career-certification-picker selected="pmp,capm,itil"></career-certification-picker>`,
      );
      const events = recordEvents(el, 'career-certification-select');
      await tick(el, 'CSM');
      expect(events.details).to.deep.equal([]);
      expect(el.selected).to.deep.equal(['pmp', 'capm', 'itil']);
      expect(toggleOf(cardOf(el, 'CSM'))!.checked).to.equal(false);
      const alert = $(el, '[part~="refusal"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(textOf(alert)).to.contain(
        'You can compare up to 3 certifications. Remove one before adding CSM.',
      );
      expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
      // Also beside the box the reader used, and tied to it.
      const here = cardOf(el, 'CSM')!.querySelector('.refused-here')!;
      expect(textOf(here)).to.contain('Remove one before adding CSM.');
      expect(toggleOf(cardOf(el, 'CSM'))!.getAttribute('aria-describedby')).to.equal(here.id);
      // Refused again, the alert's text is written anew, so that screen readers say it again.
      const said = alert.querySelector('span');
      await tick(el, 'CSM');
      expect(textOf(alert)).to.contain('Remove one before adding CSM.');
      expect(alert.querySelector('span')).to.not.equal(said);
      // Making room clears the message and lets it in.
      await tick(el, 'ITIL');
      expect(alertText(el)).to.equal('');
      await tick(el, 'CSM');
      expect(el.selected).to.deep.equal(['pmp', 'capm', 'csm']);
    });

    it('drops the refusal when the reader moves to another view', async () => {
      const el = await picker(
        html`<career-certification-picker selected="pmp,capm,itil"></career-certification-picker>`,
      );
      await tick(el, 'CSM');
      expect(alertText(el)).to.contain('Remove one before adding CSM.');
      $<HTMLInputElement>(el, 'input[name="mode"][value="compare"]')!.click();
      await el.updateComplete;
      expect(el.mode).to.equal('compare');
      expect(alertText(el)).to.equal('');
    });

    it('removes from the table with a button, firing the event and keeping focus in the table', async () => {
      const el = await picker(
        html`<career-certification-picker mode="compare" selected="pmp,capm,itil"></career-certification-picker>`,
      );
      const events = recordEvents(el, 'career-certification-select');
      const removes = $$<HTMLButtonElement>(el, 'button.remove');
      expect(removes.map((b) => textOf(b))).to.deep.equal(['Remove PMP', 'Remove CAPM', 'Remove ITIL']);
      removes[1]!.click();
      await el.updateComplete;
      expect(events.details).to.deep.equal([{ id: 'capm', selected: ['pmp', 'itil'] }]);
      expect($$(el, 'thead th').map((th) => textOf(th.querySelector('.acronym')))).to.deep.equal([
        'PMP',
        'ITIL',
      ]);
      expect(textOf(focused(el))).to.equal('Remove ITIL');
    });

    it('says how to choose when nothing is chosen', async () => {
      const el = await picker(
        html`<career-certification-picker mode="compare"></career-certification-picker>`,
      );
      expect($(el, 'table')).to.equal(null);
      expect(textOf($(el, '[part~="compare"]'))).to.contain('Nothing is chosen yet');
      // Said once: the tray keeps its alert region, empty and without a box.
      expect(textOf(el.shadowRoot!).match(/Tick "Compare"/g)).to.have.length(1);
      const tray = $(el, '[part~="tray"]')!;
      expect(tray.querySelector('[role="alert"]')).to.not.equal(null);
      expect(tray.getBoundingClientRect().height).to.equal(0);
      // The button stands apart from the sentence above it.
      const gap =
        $(el, '[part~="compare"] button')!.getBoundingClientRect().top -
        $(el, '[part~="compare"] p')!.getBoundingClientRect().bottom;
      expect(gap).to.be.at.least(8);
    });

    it('fires nothing when code sets selected, mode, stage or filters', async () => {
      const el = await picker();
      const selects = recordEvents(el, 'career-certification-select');
      const stages = recordEvents(el, 'career-stage-change');
      el.selected = ['pmp', 'csm'];
      el.mode = 'compare';
      el.stage = 'mid';
      el.years = 3;
      el.methodology = 'agile';
      await el.updateComplete;
      el.setAttribute('selected', 'itil');
      el.setAttribute('stage', 'entry');
      await el.updateComplete;
      expect(selects.details).to.deep.equal([]);
      expect(stages.details).to.deep.equal([]);
      expect($$(el, 'thead th').map((th) => textOf(th.querySelector('.acronym')))).to.deep.equal(['ITIL']);
    });

    it('bubbles out of the shadow root and composes', async () => {
      const el = await picker();
      const events = recordEvents(document, 'career-certification-select');
      await tick(el, 'ITIL');
      events.stop();
      expect(events.details).to.deep.equal([{ id: 'itil', selected: ['itil'] }]);
    });
  });

  describe('keyboard', () => {
    it('switches views with arrow keys on the mode radios', async () => {
      const el = await picker();
      modeRadio(el, 'browse').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.mode).to.equal('guide');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.mode).to.equal('compare');
      expect(focused(el)).to.equal(modeRadio(el, 'compare'));
    });

    it('filters by keyboard only', async () => {
      const el = await picker();
      modeRadio(el, 'browse').focus();
      const methodology = $<HTMLSelectElement>(el, '#filter-methodology')!;
      await tabTo(el, methodology);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.methodology).to.equal(data.methodologies[0]!.id);
      const years = $<HTMLInputElement>(el, '#filter-years')!;
      await tabTo(el, years);
      await sendKeys({ type: '2' });
      await el.updateComplete;
      expect(el.years).to.equal(2);
      const expected = data.certifications.filter(
        (c) => c.methodology === data.methodologies[0]!.id && (c.prerequisites?.minYears ?? 0) <= 2,
      );
      expect(cards(el).map((c) => textOf(c.querySelector('.acronym')))).to.deep.equal(
        expected.map((c) => c.acronym),
      );
    });

    it('answers the guide by keyboard only and moves focus to the ranking', async () => {
      const el = await picker(html`<career-certification-picker mode="guide"></career-certification-picker>`);
      modeRadio(el, 'guide').focus();
      const goal = $<HTMLSelectElement>(el, '#guide-goal')!;
      await tabTo(el, goal);
      await sendKeys({ press: 'ArrowDown' }); // the first methodology
      const firstOrg = $<HTMLInputElement>(el, 'input[name="organisation"]')!;
      await tabTo(el, firstOrg);
      await sendKeys({ press: 'Space' });
      expect(firstOrg.checked).to.equal(true);
      const years = $<HTMLInputElement>(el, '#guide-years')!;
      await tabTo(el, years);
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.answers).to.deep.include({
        goal: data.methodologies[0]!.id,
        years: 2,
        organisationValues: [data.certifications[0]!.id],
      });
      expect(focused(el)).to.equal($(el, '#ranking-heading'));
      expect($$(el, '[part~="place"]')).to.have.length(data.certifications.length);
    });

    it('compares by keyboard only: tick, compare now, remove', async () => {
      const el = await picker();
      const events = recordEvents(el, 'career-certification-select');
      modeRadio(el, 'browse').focus();
      for (const acronym of ['PMP', 'CSM']) {
        const box = toggleOf(cardOf(el, acronym))!;
        await tabTo(el, box);
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
      }
      expect(el.selected).to.deep.equal(['pmp', 'csm']);
      const compareNow = [...$$<HTMLButtonElement>(el, 'button')].find((b) => textOf(b) === 'Compare now')!;
      modeRadio(el, 'browse').focus();
      await tabTo(el, compareNow);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.mode).to.equal('compare');
      expect(focused(el)).to.equal($(el, '#compare-heading'));
      const remove = $$<HTMLButtonElement>(el, 'button.remove')[0]!;
      await tabTo(el, remove);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['csm']);
      expect(events.details.map((d) => d.id)).to.deep.equal(['pmp', 'csm', 'pmp']);
      expect(textOf(focused(el))).to.equal('Remove CSM');
    });

    for (const dir of ['ltr', 'rtl']) {
      it(`at 320 px, Shift+Tab along the Remove buttons keeps each clear of the sticky row headers (${dir})`, async () => {
        await setViewport({ width: 320, height: 800 });
        const host = await fixture<HTMLDivElement>(
          html`<div dir=${dir}>
            <career-certification-picker mode="compare" selected="pmp,csm,itil"></career-certification-picker>
          </div>`,
        );
        const el = await settled(host.querySelector('career-certification-picker')!);
        const scroller = $(el, '.table-scroll')!;
        const rtl = dir === 'rtl';
        /** How many px of the focused control the sticky row header covers, and how far it sticks out of the box. */
        const hidden = () => {
          const box = focused(el)!.getBoundingClientRect();
          const sticky = $(el, '.remove-row th')!.getBoundingClientRect();
          const frame = scroller.getBoundingClientRect();
          return {
            name: textOf(focused(el)),
            under: Math.round(Math.max(0, rtl ? box.right - sticky.left : sticky.right - box.left)),
            outside: Math.round(Math.max(0, frame.left - box.left, box.right - frame.right)),
          };
        };
        const shiftTab = async () => {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
        };
        expect(getComputedStyle($(el, '.remove-row th')!).position).to.equal('sticky');
        const removes = $$<HTMLButtonElement>(el, 'button.remove');
        // From the last column, which scrolls the table to its end: "Remove CSM" lies under the row headers.
        removes[2]!.focus();
        await shiftTab();
        expect(hidden()).to.deep.equal({ name: 'Remove CSM', under: 0, outside: 0 });
        // With "Remove PMP" partly under the row headers and partly in view, where the browser does not scroll.
        const sticky = $(el, '.remove-row th')!.getBoundingClientRect();
        const pmp = removes[0]!.getBoundingClientRect();
        scroller.scrollBy({ left: rtl ? pmp.right - (sticky.left + 30) : pmp.left - (sticky.right - 30) });
        const moved = removes[0]!.getBoundingClientRect();
        expect(rtl ? moved.right - sticky.left : sticky.right - moved.left, 'under before').to.be.closeTo(
          30,
          2,
        );
        await shiftTab();
        expect(hidden()).to.deep.equal({ name: 'Remove PMP', under: 0, outside: 0 });
        // Tab to the next column, partly past the far edge: all of it comes into view.
        await sendKeys({ press: 'Tab' });
        expect(hidden()).to.deep.equal({ name: 'Remove CSM', under: 0, outside: 0 });
      });
    }
  });

  describe('inside a <career-provider>', () => {
    it('filters by the shared stage, and a stage chosen here selects it in the others', async () => {
      const provider = await fixture<CareerProvider>(
        html`<career-provider stage="mid">
          <career-ladder compact></career-ladder>
          <career-certification-picker></career-certification-picker>
        </career-provider>`,
      );
      const el = provider.querySelector('career-certification-picker')!;
      const ladder = provider.querySelector('career-ladder') as CareerLadder;
      await el.updateComplete;
      expect(el.stage).to.equal('mid');
      expect(cards(el).map((c) => textOf(c.querySelector('.acronym')))).not.to.include('CAPM');
      const events = recordEvents(provider, 'career-stage-change');
      await change(el, $<HTMLSelectElement>(el, '#filter-stage')!, 'entry');
      await until(el, () => said(el).startsWith('Showing'));
      await provider.updateComplete;
      await ladder.updateComplete;
      expect(events.details).to.deep.equal([{ stage: 'entry' }]);
      expect(provider.stage).to.equal('entry');
      expect(ladder.stage).to.equal('entry');
      // And back: the ladder's choice filters the picker.
      const midButton = [...ladder.shadowRoot!.querySelectorAll<HTMLButtonElement>('.rung-button')].find(
        (b) => textOf(b).includes('Mid-Level'),
      )!;
      midButton.click();
      await ladder.updateComplete;
      await provider.updateComplete;
      await el.updateComplete;
      expect(el.stage).to.equal('mid');
      expect($<HTMLSelectElement>(el, '#filter-stage')!.value).to.equal('mid');
      expect(cards(el).map((c) => textOf(c.querySelector('.acronym')))).to.include('PRINCE2');
      // The reader is on the ladder: the picker's count changes without a word from it.
      const entryCount = said(el);
      expect(entryCount).to.match(/^Showing \d+ of/);
      await new Promise((r) => setTimeout(r, 50));
      expect(said(el)).to.equal(entryCount);
      expect(textOf($(el, '[part~="count"]'))).not.to.equal(entryCount);
    });

    it('uses the provider data', async () => {
      const small = await loadSmallDataset();
      const provider = await fixture<CareerProvider>(
        html`<career-provider .data=${small}><career-certification-picker></career-certification-picker></career-provider>`,
      );
      const el = provider.querySelector('career-certification-picker')!;
      await until(el, () => cards(el).length > 0);
      expect(cards(el)).to.have.length(small.certifications!.length);
    });
  });

  describe('bad input', () => {
    it('leaves out a filter or question the data gives nothing to choose from: one methodology, no "valued in"', async () => {
      const plain = clone(defaultDataset) as DatasetInput;
      const [only] = plain.methodologies!;
      plain.methodologies = [only!];
      for (const c of plain.certifications!) {
        c.methodology = only!.id;
        c.valuedIn = [];
      }
      const browse = await picker(
        html`<career-certification-picker .data=${plain}></career-certification-picker>`,
      );
      expect(cards(browse)).to.have.length(plain.certifications!.length);
      expect($(browse, '#filter-methodology')).to.equal(null);
      expect($(browse, '#filter-valued')).to.equal(null);
      expect($(browse, '#filter-stage')).not.to.equal(null);
      const guide = await picker(
        html`<career-certification-picker mode="guide" .data=${plain}></career-certification-picker>`,
      );
      const legends = $$(guide, '.question legend').map((l) => textOf(l));
      expect(legends).to.have.length(3);
      expect($(guide, '#guide-goal')).to.equal(null);
      expect($(guide, '#guide-industry')).to.equal(null);
      expect($(guide, '#guide-years')).not.to.equal(null);
      await expect(guide).to.be.accessible();
    });

    it('says the data lists no certifications, with no filters, questions or views to try', async () => {
      const none = clone(defaultDataset) as DatasetInput;
      none.certifications = [];
      for (const stage of none.stages!) stage.certificationIds = [];
      for (const title of none.titles!) title.certificationIds = [];
      for (const mode of ['browse', 'guide', 'compare']) {
        const el = await picker(
          html`<career-certification-picker mode=${mode} .data=${none}></career-certification-picker>`,
        );
        expect(textOf($(el, '[part~="count"]')), mode).to.equal('This data lists no certifications.');
        expect($$(el, 'select, input, button'), mode).to.have.length(0);
        await expect(el).to.be.accessible();
      }
    });

    for (const value of ['-3', 'lots']) {
      it(`years="${value}" warns once and filters nothing`, async () => {
        const warnings = spyConsole('warn');
        try {
          const el = await picker(
            html`<career-certification-picker years=${value}></career-certification-picker>`,
          );
          el.requestUpdate();
          await el.updateComplete;
          expect(el.years).to.equal(null);
          expect(el.hasAttribute('years')).to.equal(false);
          expect(cards(el)).to.have.length(data.certifications.length);
          expect($<HTMLInputElement>(el, '#filter-years')!.value).to.equal('');
          expect(warnings.calls).to.have.length(1);
          expect(String(warnings.calls[0]![0])).to.contain(`years="${value}"`);
        } finally {
          warnings.restore();
        }
      });
    }

    it('selected="nope,pmp" warns once and keeps pmp', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await picker(
          html`<career-certification-picker mode="compare" selected="nope,pmp"></career-certification-picker>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(el.selected).to.deep.equal(['pmp']);
        expect(el.getAttribute('selected')).to.equal('pmp');
        expect($$(el, 'thead th').map((th) => textOf(th.querySelector('.acronym')))).to.deep.equal(['PMP']);
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.contain('"nope"');
      } finally {
        warnings.restore();
      }
    });

    it('keeps the first three of a longer selection, and drops duplicates, with one warning', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await picker(
          html`<career-certification-picker selected="pmp,pmp,capm,itil,csm"></career-certification-picker>`,
        );
        expect(el.selected).to.deep.equal(['pmp', 'capm', 'itil']);
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.match(/at most 3.*csm/);
      } finally {
        warnings.restore();
      }
    });

    it('an unknown mode, methodology or valued-in warns and falls back', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await picker(
          html`<career-certification-picker
            mode="wizard"
            methodology="waterfall"
            valued-in="Mars"
          ></career-certification-picker>`,
        );
        expect(el.mode).to.equal('browse');
        expect(el.methodology).to.equal(null);
        expect(el.valuedIn).to.equal(null);
        expect(cards(el)).to.have.length(data.certifications.length);
        expect(warnings.calls).to.have.length(3);
        const said = warnings.calls.map((c) => String(c[0])).join('\n');
        for (const word of ['wizard', 'waterfall', 'Mars']) expect(said).to.contain(word);
      } finally {
        warnings.restore();
      }
    });

    it('an unknown stage filters nothing and warns once', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await picker(
          html`<career-certification-picker stage="astronaut"></career-certification-picker>`,
        );
        el.years = 10;
        await el.updateComplete;
        expect(cards(el)).to.have.length(data.certifications.length);
        expect($<HTMLSelectElement>(el, '#filter-stage')!.value).to.equal('');
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.contain('astronaut');
      } finally {
        warnings.restore();
      }
    });

    it('a string set as the selected property is read as a list', async () => {
      const el = await picker();
      (el as unknown as { selected: string }).selected = 'csm,itil';
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['csm', 'itil']);
      expect(el.getAttribute('selected')).to.equal('csm,itil');
    });

    it('shows the JSON path of invalid data in an alert, fires career-error and logs once', async () => {
      const errors = spyConsole('error');
      try {
        const bad = clone(data) as unknown as { certifications: Record<string, unknown>[] };
        bad.certifications[1]!.level = 'expert';
        const received = recordEvents(document, 'career-error');
        const el = await picker(
          html`<career-certification-picker .data=${bad as unknown as DatasetInput}></career-certification-picker>`,
        );
        received.stop();
        const panel = $(el, '[part~="error"]')!;
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(textOf(panel)).to.contain('certifications[1].level');
        expect(received.details).to.have.length(1);
        expect(errors.calls).to.have.length(1);
        expect(cards(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('loads src with a loading state, checking selected once the data is there', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await fixture<Picker>(
          html`<career-certification-picker src=${SMALL_DATASET_URL} selected="master-seal"></career-certification-picker>`,
        );
        expect($(el, '[part~="loading"]')).to.exist;
        await until(el, () => cards(el).length > 0);
        expect(el.selected).to.deep.equal(['master-seal']);
        expect(warnings.calls).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });
});
