import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { TYPING_PAUSE } from '../src/controllers/announce-controller.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import {
  certificationsForTitle,
  relatedTitles,
  stagesInOrder,
  titleNextSteps,
  titlesByTier,
} from '../src/data/query.js';
import type { DatasetInput, Title } from '../src/data/schema.js';
import '../src/ladder/index.js';
import type { CareerLadder } from '../src/ladder/ladder.js';
import '../src/provider/index.js';
import type { CareerProvider } from '../src/provider/provider.js';
import '../src/title-explorer/index.js';
import type { CareerTitleExplorer } from '../src/title-explorer/title-explorer.js';
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
import { syntheticDataset } from './title-explorer-helpers.js';

const $ = <T extends Element = HTMLElement>(el: CareerTitleExplorer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const options = (el: CareerTitleExplorer) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const optionNames = (el: CareerTitleExplorer) =>
  options(el).map((o) => textOf(o.querySelector('.option-name')));
const listbox = (el: CareerTitleExplorer) => $(el, '[role="listbox"]');
const detail = (el: CareerTitleExplorer) => $(el, '[part~="detail"]');
const search = (el: CareerTitleExplorer) => $<HTMLInputElement>(el, 'input[type="search"]')!;
const tierSelect = (el: CareerTitleExplorer) => $<HTMLSelectElement>(el, 'select')!;
const count = (el: CareerTitleExplorer) => $(el, '[part~="count"]');
/** The polite live region: what the explorer says about the reader's own search or tier. */
const said = (el: CareerTitleExplorer) => $(el, '[role="status"]');
const focused = (el: CareerTitleExplorer) => el.shadowRoot!.activeElement;
/** The name of the option that `aria-activedescendant` points at. */
const activeName = (el: CareerTitleExplorer) => {
  const id = listbox(el)!.getAttribute('aria-activedescendant')!;
  return textOf(el.shadowRoot!.getElementById(id)?.querySelector('.option-name'));
};
const titleOf = (id: string) => defaultDataset.titles.find((t) => t.id === id)!;
const everyTitle = titlesByTier(defaultDataset).flatMap((g) => g.titles);

async function explorer(template = html`<career-title-explorer></career-title-explorer>`) {
  const el = await fixture<CareerTitleExplorer>(template);
  // Custom data shows the loading notice until the validator has checked it.
  return settled(el);
}

/** Types into the search box as the reader would (value + input event). */
async function typeQuery(el: CareerTitleExplorer, value: string) {
  const input = search(el);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Navigates (a link, Back) and waits until the explorer has followed the hash change. */
async function hashChange(el: CareerTitleExplorer, navigate: () => void) {
  const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
  navigate();
  await changed;
  await el.updateComplete;
}

async function chooseTier(el: CareerTitleExplorer, value: string) {
  const select = tierSelect(el);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The default dataset with extra titles (accents, regex characters), as a custom framework would bring. */
function withExtraTitles(...extra: Partial<Title>[]): DatasetInput {
  const data = clone(defaultDataset) as DatasetInput;
  for (const [i, t] of extra.entries()) {
    data.titles!.push({
      id: `extra-${i}`,
      name: `Extra ${i}`,
      kind: 'related',
      description: 'An extra title.',
      source: 'test',
      ...t,
    } as Title);
  }
  return data;
}

describe('<career-title-explorer>', () => {
  const url = location.href;
  afterEach(async () => {
    history.replaceState(null, '', url);
    await setViewport({ width: 800, height: 600 });
  });

  describe('accessibility', () => {
    it('has no axe violations on the list', async () => {
      const el = await explorer();
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with a search, marks and an open detail', async () => {
      const el = await explorer(
        html`<career-title-explorer query="project" selected="it-project-manager"></career-title-explorer>`,
      );
      expect(el.shadowRoot!.querySelectorAll('mark').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in dark mode, filtered, and with no results', async () => {
      const el = await explorer(
        html`<career-title-explorer theme="dark" tier="mid" selected="scrum-master"></career-title-explorer>`,
      );
      await expect(el).to.be.accessible();
      await typeQuery(el, 'projects');
      expect(el.shadowRoot!.querySelectorAll('.option-description mark').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      await typeQuery(el, 'zzzz');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations at 320 px with the detail open', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await explorer(
        html`<career-title-explorer selected="scrum-master"></career-title-explorer>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is a labelled listbox of options whose active descendant exists', async () => {
      const el = await explorer(html`<career-title-explorer selected="developer"></career-title-explorer>`);
      const list = listbox(el)!;
      expect(list.tabIndex).to.equal(0);
      expect(textOf(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!))).to.contain(
        'job titles',
      );
      expect(el.shadowRoot!.getElementById(list.getAttribute('aria-activedescendant')!)).to.exist;
      const selected = options(el).filter((o) => o.getAttribute('aria-selected') === 'true');
      expect(selected.map((o) => textOf(o.querySelector('.option-name')))).to.deep.equal(['Developer']);
      expect(options(el).every((o) => o.hasAttribute('aria-selected'))).to.equal(true);
      // The search box and the tier filter have visible labels.
      expect(search(el).labels![0]!.textContent).to.contain('Search');
      expect(tierSelect(el).labels![0]!.textContent).to.contain('Tier');
      // The detail is a region labelled by the title.
      const region = detail(el)!;
      expect(textOf(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!))).to.equal(
        'Developer',
      );
    });
  });

  describe('rendering from data', () => {
    it('says the data lists no titles, and that a tier has none', async () => {
      const none = clone(defaultDataset) as DatasetInput;
      none.titles = [];
      for (const stage of none.stages!) stage.titleIds = [];
      const el = await explorer(html`<career-title-explorer .data=${none}></career-title-explorer>`);
      const empty = () => textOf(el.shadowRoot!.querySelector('[part~="empty"]'));
      expect(empty()).to.equal('This data lists no titles.');
      el.tier = 'mid';
      await el.updateComplete;
      expect(empty()).to.equal('There are no titles in this tier.');
    });

    it('lists every title once, tier by tier, each with its description', async () => {
      const el = await explorer();
      expect(optionNames(el)).to.deep.equal(everyTitle.map((t) => t.name));
      for (const [i, t] of everyTitle.entries()) expect(textOf(options(el)[i])).to.contain(t.description);
      const groups = [...el.shadowRoot!.querySelectorAll('[role="group"]')].map((g) =>
        textOf(el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)),
      );
      const stages = stagesInOrder(defaultDataset);
      expect(groups).to.have.length(stages.length + 2);
      for (const [i, s] of stages.entries()) expect(groups[i]).to.contain(s.name);
      expect(groups[0]).to.contain('Typically 0–2 years');
      expect(groups.at(-2)).to.equal('Specialised roles');
      expect(groups.at(-1)).to.equal('Related careers');
      expect(textOf(count(el))).to.equal(`${everyTitle.length} titles`);
    });

    it('shows the tier of each option when searching', async () => {
      const el = await explorer(
        html`<career-title-explorer query="technical project"></career-title-explorer>`,
      );
      const texts = options(el).map((o) => textOf(o));
      expect(
        texts.some((t) => t.includes('Technical Project Manager') && t.includes('Mid-Level PM')),
      ).to.equal(true);
      expect(
        texts.some((t) => t.includes('Technical Project Manager') && t.includes('Related careers')),
      ).to.equal(true);
    });

    it('opens the selected title: description, tier and years, next steps, related paths, certifications', async () => {
      const el = await explorer(
        html`<career-title-explorer selected="it-project-manager"></career-title-explorer>`,
      );
      const text = textOf(detail(el));
      const pm = titleOf('it-project-manager');
      expect(text).to.contain(pm.description);
      expect(text).to.contain('Mid-Level PM');
      expect(text).to.contain('Typically 4–7 years');
      const next = titleNextSteps(defaultDataset, pm.id);
      expect(next.length).to.be.greaterThan(0);
      for (const t of next) expect(text).to.contain(t.name);
      expect(text).to.contain('Senior IT Project Manager');
      expect(text).to.contain('Infrastructure Project Manager');
      for (const c of certificationsForTitle(defaultDataset, pm.id)) expect(text).to.contain(c.name);
      expect(text).to.contain('Certifications that help');
      expect(text).not.to.match(/required/i);
    });

    it('shows related paths in the detail', async () => {
      const el = await explorer(
        html`<career-title-explorer selected="technical-project-manager"></career-title-explorer>`,
      );
      const related = relatedTitles(defaultDataset, 'technical-project-manager');
      expect(related.map((t) => t.id)).to.include('related-technical-project-manager');
      const block = [...detail(el)!.querySelectorAll('.block')].find((b) =>
        textOf(b).startsWith('Related paths'),
      );
      expect(textOf(block)).to.contain('Technical Project Manager (Related careers)');
    });

    it('renders text from the data as text, never as HTML', async () => {
      const data = withExtraTitles({ name: '<img src=x onerror="window.__pwned = true">', id: 'x-img' });
      const el = await explorer(
        html`<career-title-explorer .data=${data} query="img" selected="x-img"></career-title-explorer>`,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(textOf(detail(el))).to.contain('<img src=x onerror="window.__pwned = true">');
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('uses no style attribute and no inline <style> (strict CSP)', async () => {
      const el = await explorer(
        html`<career-title-explorer query="manager" selected="scrum-master" theme="dark"></career-title-explorer>`,
      );
      expect(inlineStyles(el.shadowRoot!)).to.deep.equal([]);
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    });
  });

  describe('search', () => {
    it('narrows the list as the reader types and reflects the query', async () => {
      const el = await explorer();
      search(el).focus();
      await sendKeys({ type: 'scrum' });
      await el.updateComplete;
      expect(optionNames(el)).to.deep.equal(['Scrum Master']);
      expect(el.query).to.equal('scrum');
      expect(el.getAttribute('query')).to.equal('scrum');
      expect(textOf(count(el))).to.equal('1 title');
    });

    it('is case- and accent-insensitive and marks the match in the original text', async () => {
      const data = withExtraTitles({
        name: 'Jefe de Gestión de Proyectos',
        description: 'Dirige proyectos.',
      });
      const el = await explorer(html`<career-title-explorer .data=${data}></career-title-explorer>`);
      for (const q of ['GESTION', 'gestión', 'GeStIoN']) {
        await typeQuery(el, q);
        expect(optionNames(el)).to.deep.equal(['Jefe de Gestión de Proyectos']);
        const marks = [...options(el)[0]!.querySelectorAll('.option-name mark')].map((m) => m.textContent);
        expect(marks).to.deep.equal(['Gestión']);
      }
    });

    it('searches aliases and descriptions, marking them', async () => {
      const el = await explorer(html`<career-title-explorer query="cio"></career-title-explorer>`);
      const cio = options(el).find((o) => textOf(o).includes('Chief Information Officer'))!;
      expect(textOf(cio.querySelector('.option-alias'))).to.equal('Also called CIO');
      expect(cio.querySelector('.option-alias mark')!.textContent).to.equal('CIO');

      await typeQuery(el, 'scheduling');
      const coordinator = titleOf('it-project-coordinator');
      expect(coordinator.description).to.contain('scheduling');
      expect(optionNames(el)).to.include(coordinator.name);
      expect(el.shadowRoot!.querySelector('.option-description mark')!.textContent).to.equal('scheduling');
    });

    it('shows the count, and says it once the reader stops typing', async () => {
      const el = await explorer();
      const live = said(el)!;
      expect(live.getAttribute('role')).to.equal('status');
      const typing = performance.now();
      await typeQuery(el, 'program');
      await typeQuery(el, 'program manager');
      expect(textOf(count(el))).to.equal(`${options(el).length} titles`);
      expect(options(el).length).to.be.greaterThan(1);
      // Nothing while the reader types (each keystroke would interrupt the last count) … (unless this machine
      // stalled for the whole pause, which would make the check meaningless)
      await new Promise((r) => setTimeout(r, 300));
      if (performance.now() - typing < TYPING_PAUSE) expect(textOf(live)).to.equal('');
      // … then the count of what they typed, once.
      await until(el, () => textOf(live) !== '');
      expect(textOf(live)).to.equal(`${options(el).length} titles`);
      await typeQuery(el, 'astronaut');
      await until(el, () => textOf(live) === 'No titles');
      expect(textOf(count(el))).to.equal('No titles');
      expect(listbox(el)).to.equal(null);
      expect(textOf($(el, '[part~="empty"]'))).to.contain('No titles match “astronaut”');
      expect(said(el)).to.equal(live);
      // Escape empties the search: every title again, said at once (well before a typing pause).
      search(el).focus();
      await sendKeys({ press: 'Escape' });
      await until(el, () => textOf(live) === `${everyTitle.length} titles`, TYPING_PAUSE / 2);
    });

    it('gives an option with a highlighted other name an accessible name with its words apart', async () => {
      const el = await explorer();
      await typeQuery(el, 'delivery');
      const title = titleOf('it-delivery-manager');
      // The page's accessibility tree, as assistive technology gets it (the runner's `ax-tree` command).
      type AxNode = { role?: string; name?: string; children?: AxNode[] };
      const names: string[] = [];
      const walk = (node: AxNode) => {
        if (node.role === 'option') names.push(node.name ?? '');
        for (const child of node.children ?? []) walk(child);
      };
      walk(await executeServerCommand<AxNode, undefined>('ax-tree'));
      const name = names.find((n) => n.startsWith(title.name))!;
      expect(name, names.join(' | ')).to.contain(`Also called ${title.aliases.join(', ')}`);
    });

    it('takes a 10 KB query without hanging or overflowing', async () => {
      const el = await explorer();
      const huge = 'manager '.repeat(1280);
      expect(huge.length).to.equal(10_240);
      const start = performance.now();
      await typeQuery(el, huge);
      expect(performance.now() - start).to.be.lessThan(1000);
      expect(search(el).value).to.equal(huge);
      expect(optionNames(el)).to.include('IT Project Manager');
      await typeQuery(el, 'x'.repeat(10_240));
      const empty = textOf($(el, '[part~="empty"]'));
      expect(empty).to.contain('No titles match');
      expect(empty.length).to.be.lessThan(200);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });

    it('treats regex characters literally', async () => {
      const el = await explorer();
      for (const q of ['(.*', '.*', '[a-z]+', '\\w', '^', '$|']) {
        await typeQuery(el, q);
        expect(options(el), q).to.have.length(0);
      }
      const data = withExtraTitles({ name: 'Regex Wrangler', description: 'Matches (.*) all day.' });
      el.data = data;
      await settled(el);
      await typeQuery(el, '(.*');
      expect(optionNames(el)).to.deep.equal(['Regex Wrangler']);
      expect(el.shadowRoot!.querySelector('mark')!.textContent).to.equal('(.*');
    });

    it('clears the search with Escape and keeps focus in the box', async () => {
      const el = await explorer(html`<career-title-explorer query="scrum"></career-title-explorer>`);
      expect(options(el)).to.have.length(1);
      search(el).focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.query).to.equal(null);
      expect(search(el).value).to.equal('');
      expect(options(el)).to.have.length(everyTitle.length);
      expect(focused(el)).to.equal(search(el));
    });

    it('treats a query of only spaces or a lone accent as no search: tier groups, browse order, not in the URL', async () => {
      history.replaceState(null, '', '#intro');
      const el = await explorer(html`<career-title-explorer sync-url></career-title-explorer>`);
      const groups = el.shadowRoot!.querySelectorAll('[role="group"]').length;
      for (const q of ['   ', '\u0301']) {
        await typeQuery(el, q);
        expect(optionNames(el), q).to.deep.equal(everyTitle.map((t) => t.name));
        expect(el.shadowRoot!.querySelectorAll('[role="group"]').length, q).to.equal(groups);
        expect(textOf(count(el)), q).to.equal(`${everyTitle.length} titles`);
        expect(location.hash, q).to.equal('#intro');
      }
    });
  });

  describe('tier filter', () => {
    it('offers the stages in order, then specialised roles and related careers', async () => {
      const el = await explorer();
      const labels = [...tierSelect(el).options].map((o) => o.textContent!.trim());
      expect(labels).to.deep.equal([
        'All tiers',
        ...stagesInOrder(defaultDataset).map((s) => s.name),
        'Specialised roles',
        'Related careers',
      ]);
    });

    it('filters by the tier attribute, also while searching', async () => {
      const el = await explorer(html`<career-title-explorer tier="specialisation"></career-title-explorer>`);
      const specialised = defaultDataset.titles.filter((t) => t.kind === 'specialisation');
      expect(optionNames(el)).to.deep.equal(specialised.map((t) => t.name));
      expect(tierSelect(el).value).to.equal('specialisation');
      await typeQuery(el, 'cybersecurity');
      expect(optionNames(el)).to.deep.equal(['Cybersecurity Project Manager']);
      el.tier = 'senior';
      await el.updateComplete;
      expect(options(el)).to.have.length(0);
      expect(textOf($(el, '[part~="empty"]'))).to.contain('All tiers');
    });

    it('selects the stage when the reader chooses a stage tier, and fires career-stage-change', async () => {
      const el = await explorer();
      const events = recordEvents(el, 'career-stage-change');
      await chooseTier(el, 'mid');
      expect(el.tier).to.equal('mid');
      expect(el.stage).to.equal('mid');
      expect(el.getAttribute('tier')).to.equal('mid');
      const mid = titlesByTier(defaultDataset).find((g) => g.stage?.id === 'mid')!;
      expect(optionNames(el)).to.deep.equal(mid.titles.map((t) => t.name));
      await until(el, () => textOf(said(el)) === `${mid.titles.length} titles`);
      await chooseTier(el, 'related');
      expect(el.stage).to.equal(null);
      await chooseTier(el, '');
      expect(el.tier).to.equal(null);
      expect(options(el)).to.have.length(everyTitle.length);
      expect(events.details).to.deep.equal([{ stage: 'mid' }, { stage: null }]);
    });

    it('follows the stage attribute without events', async () => {
      const el = await explorer(html`<career-title-explorer stage="senior"></career-title-explorer>`);
      const events = recordEvents(el, 'career-stage-change');
      expect(el.tier).to.equal('senior');
      expect(tierSelect(el).value).to.equal('senior');
      el.stage = null;
      await el.updateComplete;
      expect(el.tier).to.equal(null);
      el.tier = 'entry';
      await el.updateComplete;
      expect(el.stage).to.equal('entry');
      expect(events.details).to.deep.equal([]);
    });

    it('warns once for an unknown tier and lists every tier', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await explorer(html`<career-title-explorer tier="astronauts"></career-title-explorer>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(options(el)).to.have.length(everyTitle.length);
        expect(tierSelect(el).value).to.equal('');
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.contain('astronauts');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('linked through <career-provider>', () => {
    async function linked() {
      const provider = await fixture<CareerProvider>(html`<career-provider>
        <career-ladder compact></career-ladder>
        <career-title-explorer></career-title-explorer>
      </career-provider>`);
      const ladder = provider.querySelector('career-ladder') as CareerLadder;
      const el = provider.querySelector('career-title-explorer') as CareerTitleExplorer;
      await ladder.updateComplete;
      await el.updateComplete;
      return { provider, ladder, el };
    }

    it('filters the tier by the stage selected in another widget', async () => {
      const { ladder, el } = await linked();
      const events = recordEvents(el, 'career-stage-change');
      const buttons = [...ladder.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="rung-button"]')];
      buttons[3]!.click();
      const senior = stagesInOrder(defaultDataset)[3]!;
      await until(el, () => el.tier === senior.id);
      expect(tierSelect(el).value).to.equal(senior.id);
      expect(optionNames(el)).to.include(titleOf('pmo-lead').name);
      expect(optionNames(el)).not.to.include(titleOf('scrum-master').name);
      expect(events.details).to.deep.equal([]);
      // The reader is on the ladder: the explorer's count changes without a word from it.
      expect(textOf(count(el))).to.equal(`${options(el).length} titles`);
      await new Promise((r) => setTimeout(r, 100));
      expect(textOf(said(el))).to.equal('');
    });

    it('selects the stage in the other widgets when the reader chooses a stage tier', async () => {
      const { provider, ladder, el } = await linked();
      const events: { target: EventTarget | null; stage: string | null }[] = [];
      provider.addEventListener('career-stage-change', (e) =>
        events.push({ target: e.target, stage: e.detail.stage }),
      );
      await chooseTier(el, 'entry');
      await until(ladder, () => ladder.stage === 'entry');
      expect(provider.stage).to.equal('entry');
      expect(events).to.deep.equal([{ target: el, stage: 'entry' }]);
      await chooseTier(el, 'specialisation');
      await until(ladder, () => ladder.stage === null);
    });

    it('uses the provider data', async () => {
      const small = await loadSmallDataset();
      const provider = await fixture<CareerProvider>(
        html`<career-provider .data=${small}><career-title-explorer></career-title-explorer></career-provider>`,
      );
      const el = provider.querySelector('career-title-explorer')!;
      await until(el, () => textOf(el.shadowRoot).includes('Example Guild'));
      expect(options(el)).to.have.length(small.titles!.length);
    });
  });

  describe('selection and events', () => {
    it('fires career-title-select on click, reflects selected and opens the detail', async () => {
      const el = await explorer();
      const events = recordEvents(document, 'career-title-select');
      const option = options(el).find((o) => textOf(o).includes('Scrum Master'))!;
      option.querySelector<HTMLElement>('.option-description')!.click();
      await el.updateComplete;
      events.stop();
      expect(events.details).to.deep.equal([{ id: 'scrum-master' }]);
      expect(el.selected).to.equal('scrum-master');
      expect(el.getAttribute('selected')).to.equal('scrum-master');
      expect(option.getAttribute('aria-selected')).to.equal('true');
      expect(textOf($(el, '#detail-heading'))).to.equal('Scrum Master');
      // Choosing the same title again is no new choice.
      option.click();
      await el.updateComplete;
      expect(events.details).to.have.length(1);
    });

    it('fires nothing when code sets selected, query or tier', async () => {
      const el = await explorer();
      const events = recordEvents(el, 'career-title-select');
      const stages = recordEvents(el, 'career-stage-change');
      el.selected = 'pmo-lead';
      el.query = 'lead';
      await el.updateComplete;
      el.setAttribute('selected', 'developer');
      el.setAttribute('tier', 'senior');
      await el.updateComplete;
      expect(events.details).to.deep.equal([]);
      expect(stages.details).to.deep.equal([]);
      expect(textOf($(el, '#detail-heading'))).to.equal('Developer');
      expect(el.query).to.equal('lead');
      expect(search(el).value).to.equal('lead');
    });

    it('opens a next step from the detail, fires one event and moves focus to its heading', async () => {
      const el = await explorer(
        html`<career-title-explorer selected="scrum-master"></career-title-explorer>`,
      );
      const events = recordEvents(el, 'career-title-select');
      const link = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="title-link"]')].find(
        (b) => b.textContent === 'Senior IT Project Manager',
      )!;
      link.click();
      await el.updateComplete;
      expect(events.details).to.deep.equal([{ id: 'senior-it-project-manager' }]);
      expect(focused(el)).to.equal($(el, '#detail-heading'));
      expect(textOf(focused(el))).to.equal('Senior IT Project Manager');
    });

    it('warns once for an unknown selected id and selects nothing', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await explorer(html`<career-title-explorer selected="astronaut"></career-title-explorer>`);
        el.query = 'manager';
        await el.updateComplete;
        expect(detail(el)).to.equal(null);
        expect(options(el).some((o) => o.getAttribute('aria-selected') === 'true')).to.equal(false);
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.contain('astronaut');
      } finally {
        warnings.restore();
      }
    });

    it('round-trips its attributes', async () => {
      const el = await explorer();
      el.setAttribute('query', 'delivery');
      el.setAttribute('tier', 'mid');
      el.setAttribute('selected', 'it-delivery-manager');
      el.setAttribute('theme', 'dark');
      el.setAttribute('sync-url', '');
      await el.updateComplete;
      expect([el.query, el.tier, el.stage, el.selected, el.theme, el.syncUrl]).to.deep.equal([
        'delivery',
        'mid',
        'mid',
        'it-delivery-manager',
        'dark',
        true,
      ]);
      el.query = 'scrum';
      el.tier = null;
      el.selected = 'scrum-master';
      el.syncUrl = false;
      await el.updateComplete;
      expect(el.getAttribute('query')).to.equal('scrum');
      expect(el.hasAttribute('tier')).to.equal(false);
      expect(el.getAttribute('selected')).to.equal('scrum-master');
      expect(el.hasAttribute('sync-url')).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('moves the active option with arrows, Home and End, and chooses with Enter', async () => {
      const el = await explorer();
      const events = recordEvents(el, 'career-title-select');
      listbox(el)!.focus();
      expect(activeName(el)).to.equal(everyTitle[0]!.name);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(activeName(el)).to.equal(everyTitle[2]!.name);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(activeName(el)).to.equal(everyTitle[1]!.name);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(activeName(el)).to.equal(everyTitle.at(-1)!.name);
      // The active option is scrolled into view inside the list.
      const list = listbox(el)!.getBoundingClientRect();
      const last = options(el).at(-1)!.getBoundingClientRect();
      expect(last.bottom).to.be.at.most(list.bottom + 1);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(activeName(el)).to.equal(everyTitle[0]!.name);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(events.details).to.deep.equal([{ id: everyTitle[1]!.id }]);
      expect(textOf($(el, '#detail-heading'))).to.equal(everyTitle[1]!.name);
      // Wide: the detail opens beside the list and focus stays on the list.
      expect(focused(el)).to.equal(listbox(el));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.selected).to.equal(everyTitle[2]!.id);
    });

    it('jumps by type-ahead, accent- and case-insensitive, cycling on a repeated letter', async () => {
      const el = await explorer();
      listbox(el)!.focus();
      await sendKeys({ type: 'sc' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Scrum Master');
      await new Promise((r) => setTimeout(r, 600));
      const startsWithS = everyTitle.filter((t) => t.name.toLowerCase().startsWith('s'));
      await sendKeys({ press: 'S' });
      await el.updateComplete;
      const first = activeName(el);
      expect(startsWithS.map((t) => t.name)).to.include(first);
      await sendKeys({ press: 's' });
      await el.updateComplete;
      expect(activeName(el)).not.to.equal(first);
      expect(activeName(el).toLowerCase().startsWith('s')).to.equal(true);
    });

    it('moves from the search box into the list with ArrowDown', async () => {
      const el = await explorer(html`<career-title-explorer query="manager"></career-title-explorer>`);
      search(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(listbox(el));
      expect(activeName(el)).to.equal(optionNames(el)[0]);
    });

    it('clears the search with Escape from the list too', async () => {
      const el = await explorer(html`<career-title-explorer query="scrum"></career-title-explorer>`);
      listbox(el)!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.query).to.equal(null);
    });

    it('shows the active option after Escape brings every title back', async () => {
      const el = await explorer(html`<career-title-explorer query="senior"></career-title-explorer>`);
      listbox(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const chosen = activeName(el);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(activeName(el)).to.equal(chosen);
      const list = listbox(el)!.getBoundingClientRect();
      const option = $(el, '[role="option"][aria-selected="true"]')!.getBoundingClientRect();
      expect([option.top >= list.top - 1, option.bottom <= list.bottom + 1]).to.deep.equal([true, true]);
    });

    it('at 320 px the detail replaces the list, and Back returns focus to the option', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await explorer();
      listbox(el)!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(listbox(el)!.checkVisibility()).to.equal(false);
      expect(focused(el)).to.equal($(el, '#detail-heading'));
      const back = $<HTMLButtonElement>(el, '[part~="back"]')!;
      expect(back.checkVisibility()).to.equal(true);
      back.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(listbox(el)!.checkVisibility()).to.equal(true);
      // The list replaces the detail in turn: no detail (and its Back button) left below the list.
      expect(detail(el)!.checkVisibility()).to.equal(false);
      expect(focused(el)).to.equal(listbox(el));
      expect(activeName(el)).to.equal(everyTitle[2]!.name);
      expect(el.selected).to.equal(everyTitle[2]!.id);
      // Typing in the search while the detail is open brings the list back.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(listbox(el)!.checkVisibility()).to.equal(false);
      search(el).focus();
      await sendKeys({ type: 'pm' });
      await el.updateComplete;
      expect(listbox(el)!.checkVisibility()).to.equal(true);
      expect(detail(el)!.checkVisibility()).to.equal(false);
    });
  });

  describe('layout', () => {
    it('shows its selected title in the list once it is shown, after a first render hidden (a tab, a closed dialog)', async () => {
      await setViewport({ width: 1200, height: 800 });
      const tab = await fixture<HTMLElement>(html`<div hidden>
        <career-title-explorer selected="related-it-consultant"></career-title-explorer>
      </div>`);
      const el = tab.querySelector<CareerTitleExplorer>('career-title-explorer')!;
      await el.updateComplete;
      tab.hidden = false;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const list = listbox(el)!.getBoundingClientRect();
      const option = $(el, '[aria-selected="true"]')!.getBoundingClientRect();
      expect(option.top, 'below the top of the list').to.be.at.least(list.top);
      expect(option.bottom, 'above the bottom of the list').to.be.at.most(list.bottom);
    });

    it('keeps its detail below a fixed site header that the page names (--career-sticky-top)', async () => {
      await setViewport({ width: 1280, height: 900 });
      document.documentElement.style.setProperty('--career-sticky-top', '64px');
      document.body.style.paddingBlockEnd = '2000px';
      try {
        const el = await explorer(html`<career-title-explorer selected="developer"></career-title-explorer>`);
        // The page scrolled past the top of the list: the detail stays in view, under the header.
        scrollBy(0, listbox(el)!.getBoundingClientRect().top + 100);
        await new Promise((r) => requestAnimationFrame(r));
        expect(listbox(el)!.getBoundingClientRect().top).to.be.below(0);
        expect(detail(el)!.getBoundingClientRect().height, 'a detail shorter than the list').to.be.below(
          listbox(el)!.getBoundingClientRect().height - 150,
        );
        expect(detail(el)!.getBoundingClientRect().top).to.be.within(63, 65);
      } finally {
        document.documentElement.style.removeProperty('--career-sticky-top');
        document.body.style.paddingBlockEnd = '';
        scrollTo(0, 0);
      }
    });

    it('keeps each tier after a link whole on its line, and lines the group labels up with the titles', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await explorer(
        html`<career-title-explorer selected="it-project-manager"></career-title-explorer>`,
      );
      const tiers = [...el.shadowRoot!.querySelectorAll('.link-tier')];
      expect(tiers.length).to.be.greaterThan(5);
      for (const tier of tiers) expect(tier.getClientRects().length, textOf(tier)).to.equal(1);
      const textLeft = (node: Element) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return Math.round(range.getClientRects()[0]!.left);
      };
      const label = $(el, '[part~="group-label"]')!;
      const option = $(el, '[role="option"] .option-name')!;
      expect(Math.abs(textLeft(label) - textLeft(option))).to.be.at.most(1);
    });

    it('puts the detail beside the list when wide', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await explorer(
        html`<career-title-explorer selected="scrum-master"></career-title-explorer>`,
      );
      const list = listbox(el)!.getBoundingClientRect();
      const region = detail(el)!.getBoundingClientRect();
      expect(region.left).to.be.greaterThan(list.right - 1);
      expect($(el, '[part~="back"]')!.checkVisibility()).to.equal(false);
    });

    it("points the Back arrow to the list's side: left, and right on a right-to-left page", async () => {
      await setViewport({ width: 320, height: 640 });
      const host = await fixture<HTMLDivElement>(html`<div>
        <career-title-explorer selected="scrum-master"></career-title-explorer>
        <career-title-explorer dir="rtl" selected="scrum-master"></career-title-explorer>
      </div>`);
      const [ltr, rtl] = [...host.querySelectorAll<CareerTitleExplorer>('career-title-explorer')];
      await ltr!.updateComplete;
      await rtl!.updateComplete;
      const arrow = (el: CareerTitleExplorer) =>
        getComputedStyle($(el, '[part~="back"] [aria-hidden]')!).transform;
      expect(arrow(ltr!)).to.equal('none');
      expect(arrow(rtl!)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });

    it('is usable at 320 px: nothing overflows sideways, targets are at least 24 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await explorer(html`<career-title-explorer query="project"></career-title-explorer>`);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const target of [search(el), tierSelect(el), ...options(el)]) {
        expect(target.getBoundingClientRect().height).to.be.at.least(24);
      }
      el.selected = 'it-project-manager';
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const links = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="title-link"], [part~="back"]')];
      for (const target of links) expect(target.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('wraps long unbroken text at 320 px: the "no titles match" message and a custom description', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'https://intranet.example.com/careers/frameworks/engineering/levels';
      const el = await explorer(
        html`<career-title-explorer .data=${withExtraTitles({ description: `See ${long} for more.` })}></career-title-explorer>`,
      );
      await typeQuery(el, `${long}/missing`);
      const empty = $(el, '[part~="empty"]')!;
      expect(textOf(empty)).to.contain('No titles match');
      expect(empty.scrollWidth).to.be.at.most(empty.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await typeQuery(el, '');
      el.selected = 'extra-0';
      await el.updateComplete;
      expect(textOf($(el, '.description'))).to.contain(long);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('follows the theme attribute', async () => {
      const light = await explorer(html`<career-title-explorer theme="light"></career-title-explorer>`);
      const dark = await explorer(html`<career-title-explorer theme="dark"></career-title-explorer>`);
      const luminance = (el: Element) => {
        const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
        return (r! + g! + b!) / 3;
      };
      expect(luminance(light)).to.be.greaterThan(200);
      expect(luminance(dark)).to.be.lessThan(60);
      expect(luminance(listbox(dark)!)).to.be.lessThan(60);
    });
  });

  describe('scale', () => {
    it('renders at most 100 options of 10,000 titles, and more on request', async () => {
      const many = syntheticDataset(10_000);
      const el = await explorer(html`<career-title-explorer .data=${many}></career-title-explorer>`);
      expect(textOf(count(el))).to.equal('10,000 titles');
      expect(options(el)).to.have.length(100);
      const more = $<HTMLButtonElement>(el, '[part~="more"]')!;
      expect(textOf(more)).to.equal('Show 100 more');
      more.click();
      await el.updateComplete;
      expect(options(el)).to.have.length(200);
      // End reaches the last rendered option and scrolls it into view inside the list.
      listbox(el)!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(activeName(el)).to.equal(optionNames(el)[199]);
      const list = listbox(el)!.getBoundingClientRect();
      const last = options(el)[199]!.getBoundingClientRect();
      expect(last.top).to.be.at.least(list.top - 1);
      expect(last.bottom).to.be.at.most(list.bottom + 1);
      await typeQuery(el, 'gestion cloud');
      expect(options(el)).to.have.length(0);
      await typeQuery(el, 'gestion');
      const names = optionNames(el);
      expect(names.length).to.be.greaterThan(0);
      expect(names.every((n) => n.includes('Gestión'))).to.equal(true);
      await typeQuery(el, 'SENIOR gestion analyst');
      const found = optionNames(el);
      expect(found.length).to.be.greaterThan(0);
      expect(found.every((n) => /^Senior Gestión Analyst \d+$/.test(n))).to.equal(true);
    });

    it('keeps keyboard focus on "Show more", and moves it to the first new option when the last page loads', async () => {
      const el = await explorer(
        html`<career-title-explorer .data=${syntheticDataset(250)}></career-title-explorer>`,
      );
      const more = $<HTMLButtonElement>(el, '[part~="more"]')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(options(el)).to.have.length(200);
      expect(focused(el)?.getAttribute('part')).to.equal('more');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(options(el)).to.have.length(250);
      expect($(el, '[part~="more"]')).to.equal(null);
      // Not <body>: the list, whose active option is the first new one.
      expect(focused(el)?.getAttribute('part')).to.equal('list');
      expect(activeName(el)).to.equal(optionNames(el)[200]);
    });
  });

  describe('sync-url', () => {
    it('restores the selection and the query from location.hash', async () => {
      history.replaceState(null, '', '#intro&career-title=scrum-master&career-query=agile');
      const el = await explorer(html`<career-title-explorer sync-url></career-title-explorer>`);
      expect(el.selected).to.equal('scrum-master');
      expect(el.query).to.equal('agile');
      expect(search(el).value).to.equal('agile');
      expect(textOf($(el, '#detail-heading'))).to.equal('Scrum Master');
    });

    it('writes the selection and the query to location.hash, keeping other parts', async () => {
      history.replaceState(null, '', '#intro');
      const length = history.length;
      const el = await explorer(html`<career-title-explorer sync-url></career-title-explorer>`);
      await typeQuery(el, 'pmo lead');
      options(el)[0]!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#intro&career-title=pmo-lead&career-query=pmo%20lead');
      expect(history.length).to.equal(length);
      await typeQuery(el, '');
      expect(location.hash).to.equal('#intro&career-title=pmo-lead');
    });

    it('follows hash changes', async () => {
      const el = await explorer(html`<career-title-explorer sync-url></career-title-explorer>`);
      location.hash = '#career-title=developer';
      await until(el, () => el.selected === 'developer');
      expect(textOf($(el, '#detail-heading'))).to.equal('Developer');
    });

    it('keeps the selection and the query when an unrelated in-page link changes the hash', async () => {
      const el = await explorer(html`<career-title-explorer sync-url></career-title-explorer>`);
      await typeQuery(el, 'scrum');
      options(el)[0]!.click();
      await el.updateComplete;
      await hashChange(el, () => {
        location.hash = '#faq';
      });
      expect(el.selected).to.equal('scrum-master');
      expect(el.query).to.equal('scrum');
      expect(search(el).value).to.equal('scrum');
      expect(textOf($(el, '#detail-heading'))).to.equal('Scrum Master');
    });

    it('follows the reader Back and Forward over a link that changed the selection', async () => {
      history.replaceState(null, '', '#intro');
      const el = await explorer(html`<career-title-explorer sync-url></career-title-explorer>`);
      await typeQuery(el, 'scrum');
      await hashChange(el, () => {
        location.hash = '#career-title=developer';
      });
      expect(el.selected).to.equal('developer');
      expect(el.query).to.equal('scrum');
      await hashChange(el, () => history.back());
      expect(location.hash).to.equal('#intro&career-query=scrum');
      expect(el.selected).to.equal(null);
      expect(el.query).to.equal('scrum');
      expect(detail(el)).to.equal(null);
      await hashChange(el, () => history.forward());
      expect(el.selected).to.equal('developer');
    });

    it('never touches the URL without sync-url', async () => {
      history.replaceState(null, '', '#career-title=scrum-master&career-query=agile');
      const before = location.href;
      const length = history.length;
      const el = await explorer();
      expect(el.selected).to.equal(null);
      expect(el.query).to.equal(null);
      await typeQuery(el, 'lead');
      options(el)[0]!.click();
      await el.updateComplete;
      location.hash = '#career-title=developer';
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(el.selected).not.to.equal('developer');
      expect(location.href).to.equal(before.replace(/#.*/, '#career-title=developer'));
      expect(history.length).to.equal(length + 1);
    });
  });

  describe('data sources and bad input', () => {
    it('fetches src, showing a loading state meanwhile', async () => {
      const el = await fixture<CareerTitleExplorer>(
        html`<career-title-explorer src=${SMALL_DATASET_URL}></career-title-explorer>`,
      );
      expect(el.shadowRoot!.querySelector('[part~="loading"]')?.getAttribute('role')).to.equal('status');
      await until(el, () => options(el).length > 0);
      expect(optionNames(el)).to.include('Master Maker');
    });

    it('shows the JSON path of invalid data in an alert, fires career-error and logs once', async () => {
      const errors = spyConsole('error');
      try {
        const data = clone(defaultDataset) as unknown as { titles: { kind: unknown }[] };
        data.titles[4]!.kind = 'wizard';
        const received = recordEvents(document, 'career-error');
        const el = await explorer(
          html`<career-title-explorer .data=${data as unknown as DatasetInput}></career-title-explorer>`,
        );
        received.stop();
        const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(textOf(panel)).to.contain('titles[4].kind');
        expect(listbox(el)).to.equal(null);
        expect(received.details).to.have.length(1);
        expect(errors.calls).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('never throws into the page for non-object data', async () => {
      const errors = spyConsole('error');
      try {
        for (const bad of [42, 'x', [], null]) {
          const el = await explorer(
            html`<career-title-explorer .data=${bad as unknown as DatasetInput} query="(.*"></career-title-explorer>`,
          );
          if (bad === null) expect(listbox(el) ?? $(el, '[part~="empty"]')).to.exist;
          else expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
        }
      } finally {
        errors.restore();
      }
    });
  });
});
