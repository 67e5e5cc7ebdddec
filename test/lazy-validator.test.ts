/**
 * The validator is loaded on demand: only custom data (`data` or `src`) needs it; the bundled default is trusted.
 * The tests run in order on one page, and the first two run before anything has loaded the validator: keep
 * them first, and import nothing here that imports `src/data/validate.ts` statically.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/all.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import type { DatasetInput } from '../src/data/schema.js';
import type { CareerLadder } from '../src/ladder/ladder.js';
import type { CareerProvider } from '../src/provider/provider.js';
import {
  clone,
  isLoading,
  loadSmallDataset,
  recordEvents,
  settled,
  spyConsole,
  textOf,
  until,
} from './helpers.js';

/** Modules of the validator the page has requested so far. */
const validatorRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/src\/data\/(validate|schema)\.|\/valibot\//.test(name));

const loadingNotice = (el: LitElement) => el.shadowRoot!.querySelector('[part~="loading"]');
const errorPanel = (el: LitElement) => el.shadowRoot!.querySelector('[part~="error"]');

/** The default dataset with `stages[2].years.min` broken. */
function badData(): DatasetInput {
  const data = clone(defaultDataset) as unknown as { stages: { years: { min: unknown } }[] };
  data.stages[2]!.years.min = 'four';
  return data as unknown as DatasetInput;
}

describe('the validator, loaded on demand', () => {
  it('is never loaded for the bundled default data, which every widget shows in its first update', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <career-ladder></career-ladder>
      <career-certification-picker></career-certification-picker>
      <career-skills-matrix></career-skills-matrix>
      <career-title-explorer></career-title-explorer>
      <career-provider><career-ladder id="linked"></career-ladder></career-provider>
    </div>`);
    const widgets = [...host.querySelectorAll<LitElement>('*')].filter((e) =>
      e.localName.startsWith('career-'),
    );
    expect(widgets).to.have.length(6);
    for (const el of widgets) {
      await el.updateComplete;
      expect(loadingNotice(el), `<${el.localName}> loading`).to.equal(null);
      expect(errorPanel(el), `<${el.localName}> error`).to.equal(null);
    }
    const linked = host.querySelector<CareerLadder>('#linked')!;
    await until(linked, () => textOf(linked.shadowRoot).includes(defaultDataset.stages[0]!.name));
    await new Promise((r) => setTimeout(r, 100));
    expect(validatorRequests()).to.deep.equal([]);
  });

  it('shows the loading state for custom data until the validator has checked it, dropping stale results', async () => {
    const small = await loadSmallDataset();
    const errors = spyConsole('error');
    const events = recordEvents(document, 'career-error');
    try {
      // Not `fixture`, which waits for a frame: a frame can outlast the validator's loading on a busy machine.
      const host = fixtureSync<HTMLDivElement>(html`<div>
        <career-ladder id="a" .data=${small}></career-ladder>
        <career-ladder id="b" .data=${badData()}></career-ladder>
        <career-ladder id="c" .data=${badData()}></career-ladder>
      </div>`);
      const [a, b, c] = ['#a', '#b', '#c'].map((s) => host.querySelector<CareerLadder>(s)!) as [
        CareerLadder,
        CareerLadder,
        CareerLadder,
      ];
      for (const el of [a, b, c]) {
        await el.updateComplete;
        expect(loadingNotice(el)?.getAttribute('role'), `#${el.id}`).to.equal('status');
      }
      // While the validator loads: b gets good data instead of bad, c leaves the page.
      b.data = small;
      c.remove();

      await settled(a);
      await settled(b);
      expect(textOf(a.shadowRoot)).to.contain('Example Guild');
      expect(textOf(b.shadowRoot)).to.contain('Example Guild');
      expect(errorPanel(b), 'the bad data b had first is never reported').to.equal(null);
      await new Promise((r) => setTimeout(r, 100));
      expect(loadingNotice(c), 'c, off the page, was left as it was').to.exist;
      expect(events.details, 'no career-error for replaced or detached data').to.deep.equal([]);
      expect(errors.calls).to.deep.equal([]);
      expect(validatorRequests().length).to.be.greaterThan(0);

      // Back on the page, c checks its data again: one error, reported once.
      host.append(c);
      await settled(c);
      expect(textOf(errorPanel(c))).to.contain('stages[2].years.min: expected a number');
      await new Promise((r) => setTimeout(r, 50));
      expect(events.details).to.have.length(1);
      expect(errors.calls).to.have.length(1);
    } finally {
      events.stop();
      errors.restore();
    }
  });

  it('once loaded, checks data set by code within the same update, with no event', async () => {
    const small = await loadSmallDataset();
    const el = await fixture<CareerLadder>(html`<career-ladder></career-ladder>`);
    const changes = recordEvents(document, 'career-stage-change');
    const failures = recordEvents(document, 'career-error');
    el.data = small;
    await el.updateComplete;
    expect(isLoading(el)).to.equal(false);
    expect(textOf(el.shadowRoot)).to.contain('Example Guild');
    changes.stop();
    failures.stop();
    expect(changes.details).to.deep.equal([]);
    expect(failures.details).to.deep.equal([]);
  });

  it('shows invalid data with its JSON path, fires one career-error and logs one console.error', async () => {
    const errors = spyConsole('error');
    const events = recordEvents(document, 'career-error');
    try {
      const el = await fixture<CareerLadder>(html`<career-ladder .data=${badData()}></career-ladder>`);
      await settled(el);
      const panel = errorPanel(el)!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(textOf(panel)).to.contain('stages[2].years.min: expected a number');
      await new Promise((r) => setTimeout(r, 50));
      expect(events.details).to.have.length(1);
      expect(events.details[0]!.errors[0]).to.deep.include({ path: 'stages[2].years.min' });
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]![0])).to.contain('stages[2].years.min');
    } finally {
      events.stop();
      errors.restore();
    }
  });

  it('checks a fetched file with the validator: invalid JSON data gives one error', async () => {
    const errors = spyConsole('error');
    const events = recordEvents(document, 'career-error');
    try {
      // `/__slow/…` answers late with `{"schemaVersion": 1}` (no stages).
      const el = await fixture<CareerLadder>(html`<career-ladder src="/__slow/bad.json"></career-ladder>`);
      expect(loadingNotice(el)).to.exist;
      await settled(el);
      expect(textOf(errorPanel(el))).to.contain('stages');
      await new Promise((r) => setTimeout(r, 50));
      expect(events.details).to.have.length(1);
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]![0])).to.contain('from /__slow/bad.json');
    } finally {
      events.stop();
      errors.restore();
    }
  });

  it('gives a provider the same: loading, then its custom data in every linked widget', async () => {
    const small = await loadSmallDataset();
    const provider = await fixture<CareerProvider>(
      html`<career-provider .data=${small}><career-ladder></career-ladder></career-provider>`,
    );
    const el = provider.querySelector('career-ladder')!;
    await settled(provider);
    expect(textOf(el.shadowRoot)).to.contain('Example Guild');
  });
});
