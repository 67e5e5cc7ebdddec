import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  assessmentToCsv,
  assessmentToJson,
  CSV_COLUMNS,
  MAX_ASSESSMENT_BYTES,
} from '../src/data/assessment.js';
import { defaultDataset } from '../src/data/default-dataset.js';
import {
  RATING_LEVELS,
  type Ratings,
  skillsByCategory,
  stageFocusesSkill,
  stageFocusSkills,
  stagesInOrder,
} from '../src/data/query.js';
import type { Dataset, DatasetInput } from '../src/data/schema.js';
import '../src/provider/index.js';
import type { CareerProvider } from '../src/provider/provider.js';
import '../src/skills-matrix/index.js';
import {
  type CareerSkillsMatrix,
  MORE_ROWS,
  ROW_BATCH,
  ratingLabel,
} from '../src/skills-matrix/skills-matrix.js';
import {
  clone,
  inlineStyles,
  loadSmallDataset,
  recordEvents,
  settled,
  spyConsole,
  textOf,
  until,
} from './helpers.js';
import { parseCsv, syntheticDataset } from './skills-matrix-helpers.js';

const stages = stagesInOrder(defaultDataset);
const groups = skillsByCategory(defaultDataset).filter((g) => g.skills.length > 0);
const allSkills = groups.flatMap((g) => g.skills);
const KEY = 'test-skills-matrix';

const $ = <T extends Element = HTMLElement>(el: CareerSkillsMatrix, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: CareerSkillsMatrix, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const skillRows = (el: CareerSkillsMatrix) => $$<HTMLTableRowElement>(el, 'tbody tr:not(.category)');
const stageHeaders = (el: CareerSkillsMatrix) => $$<HTMLTableCellElement>(el, 'thead th.stage');
const stageButtons = (el: CareerSkillsMatrix) => $$<HTMLButtonElement>(el, '.stage-button');
const ratingSelect = (el: CareerSkillsMatrix, skill: string) =>
  $<HTMLSelectElement>(el, `select[data-skill="${skill}"]`)!;
const rowOf = (el: CareerSkillsMatrix, skillName: string) =>
  skillRows(el).find((r) => textOf(r.querySelector('th')) === skillName)!;
const focused = (el: CareerSkillsMatrix) => el.shadowRoot!.activeElement;
const stageCells = (row: HTMLTableRowElement) => [...row.querySelectorAll('td')].slice(-stages.length);

/** Waits for `count` frames: size observers report after a frame's layout, and the hint changes in the next. */
const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function matrix(template = html`<career-skills-matrix></career-skills-matrix>`) {
  const el = await fixture<CareerSkillsMatrix>(template);
  // Custom data shows the loading notice until the validator has checked it.
  return settled(el);
}

/** The user picks a rating in a row's select, as a mouse or keyboard would (input + change). */
async function rate(el: CareerSkillsMatrix, skill: string, value: string) {
  const select = ratingSelect(el, skill);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Captures what the export buttons would download: the Blob's text, its type and the file name. */
function captureDownloads() {
  const files: { name: string; type: string; text: Promise<string>; bytes: Promise<ArrayBuffer> }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    files.push({ name: this.download, type: blob.type, text: blob.text(), bytes: blob.arrayBuffer() });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Chooses a file in the import input, as the reader would. */
async function importFile(el: CareerSkillsMatrix, text: string, name = 'ratings.json') {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(el, () => !!$(el, '.message:not(:empty)'));
}

/** How many px of a control the pinned skill names and header row cover (in either direction of the text). */
function covered(el: CareerSkillsMatrix, control: Element): { inline: number; block: number } {
  const pinned = $(el, '.skill-head')!.getBoundingClientRect();
  const box = control.getBoundingClientRect();
  const rtl = getComputedStyle(el).direction === 'rtl';
  return {
    inline: Math.round(Math.max(0, rtl ? box.right - pinned.left : pinned.right - box.left)),
    block: control.closest('thead') ? 0 : Math.round(Math.max(0, pinned.bottom - box.top)),
  };
}

function snapshotStorage(): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 0; i < localStorage.length; i++)
    out[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!);
  return out;
}

describe('<career-skills-matrix>', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    localStorage.removeItem(`${KEY}.corrupt`);
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    localStorage.removeItem(KEY);
    localStorage.removeItem(`${KEY}.corrupt`);
  });

  describe('accessibility', () => {
    it('has no axe violations by default', async () => {
      const el = await matrix();
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with a stage, a filter and dark mode', async () => {
      const el = await matrix(
        html`<career-skills-matrix stage="mid" category="risk-management" theme="dark"></career-skills-matrix>`,
      );
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in assess mode with a target, ratings and a message', async () => {
      const el = await matrix(
        html`<career-skills-matrix assess target="mid" stage="entry" .ratings=${{ scheduling: 3 }}></career-skills-matrix>`,
      );
      await importFile(el, '{"not": "ratings"}');
      await expect(el).to.be.accessible();
    });

    it('is a table: a caption, stages as column headers, categories as row-group headers, skills as row headers', async () => {
      const el = await matrix();
      expect(textOf($(el, 'caption'))).to.equal('Skills focus by career stage');
      expect(stageHeaders(el).map((th) => th.getAttribute('scope'))).to.deep.equal(stages.map(() => 'col'));
      const rowGroups = $$(el, 'th[scope="rowgroup"]');
      expect(rowGroups.map((th) => textOf(th))).to.deep.equal(groups.map((g) => g.category.name));
      expect(rowGroups[0]!.getAttribute('colspan')).to.equal(String(stages.length + 1));
      expect($$(el, 'th[scope="row"]')).to.have.length(allSkills.length);
      const region = $(el, '[part~="scroller"]')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.tabIndex).to.equal(0);
    });
  });

  describe('rendering from data', () => {
    it('lists every skill, grouped by category in data order, against the stages in order', async () => {
      const el = await matrix();
      expect(stageButtons(el).map((b) => textOf(b))).to.deep.equal(stages.map((s) => s.name));
      const bodies = $$(el, 'tbody');
      expect(bodies).to.have.length(groups.length);
      bodies.forEach((body, i) => {
        const names = [...body.querySelectorAll('th[scope="row"]')].map((th) => textOf(th));
        expect(names).to.deep.equal(groups[i]!.skills.map((s) => s.name));
      });
    });

    it('says in every cell, in text and symbol, whether that stage focuses on that skill', async () => {
      const el = await matrix();
      let focusCount = 0;
      skillRows(el).forEach((row, r) => {
        const skill = allSkills[r]!;
        stageCells(row).forEach((cell, c) => {
          const focus = stageFocusesSkill(defaultDataset, stages[c]!.id, skill.id);
          const mark = cell.querySelector('[role="img"]')!;
          expect(mark.getAttribute('aria-label')).to.equal(focus ? 'Focus' : 'Not a focus');
          expect(textOf(mark)).to.equal(focus ? '●' : '—');
          if (focus) focusCount++;
        });
      });
      const expected = stages.reduce((n, s) => n + stageFocusSkills(defaultDataset, s.id).length, 0);
      expect(focusCount).to.equal(expected);
      expect(focusCount).to.be.greaterThan(0);
      const scheduling = rowOf(el, 'Scheduling');
      const entry = stages.findIndex((s) => s.id === 'entry');
      expect(
        stageCells(scheduling)[entry]!.querySelector('[role="img"]')!.getAttribute('aria-label'),
      ).to.equal('Focus');
    });

    it('explains the symbols in visible text', async () => {
      const el = await matrix();
      const legend = textOf($(el, '[part~="legend"]'));
      expect(legend).to.contain('● Focus of that stage');
      expect(legend).to.contain('— Not a focus');
    });

    it('shows typical years under each stage', async () => {
      const el = await matrix();
      const mid = stages.findIndex((s) => s.id === 'mid');
      expect(textOf(stageHeaders(el)[mid])).to.contain('Typically 4–7 years');
    });

    it('renders text from the data as text, never as HTML', async () => {
      const data = clone(defaultDataset) as DatasetInput;
      data.skills![0]!.name = '<img src=x onerror="window.__pwnedMatrix = true">';
      const el = await matrix(html`<career-skills-matrix .data=${data}></career-skills-matrix>`);
      expect($(el, 'img')).to.equal(null);
      expect(textOf(el.shadowRoot)).to.contain('<img src=x onerror="window.__pwnedMatrix = true">');
      expect((window as { __pwnedMatrix?: boolean }).__pwnedMatrix).to.equal(undefined);
    });

    it('uses no style attribute and no inline <style> (strict CSP)', async () => {
      const el = await matrix(
        html`<career-skills-matrix assess target="mid" stage="mid" theme="dark"></career-skills-matrix>`,
      );
      expect(inlineStyles(el.shadowRoot!)).to.deep.equal([]);
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    });

    it('shows your own framework', async () => {
      const small = await loadSmallDataset();
      const el = await matrix(html`<career-skills-matrix .data=${small}></career-skills-matrix>`);
      expect(textOf(el.shadowRoot)).to.contain('Example Guild');
      expect(skillRows(el)).to.have.length(small.skills!.length);
    });
  });

  describe('filter, stage and layout', () => {
    it('shows one category with the category attribute', async () => {
      const el = await matrix(html`<career-skills-matrix category="risk-management"></career-skills-matrix>`);
      const riskSkills = groups.find((g) => g.category.id === 'risk-management')!.skills;
      expect(skillRows(el).map((r) => textOf(r.querySelector('th')))).to.deep.equal(
        riskSkills.map((s) => s.name),
      );
      expect(textOf($(el, 'caption'))).to.contain('Risk Management');
      expect($<HTMLSelectElement>(el, '[part~="filter"]')!.value).to.equal('risk-management');
    });

    it('filters when the reader picks a category, and reflects it', async () => {
      const el = await matrix();
      const select = $<HTMLSelectElement>(el, '[part~="filter"]')!;
      const labels = [...select.options].map((o) => textOf(o));
      expect(labels[0]).to.equal('All categories');
      expect(labels.slice(1)).to.include.members(groups.map((g) => g.category.name));
      select.value = 'communication';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('category')).to.equal('communication');
      expect(skillRows(el)).to.have.length(
        groups.find((g) => g.category.id === 'communication')!.skills.length,
      );
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.hasAttribute('category')).to.equal(false);
      expect(skillRows(el)).to.have.length(allSkills.length);
    });

    it('shows everything and warns once for an unknown category', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await matrix(html`<career-skills-matrix category="astrology"></career-skills-matrix>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(skillRows(el)).to.have.length(allSkills.length);
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.contain('astrology');
      } finally {
        warnings.restore();
      }
    });

    it('highlights the stage column with a text marker and a frame, not colour alone', async () => {
      const el = await matrix(html`<career-skills-matrix stage="mid"></career-skills-matrix>`);
      const mid = stages.findIndex((s) => s.id === 'mid');
      const header = stageHeaders(el)[mid]!;
      expect(textOf(header)).to.contain('Selected');
      expect(stageButtons(el)[mid]!.getAttribute('aria-pressed')).to.equal('true');
      expect(stageButtons(el).filter((b) => b.getAttribute('aria-pressed') === 'true')).to.have.length(1);
      const cell = stageCells(skillRows(el)[0]!)[mid]!;
      const other = stageCells(skillRows(el)[0]!)[mid - 1]!;
      // The frame: a 3 px inset shadow on both sides of every cell of the column.
      const accent = getComputedStyle(header.querySelector('.marker')!).backgroundColor;
      expect(getComputedStyle(cell).boxShadow).to.equal(
        `${accent} 3px 0px 0px 0px inset, ${accent} -3px 0px 0px 0px inset`,
      );
      expect(getComputedStyle(other).boxShadow).to.equal('none');
      expect(textOf(stageHeaders(el)[0])).not.to.contain('Selected');
    });

    it('keeps the widths of the columns when the reader chooses a stage: the frame takes no room', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await matrix(html`<career-skills-matrix assess></career-skills-matrix>`);
      const widths = () => stageHeaders(el).map((th) => th.getBoundingClientRect().width);
      const before = widths();
      for (const i of [1, 3, 2]) {
        stageButtons(el)[i]!.click();
        await el.updateComplete;
        expect(el.stage).to.equal(stages[i]!.id);
        // Within 2 px: the "Selected" marker moving between headers may shift a column by a pixel.
        for (const [column, width] of widths().entries())
          expect(width, `column ${column}`).to.be.closeTo(before[column]!, 2);
      }
    });

    for (const width of [320, 1280]) {
      it(`draws the stage buttons of the header row at one height, and the gap's words readable, at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const el = await matrix(html`<career-skills-matrix assess target="mid"></career-skills-matrix>`);
        const heights = $$(el, '.stage-button').map((b) => Math.round(b.getBoundingClientRect().height));
        expect(new Set(heights).size, heights.join(' ')).to.equal(1);
        // "Met" and "1 level to go" are not broken word by word into a column of their own.
        const gap = $(el, 'td.gap')!.getBoundingClientRect().width;
        expect(gap).to.be.at.least(100);
      });
    }

    it('keeps the headers and the skill names in view while the table scrolls', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await matrix(html`<career-skills-matrix stage="mid"></career-skills-matrix>`);
      const scroller = $(el, '.scroller')!;
      expect(getComputedStyle($(el, 'thead th')!).position).to.equal('sticky');
      const name = $(el, 'tbody th[scope="row"]')!;
      expect(getComputedStyle(name).position).to.equal('sticky');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      // A whole stage column beside the names, and a hint that more are a scroll away.
      const first = stageHeaders(el)[0]!.getBoundingClientRect();
      expect(first.right).to.be.at.most(scroller.getBoundingClientRect().right);
      const hint = $(el, '.scroll-hint')!;
      await frames(3);
      expect([textOf(hint), hint.checkVisibility()]).to.deep.equal([
        'Scroll the table sideways to see every stage.',
        true,
      ]);
      const before = name.getBoundingClientRect().left;
      const headerTop = stageHeaders(el)[0]!.getBoundingClientRect().top;
      scroller.scrollLeft = 200;
      scroller.scrollTop = 300;
      await new Promise((r) => requestAnimationFrame(r));
      expect(scroller.scrollLeft).to.be.greaterThan(0);
      expect(Math.round(name.getBoundingClientRect().left)).to.equal(Math.round(before));
      expect(Math.round(stageHeaders(el)[0]!.getBoundingClientRect().top)).to.equal(Math.round(headerTop));
    });

    for (const dir of ['ltr', 'rtl']) {
      it(`brings the selected stage's column into view sideways, not scrolling the page, at 320 px (${dir})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const host = await fixture<HTMLDivElement>(
          html`<div dir=${dir}><career-skills-matrix stage="senior"></career-skills-matrix></div>`,
        );
        const el = await settled(host.querySelector('career-skills-matrix')!);
        const scroller = $(el, '.scroller')!;
        const clear = () => {
          const column = $(el, 'thead th.selected')!;
          const box = scroller.getBoundingClientRect();
          const col = column.getBoundingClientRect();
          const past = Math.round(dir === 'rtl' ? box.left - col.left : col.right - box.right);
          return { stage: textOf(column.querySelector('button')), under: covered(el, column).inline, past };
        };
        expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
        const first = clear();
        expect([first.stage, first.under]).to.deep.equal(['Senior PM', 0]);
        expect(first.past).to.be.at.most(0);
        // A stage chosen elsewhere (a provider sets the attribute): its column comes into view; the page stays.
        window.scrollTo(0, 0);
        el.setAttribute('stage', 'foundation');
        await el.updateComplete;
        expect(clear().under).to.equal(0);
        expect(clear().past).to.be.at.most(0);
        el.setAttribute('stage', 'executive');
        await el.updateComplete;
        expect(clear().stage).to.equal('Director & Executive');
        expect(clear().under).to.equal(0);
        expect(clear().past).to.be.at.most(0);
        expect(window.scrollY).to.equal(0);
        // A box that narrows after the first render (a column layout settling) still shows the column …
        const wrap = host;
        el.setAttribute('stage', 'mid');
        wrap.style.setProperty('width', '900px');
        await el.updateComplete;
        wrap.style.setProperty('width', '300px');
        await frames(3);
        expect(clear().stage).to.equal('Mid-Level PM');
        expect([clear().under, Math.max(0, clear().past)]).to.deep.equal([0, 0]);
        // … unless the reader has scrolled the box since.
        scroller.scrollLeft = 0;
        wrap.style.setProperty('width', '280px');
        await frames(3);
        expect(scroller.scrollLeft).to.equal(0);
        // A box so narrow (240 px or less) that the names scroll along: the column comes into the box itself.
        wrap.style.setProperty('width', '230px');
        await frames(3);
        expect(getComputedStyle($(el, 'tbody th[scope="row"]')!).position).to.equal('static');
        scroller.scrollLeft = dir === 'rtl' ? -scroller.scrollWidth : scroller.scrollWidth;
        el.setAttribute('stage', 'foundation');
        await el.updateComplete;
        const box = scroller.getBoundingClientRect();
        const col = $(el, 'thead th.selected')!.getBoundingClientRect();
        expect([
          Math.round(col.left) >= Math.floor(box.left),
          Math.round(col.right) <= Math.ceil(box.right),
        ]).to.deep.equal([true, true]);
      });

      it(`scrolls a focused control out from under the pinned names and header row at 320 px (${dir})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const host = await fixture<HTMLDivElement>(
          html`<div dir=${dir}><career-skills-matrix assess target="senior"></career-skills-matrix></div>`,
        );
        const el = await settled(host.querySelector('career-skills-matrix')!);
        const scroller = $(el, '.scroller')!;
        const seen: string[] = [];
        const check = (control: Element) => {
          const { inline, block } = covered(el, control);
          if (inline > 0 || block > 0)
            seen.push(`${textOf(control).slice(0, 20)}: ${inline}px, ${block}px under`);
        };
        // Back along the stage buttons: each one clear of the pinned "Skill" header.
        const buttons = stageButtons(el);
        buttons[0]!.focus();
        await sendKeys({ press: 'End' });
        for (let i = 1; i < buttons.length; i++) {
          await sendKeys({ press: dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft' });
          check(focused(el)!);
        }
        // A rating select after scrolling sideways to the last stages, and one scrolled up under the header row.
        scroller.scrollLeft = dir === 'rtl' ? -scroller.scrollWidth : scroller.scrollWidth;
        ratingSelect(el, allSkills[1]!.id).focus();
        check(focused(el)!);
        const select = ratingSelect(el, allSkills[12]!.id);
        scroller.scrollTop += select.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 10;
        expect(covered(el, select).block, 'under the header before').to.be.greaterThan(0);
        select.focus();
        check(select);
        expect(seen).to.deep.equal([]);
      });
    }

    it('gives a very long word of a skill name at most 40 % of the widget, whole or not, at 560 px', async () => {
      const data = clone(defaultDataset) as DatasetInput;
      data.skills![0]!.name = 'Krankenhausinfektionspräventionsmaßnahmenplanung';
      await setViewport({ width: 560, height: 700 });
      const el = await matrix(html`<career-skills-matrix .data=${data}></career-skills-matrix>`);
      const name = $$(el, 'tbody th[scope="row"]').find((th) => textOf(th).startsWith('Krankenhaus'))!;
      expect(name.getBoundingClientRect().width).to.be.at.most(0.4 * el.getBoundingClientRect().width + 1);
    });

    it('hints to scroll sideways whenever the stages overflow the box, on a wide page too', async () => {
      await setViewport({ width: 1280, height: 800 });
      // The default data fits at 1280 px: no hint. (At 800 px its table is 30 px wider than its box.)
      const fits = await matrix();
      await frames(3);
      expect($(fits, '.scroll-hint')!.checkVisibility()).to.equal(false);
      const el = await matrix(
        html`<career-skills-matrix .data=${syntheticDataset(12, 10, 2)}></career-skills-matrix>`,
      );
      const scroller = $(el, '.scroller')!;
      const hint = $(el, '.scroll-hint')!;
      await frames(3);
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(hint.checkVisibility()).to.equal(true);
      // Wider, the ten stages fit: the hint goes.
      await setViewport({ width: 2400, height: 800 });
      await frames(3);
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expect(hint.checkVisibility()).to.equal(false);
    });

    it('keeps a long word of a skill name whole, widening its column, when the stages overflow the box', async () => {
      const data = clone(defaultDataset) as DatasetInput;
      data.skills![0]!.name = 'Medikamentenmanagement';
      await setViewport({ width: 600, height: 700 });
      const el = await matrix(html`<career-skills-matrix assess .data=${data}></career-skills-matrix>`);
      const scroller = $(el, '.scroller')!;
      expect(scroller.scrollWidth, 'the stages scroll sideways').to.be.greaterThan(scroller.clientWidth);
      const name = $$(el, 'tbody th[scope="row"]').find((th) => textOf(th) === 'Medikamentenmanagement')!;
      const words = document.createRange();
      words.selectNodeContents(name);
      expect(words.getClientRects().length, 'lines of the name').to.equal(1);
      expect(name.getBoundingClientRect().width).to.be.greaterThan(
        12 * Number.parseFloat(getComputedStyle(name).fontSize),
      );
    });

    it('breaks a long word of a skill name within its column on a wide page, the table fitting its box', async () => {
      const data = clone(defaultDataset) as DatasetInput;
      data.skills![0]!.name = `Microsoft-Project-Server-${'Administration'.repeat(12)}`;
      await setViewport({ width: 1200, height: 700 });
      const el = await matrix(html`<career-skills-matrix assess .data=${data}></career-skills-matrix>`);
      for (const name of $$(el, 'tbody th[scope="row"]')) {
        expect(name.scrollWidth, textOf(name)).to.be.at.most(name.clientWidth);
      }
      const scroller = $(el, '.scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    });

    it('is usable at 320 px: nothing overflows the page, targets are at least 24 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await matrix(
        html`<career-skills-matrix assess target="mid" stage="entry" .ratings=${{ scheduling: 1 }}></career-skills-matrix>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      const targets = $$(el, 'button, select, input');
      expect(targets.length).to.be.greaterThan(allSkills.length);
      for (const t of targets) {
        const box = t.getBoundingClientRect();
        expect(Math.min(box.width, box.height), t.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });

    it('does not scroll sideways at 320 px with WCAG text spacing in assess mode (1.4.12)', async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await matrix(html`<career-skills-matrix assess></career-skills-matrix>`);
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      );
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });

    it('follows prefers-color-scheme and the theme attribute', async () => {
      const light = await matrix(html`<career-skills-matrix theme="light"></career-skills-matrix>`);
      const dark = await matrix(html`<career-skills-matrix theme="dark"></career-skills-matrix>`);
      const luminance = (el: Element) => {
        const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
        return (r! + g! + b!) / 3;
      };
      expect(luminance(light)).to.be.greaterThan(200);
      expect(luminance(dark)).to.be.lessThan(60);
      const darkText = getComputedStyle($(dark, 'th[scope="row"]')!).color.match(/\d+/g)!.map(Number);
      expect(darkText.reduce((a, b) => a + b, 0) / 3).to.be.greaterThan(180);
    });

    it('follows a stage set by code without an event, and warns once for an unknown one', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await matrix();
        const events = recordEvents(el, 'career-stage-change');
        el.stage = 'senior';
        await el.updateComplete;
        const senior = stages.findIndex((s) => s.id === 'senior');
        expect(textOf(stageHeaders(el)[senior])).to.contain('Selected');
        el.stage = 'astronaut';
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(textOf($(el, 'thead'))).not.to.contain('Selected');
        expect(events.details).to.deep.equal([]);
        expect(warnings.calls).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('stage selection', () => {
    it('selects a stage column on click, fires career-stage-change, and clears it on a second click', async () => {
      const el = await matrix();
      const events = recordEvents(document, 'career-stage-change');
      stageButtons(el)[2]!.click();
      await el.updateComplete;
      expect(el.stage).to.equal(stages[2]!.id);
      expect(el.getAttribute('stage')).to.equal(stages[2]!.id);
      stageButtons(el)[2]!.click();
      await el.updateComplete;
      events.stop();
      expect(events.details).to.deep.equal([{ stage: stages[2]!.id }, { stage: null }]);
    });

    it('moves along the stage headers with arrows, Home and End (one tab stop)', async () => {
      const el = await matrix();
      const b = stageButtons(el);
      expect(b.filter((x) => x.tabIndex === 0)).to.have.length(1);
      b[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(b[1]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(b[b.length - 1]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(b[b.length - 2]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(b[0]);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.stage).to.equal(stages[1]!.id);
    });

    it('follows a right-to-left page: the left arrow moves to the next stage, drawn to the left', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><career-skills-matrix></career-skills-matrix></div>`,
      );
      const el = host.querySelector<CareerSkillsMatrix>('career-skills-matrix')!;
      await el.updateComplete;
      const b = stageButtons(el);
      expect(b[1]!.getBoundingClientRect().right).to.be.at.most(b[0]!.getBoundingClientRect().left);
      b[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(b[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(b[0]);
    });

    it('puts the tab stop on the selected stage of data that arrives later', async () => {
      const el = await fixture<CareerSkillsMatrix>(
        html`<career-skills-matrix stage="master" src="/test/fixtures/small-dataset.json"></career-skills-matrix>`,
      );
      await until(el, () => stageButtons(el).length === 3);
      expect(stageButtons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0]);
    });

    it('shares the stage with the other widgets of a provider', async () => {
      const provider = await fixture<CareerProvider>(
        html`<career-provider><career-skills-matrix></career-skills-matrix><career-skills-matrix></career-skills-matrix></career-provider>`,
      );
      const [a, b] = [...provider.querySelectorAll('career-skills-matrix')] as CareerSkillsMatrix[];
      await a!.updateComplete;
      stageButtons(a!)[3]!.click();
      await until(b!, () => b!.stage === stages[3]!.id);
      expect(provider.stage).to.equal(stages[3]!.id);
      expect(textOf(stageHeaders(b!)[3])).to.contain('Selected');
    });
  });

  describe('self-assessment', () => {
    it('offers no ratings without assess', async () => {
      const el = await matrix();
      expect($$(el, 'select[part~="rating"]')).to.have.length(0);
      expect($(el, '[part~="assessment"]')).to.equal(null);
    });

    it('offers a 0–4 rating with text labels for every skill', async () => {
      const el = await matrix(html`<career-skills-matrix assess></career-skills-matrix>`);
      const selects = $$<HTMLSelectElement>(el, 'select[part~="rating"]');
      expect(selects).to.have.length(allSkills.length);
      expect([...selects[0]!.options].map((o) => textOf(o))).to.deep.equal([
        'Not rated',
        '0 Not yet',
        '1 Aware',
        '2 Practising',
        '3 Proficient',
        '4 Expert',
      ]);
      expect(selects[0]!.getAttribute('aria-label')).to.equal(`Your rating: ${allSkills[0]!.name}`);
      expect(textOf($(el, '[part~="legend"]'))).to.contain('2 Practising');
      expect(RATING_LEVELS.map(ratingLabel)).to.deep.equal([
        'Not yet',
        'Aware',
        'Practising',
        'Proficient',
        'Expert',
      ]);
    });

    it('shows ratings set by code, and fires nothing for them', async () => {
      const el = await matrix(html`<career-skills-matrix assess></career-skills-matrix>`);
      const events = recordEvents(el, 'career-assessment-change');
      el.ratings = { scheduling: 3, budgeting: 0 };
      await el.updateComplete;
      expect(ratingSelect(el, 'scheduling').value).to.equal('3');
      expect(ratingSelect(el, 'budgeting').value).to.equal('0');
      expect(ratingSelect(el, 'delegation').value).to.equal('');
      expect(textOf($(el, '[part~="summary"]'))).to.equal(`2 of ${allSkills.length} skills rated.`);
      el.ratings = {};
      await el.updateComplete;
      expect(ratingSelect(el, 'scheduling').value).to.equal('');
      expect(events.details).to.deep.equal([]);
    });

    it('fires career-assessment-change with all ratings when the reader rates a skill', async () => {
      const el = await matrix(
        html`<career-skills-matrix assess .ratings=${{ budgeting: 1 }}></career-skills-matrix>`,
      );
      const events = recordEvents(document, 'career-assessment-change');
      await rate(el, 'scheduling', '4');
      await rate(el, 'budgeting', '');
      events.stop();
      expect(events.details).to.deep.equal([
        { ratings: { budgeting: 1, scheduling: 4 } },
        { ratings: { scheduling: 4 } },
      ]);
      expect(el.ratings).to.deep.equal({ scheduling: 4 });
    });

    it('rates with the keyboard: Tab reaches each rating, arrow keys change it', async () => {
      const el = await matrix(
        html`<career-skills-matrix assess category="risk-management"></career-skills-matrix>`,
      );
      const events = recordEvents(el, 'career-assessment-change');
      const selects = $$<HTMLSelectElement>(el, 'select[part~="rating"]');
      selects[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(selects[0]!.value).to.equal('2');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(selects[1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(selects[1]!.value).to.equal('4');
      const first = selects[0]!.dataset.skill!;
      const second = selects[1]!.dataset.skill!;
      expect(events.details.at(-1)).to.deep.equal({ ratings: { [first]: 2, [second]: 4 } });
    });

    it('shows the gap per skill to the target stage and a summary', async () => {
      const focus = stageFocusSkills(defaultDataset, 'mid');
      expect(focus.length).to.be.at.least(3);
      const [met, short, unrated] = focus;
      const ratings: Ratings = { [met!.id]: 3, [short!.id]: 1 };
      const el = await matrix(
        html`<career-skills-matrix assess target="mid" .ratings=${ratings}></career-skills-matrix>`,
      );
      const midName = stages.find((s) => s.id === 'mid')!.name;
      expect(textOf($(el, 'thead'))).to.contain(`Gap to ${midName}`);
      const gapCell = (name: string) => rowOf(el, name).querySelector('td.gap')!;
      expect(textOf(gapCell(met!.name))).to.equal('✓ Met');
      expect(textOf(gapCell(short!.name))).to.equal('△ 1 level to go');
      expect(textOf(gapCell(unrated!.name))).to.equal('△ Not rated: 2 levels to go');
      const notFocus = allSkills.find((s) => !focus.includes(s))!;
      expect(gapCell(notFocus.name).querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(
        `Not a focus of ${midName}`,
      );
      const summary = $(el, '[part~="summary"]')!;
      expect(summary.getAttribute('role')).to.equal('status');
      expect(textOf(summary)).to.equal(
        `1 of ${focus.length} focus skills of ${midName} at or above Practising.`,
      );
      await rate(el, short!.id, '2');
      expect(textOf(summary)).to.equal(
        `2 of ${focus.length} focus skills of ${midName} at or above Practising.`,
      );
      expect(textOf(gapCell(short!.name))).to.equal('✓ Met');
    });

    it('marks the target column and lets the reader change the target', async () => {
      const el = await matrix(html`<career-skills-matrix assess target="mid"></career-skills-matrix>`);
      const mid = stages.findIndex((s) => s.id === 'mid');
      expect(textOf(stageHeaders(el)[mid])).to.contain('Target');
      // Its frame runs from the header down the column.
      expect(getComputedStyle(stageHeaders(el)[mid]!).borderInlineStartStyle).to.equal('dashed');
      const select = $$<HTMLSelectElement>(el, '.toolbar select')[1]!;
      expect(select.value).to.equal('mid');
      select.value = 'senior';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('target')).to.equal('senior');
      expect(textOf($(el, '[part~="summary"]'))).to.contain('Senior');
      el.target = 'entry';
      await el.updateComplete;
      expect(select.value).to.equal('entry');
    });

    it('ignores invalid ratings set by code, with one warning', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await matrix(
          html`<career-skills-matrix assess .ratings=${{ scheduling: 9, budgeting: 2 } as unknown as Ratings}></career-skills-matrix>`,
        );
        expect(ratingSelect(el, 'scheduling').value).to.equal('');
        expect(ratingSelect(el, 'budgeting').value).to.equal('2');
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.contain('scheduling');
      } finally {
        warnings.restore();
      }
    });

    it('warns once and shows no gap for an unknown target', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await matrix(html`<career-skills-matrix assess target="moon"></career-skills-matrix>`);
        expect($(el, 'td.gap')).to.equal(null);
        expect(textOf($(el, '[part~="summary"]'))).to.contain('skills rated');
        expect(warnings.calls).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('export', () => {
    it('downloads the JSON document with the dataset id, version and every rating', async () => {
      const downloads = captureDownloads();
      try {
        const ratings = { scheduling: 2, 'team-building': 4 } as const;
        const el = await matrix(
          html`<career-skills-matrix assess .ratings=${ratings}></career-skills-matrix>`,
        );
        await rate(el, 'budgeting', '1');
        const button = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === 'Export JSON')!;
        button.click();
        await el.updateComplete;
        expect(downloads.files).to.have.length(1);
        const file = downloads.files[0]!;
        expect(file.name).to.equal(`${defaultDataset.id}-self-assessment.json`);
        expect(file.type).to.equal('application/json');
        const text = await file.text;
        expect(text).to.equal(assessmentToJson(defaultDataset, { ...ratings, budgeting: 1 }));
        expect(new Uint8Array(await file.bytes)[0]).to.equal(0x7b); // `{`: no byte order mark in JSON
        const doc = JSON.parse(text);
        expect(doc.dataset).to.deep.equal({ id: defaultDataset.id, version: defaultDataset.version });
        expect(doc.ratings).to.deep.equal({ scheduling: 2, budgeting: 1, 'team-building': 4 });
        expect(textOf($(el, '.message[role="status"]'))).to.equal('Downloaded 3 ratings as JSON.');
      } finally {
        downloads.restore();
      }
    });

    it('downloads a CSV with a row per skill and formula-like cells escaped', async () => {
      const data = clone(defaultDataset) as DatasetInput;
      data.skills!.find((s) => s.id === 'scheduling')!.name = '=cmd|" /C calc"!A0';
      data.skills!.find((s) => s.id === 'budgeting')!.name = '@SUM(1,2)';
      const downloads = captureDownloads();
      try {
        const el = await matrix(
          html`<career-skills-matrix assess .data=${data} .ratings=${{ scheduling: 3 }}></career-skills-matrix>`,
        );
        $$<HTMLButtonElement>(el, 'button')
          .find((b) => textOf(b) === 'Export CSV')!
          .click();
        const file = downloads.files[0]!;
        expect(file.name).to.equal(`${defaultDataset.id}-self-assessment.csv`);
        expect(file.type).to.match(/^text\/csv/);
        const text = await file.text; // decoded as UTF-8, which takes the byte order mark off
        expect(text).to.equal(assessmentToCsv(el.data as Dataset, { scheduling: 3 }, ratingLabel));
        expect([...new Uint8Array(await file.bytes).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
        const rows = parseCsv(text);
        expect(rows[0]).to.deep.equal([...CSV_COLUMNS]);
        expect(rows).to.have.length(allSkills.length + 1);
        const scheduling = rows.find((r) => r[3] === 'scheduling')!;
        expect(scheduling).to.deep.equal([
          defaultDataset.id,
          defaultDataset.version,
          'Planning & Execution',
          'scheduling',
          `'=cmd|" /C calc"!A0`,
          '3',
          'Proficient',
        ]);
        expect(rows.find((r) => r[3] === 'budgeting')![4]).to.equal("'@SUM(1,2)");
      } finally {
        downloads.restore();
      }
    });
  });

  describe('import', () => {
    it('takes ratings back from an exported JSON file and announces them', async () => {
      const el = await matrix(
        html`<career-skills-matrix assess .ratings=${{ delegation: 1 }}></career-skills-matrix>`,
      );
      const events = recordEvents(el, 'career-assessment-change');
      const text = assessmentToJson(defaultDataset, { scheduling: 4, budgeting: 2, 'no-such-skill': 1 });
      await importFile(el, text, 'mine.json');
      expect(el.ratings).to.deep.equal({ scheduling: 4, budgeting: 2 });
      expect(ratingSelect(el, 'scheduling').value).to.equal('4');
      expect(ratingSelect(el, 'delegation').value).to.equal('');
      expect(events.details).to.deep.equal([{ ratings: { scheduling: 4, budgeting: 2 } }]);
      const status = $(el, '.message[role="status"]')!;
      expect(textOf(status)).to.contain('Imported 2 ratings from mine.json');
      expect(textOf(status)).to.contain('1 for skills this data does not have left out');
      const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
      expect(textOf(input.closest('label'))).to.contain('Import ratings (JSON)');
    });

    it('keeps its status region exposed while empty, with no visible box or gap', async () => {
      const el = await matrix(html`<career-skills-matrix assess></career-skills-matrix>`);
      const status = $(el, '.message[role="status"]')!;
      const style = getComputedStyle(status);
      expect(textOf(status)).to.equal('');
      // In the accessibility tree before a message arrives, so screen readers announce it (WCAG 4.1.3).
      expect(style.display).to.not.equal('none');
      expect(status.getClientRects().length).to.equal(1);
      expect(status.getBoundingClientRect().height).to.equal(0);
      expect(style.borderInlineStartWidth).to.equal('0px');
      expect($(el, '.messages')!.getBoundingClientRect().height).to.equal(0);
      await importFile(el, '{"not": "ratings"}');
      const alert = $(el, '.message[role="alert"]')!;
      expect(alert.getBoundingClientRect().top).to.equal($(el, '.messages')!.getBoundingClientRect().top);
      await importFile(el, assessmentToJson(defaultDataset, { scheduling: 4 }));
      await until(el, () => textOf(status) !== '');
      expect(getComputedStyle(status).borderInlineStartWidth).to.equal('4px');
      expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    for (const [what, text, says] of [
      ['a file that is not JSON', 'skill,rating\nscheduling,2', 'is not JSON'],
      ['a file too large', `${' '.repeat(MAX_ASSESSMENT_BYTES)}{}`, 'too large'],
      ['JSON of another shape', '{"scheduling": 2}', 'does not hold ratings'],
      [
        'ratings out of range',
        assessmentToJson(defaultDataset, {}).replace('{}', '{"scheduling": 7}'),
        'ratings.scheduling',
      ],
      [
        'ratings for another dataset',
        assessmentToJson(defaultDataset, { scheduling: 1 }).replace(`"${defaultDataset.id}"`, '"nurse"'),
        'holds ratings for “nurse”',
      ],
    ] as const) {
      it(`refuses ${what} with a visible alert and changes nothing`, async () => {
        const el = await matrix(
          html`<career-skills-matrix assess storage-key=${KEY} .ratings=${{ delegation: 3 }}></career-skills-matrix>`,
        );
        await el.updateComplete;
        const stored = localStorage.getItem(KEY);
        const events = recordEvents(el, 'career-assessment-change');
        await importFile(el, text, 'bad.json');
        const alert = $(el, '[role="alert"].message')!;
        expect(textOf(alert)).to.contain('Nothing was imported.');
        expect(textOf(alert)).to.contain(says);
        expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(el.ratings).to.deep.equal({ delegation: 3 });
        expect(ratingSelect(el, 'delegation').value).to.equal('3');
        expect(events.details).to.deep.equal([]);
        expect(localStorage.getItem(KEY)).to.equal(stored);
      });
    }
    it('drops a file still being read when the widget leaves the page', async () => {
      const el = await matrix(
        html`<career-skills-matrix assess storage-key=${KEY} .ratings=${{ delegation: 3 }}></career-skills-matrix>`,
      );
      await el.updateComplete;
      const stored = localStorage.getItem(KEY);
      const events = recordEvents(el, 'career-assessment-change');
      const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([assessmentToJson(defaultDataset, { scheduling: 4 })], 'late.json'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      el.remove(); // before the file's text has been read
      await new Promise((done) => setTimeout(done, 50));
      expect(el.ratings).to.deep.equal({ delegation: 3 });
      expect(events.details).to.deep.equal([]);
      expect(localStorage.getItem(KEY)).to.equal(stored);
    });
  });

  describe('storage', () => {
    it('stores nothing without storage-key', async () => {
      const before = snapshotStorage();
      const set = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        writes++;
        set.call(this, k, v);
      };
      try {
        const el = await matrix(html`<career-skills-matrix assess target="mid"></career-skills-matrix>`);
        await rate(el, 'scheduling', '3');
        el.ratings = { budgeting: 1 };
        await el.updateComplete;
        await importFile(el, assessmentToJson(defaultDataset, { scheduling: 1 }));
      } finally {
        Storage.prototype.setItem = set;
      }
      expect(writes).to.equal(0);
      expect(snapshotStorage()).to.deep.equal(before);
    });

    it('keeps the ratings under storage-key across a re-created element', async () => {
      const first = await matrix(
        html`<career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>`,
      );
      expect(textOf($(first, '[part~="assessment"]'))).to.contain('saved in this browser');
      await rate(first, 'scheduling', '3');
      await rate(first, 'delegation', '0');
      const stored = JSON.parse(localStorage.getItem(KEY)!);
      expect(stored.dataset).to.deep.equal({ id: defaultDataset.id, version: defaultDataset.version });
      expect(stored.ratings).to.deep.equal({ scheduling: 3, delegation: 0 });
      fixtureCleanup();

      const events = recordEvents(document, 'career-assessment-change');
      const second = await matrix(
        html`<career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>`,
      );
      events.stop();
      expect(second.ratings).to.deep.equal({ scheduling: 3, delegation: 0 });
      expect(ratingSelect(second, 'scheduling').value).to.equal('3');
      expect(ratingSelect(second, 'delegation').value).to.equal('0');
      expect(events.details).to.deep.equal([]);
    });

    it('shows ratings saved in another tab, and does not undo them when rating here', async () => {
      const el = await matrix(html`<career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>`);
      await rate(el, 'scheduling', '1');
      // Another document of this origin (a same-origin frame, as another tab would be) rates a second skill.
      const other = document.createElement('iframe');
      document.body.append(other);
      try {
        const changed = new Promise((done) => window.addEventListener('storage', done, { once: true }));
        other.contentWindow!.localStorage.setItem(
          KEY,
          assessmentToJson(defaultDataset, { scheduling: 1, delegation: 4 }),
        );
        await changed;
        await el.updateComplete;
        expect(ratingSelect(el, 'delegation').value).to.equal('4');
        await rate(el, 'budgeting', '2');
        expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({
          scheduling: 1,
          delegation: 4,
          budgeting: 2,
        });
        // Removed there: no ratings here either.
        const removed = new Promise((done) => window.addEventListener('storage', done, { once: true }));
        other.contentWindow!.localStorage.removeItem(KEY);
        await removed;
        await el.updateComplete;
        expect(ratingSelect(el, 'scheduling').value).to.equal('');
        expect(el.ratings).to.deep.equal({});
      } finally {
        other.remove();
      }
    });

    it('keeps two matrices of one page with the same storage-key in step', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>
        <career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>
        <career-skills-matrix assess storage-key=${`${KEY}-other`}></career-skills-matrix>
      </div>`);
      const [a, b, other] = [...host.querySelectorAll<CareerSkillsMatrix>('career-skills-matrix')] as [
        CareerSkillsMatrix,
        CareerSkillsMatrix,
        CareerSkillsMatrix,
      ];
      try {
        await Promise.all([a.updateComplete, b.updateComplete, other.updateComplete]);
        const events = recordEvents(b, 'career-assessment-change');
        await rate(a, 'scheduling', '3');
        await b.updateComplete;
        expect(ratingSelect(b, 'scheduling').value).to.equal('3');
        expect(events.details, 'no event from the matrix the reader did not use').to.deep.equal([]);
        events.stop();
        await rate(b, 'delegation', '1');
        await a.updateComplete;
        expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({
          scheduling: 3,
          delegation: 1,
        });
        expect(ratingSelect(a, 'delegation').value).to.equal('1');
        expect(ratingSelect(other, 'scheduling').value, 'another key').to.equal('');
      } finally {
        localStorage.removeItem(`${KEY}-other`);
      }
    });

    it('shows the ratings of a new storage-key: none when it holds nothing or unreadable data', async () => {
      const keys = [`${KEY}-b`, `${KEY}-c`, `${KEY}-c.corrupt`];
      localStorage.setItem(`${KEY}-c`, 'not json');
      const warnings = spyConsole('warn');
      try {
        const el = await matrix(
          html`<career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>`,
        );
        await rate(el, 'scheduling', '3');
        el.storageKey = `${KEY}-b`;
        await el.updateComplete;
        expect(ratingSelect(el, 'scheduling').value).to.equal('');
        await rate(el, 'budgeting', '1');
        expect(JSON.parse(localStorage.getItem(`${KEY}-b`)!).ratings).to.deep.equal({ budgeting: 1 });
        el.storageKey = KEY;
        await el.updateComplete;
        expect(ratingSelect(el, 'scheduling').value).to.equal('3');
        expect(ratingSelect(el, 'budgeting').value).to.equal('');
        el.storageKey = `${KEY}-c`;
        await el.updateComplete;
        expect(ratingSelect(el, 'scheduling').value).to.equal('');
        expect(localStorage.getItem(`${KEY}-c.corrupt`)).to.equal('not json');
        expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({ scheduling: 3 });
      } finally {
        warnings.restore();
        for (const k of keys) localStorage.removeItem(k);
      }
    });

    it('shows what another matrix saved while this one was moved in the page, and keeps it', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>
        <career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>
      </div>`);
      const [a, b] = [...host.querySelectorAll<CareerSkillsMatrix>('career-skills-matrix')] as [
        CareerSkillsMatrix,
        CareerSkillsMatrix,
      ];
      await Promise.all([a.updateComplete, b.updateComplete]);
      b.remove();
      await rate(a, 'scheduling', '3');
      host.append(b);
      await b.updateComplete;
      expect(ratingSelect(b, 'scheduling').value).to.equal('3');
      await rate(b, 'budgeting', '1');
      expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({ scheduling: 3, budgeting: 1 });
    });

    it('sets ratings stored for other data aside with a warning, as an import refuses them', async () => {
      const other = assessmentToJson(defaultDataset, { scheduling: 4 }).replace(
        `"${defaultDataset.id}"`,
        '"nurse"',
      );
      localStorage.setItem(KEY, other);
      const warnings = spyConsole('warn');
      try {
        const el = await matrix(
          html`<career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>`,
        );
        expect(ratingSelect(el, 'scheduling').value).to.equal('');
        expect(localStorage.getItem(`${KEY}.corrupt`)).to.equal(other);
        expect(warnings.calls).to.have.length(1);
        expect(textOf($(el, '.message.warning'))).to.contain('set aside');
        await rate(el, 'budgeting', '2');
        expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({ budgeting: 2 });
      } finally {
        warnings.restore();
      }
    });

    it('stores ratings set by code, which win over what was stored', async () => {
      localStorage.setItem(KEY, assessmentToJson(defaultDataset, { scheduling: 1 }));
      const el = await matrix(
        html`<career-skills-matrix assess storage-key=${KEY} .ratings=${{ budgeting: 4 }}></career-skills-matrix>`,
      );
      expect(ratingSelect(el, 'budgeting').value).to.equal('4');
      expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({ budgeting: 4 });
      el.ratings = { budgeting: 2 };
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({ budgeting: 2 });
    });

    it('sets corrupt stored data aside to <key>.corrupt with a warning, and starts afresh', async () => {
      localStorage.setItem(KEY, '{"ratings": {"scheduling": 3}');
      const warnings = spyConsole('warn');
      try {
        const el = await matrix(
          html`<career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>`,
        );
        expect(localStorage.getItem(`${KEY}.corrupt`)).to.equal('{"ratings": {"scheduling": 3}');
        expect(localStorage.getItem(KEY)).to.equal(null);
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.contain(`${KEY}.corrupt`);
        expect(textOf($(el, '.message.warning'))).to.contain('could not be read');
        expect(ratingSelect(el, 'scheduling').value).to.equal('');
        await rate(el, 'scheduling', '2');
        expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({ scheduling: 2 });
        expect(localStorage.getItem(`${KEY}.corrupt`)).to.equal('{"ratings": {"scheduling": 3}');
      } finally {
        warnings.restore();
      }
    });

    it('sets foreign data aside too', async () => {
      localStorage.setItem(KEY, '{"theme":"dark"}');
      const warnings = spyConsole('warn');
      try {
        await matrix(html`<career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>`);
        expect(localStorage.getItem(`${KEY}.corrupt`)).to.equal('{"theme":"dark"}');
        expect(warnings.calls).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('reports a full storage, never throws, and still fires the event', async () => {
      const el = await matrix(html`<career-skills-matrix assess storage-key=${KEY}></career-skills-matrix>`);
      const events = recordEvents(el, 'career-assessment-change');
      const warnings = spyConsole('warn');
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.error);
      window.addEventListener('error', onError);
      try {
        await rate(el, 'scheduling', '3');
      } finally {
        Storage.prototype.setItem = set;
        window.removeEventListener('error', onError);
        warnings.restore();
      }
      expect(uncaught).to.deep.equal([]);
      expect(events.details).to.deep.equal([{ ratings: { scheduling: 3 } }]);
      expect(el.ratings).to.deep.equal({ scheduling: 3 });
      expect(warnings.calls).to.have.length(1);
      expect(String(warnings.calls[0]![0])).to.match(/full/);
      const message = $(el, '.message.warning')!;
      expect(textOf(message)).to.contain('storage is full');
      expect(message.getAttribute('role')).to.equal('alert');
      await rate(el, 'scheduling', '4');
      expect(JSON.parse(localStorage.getItem(KEY)!).ratings).to.deep.equal({ scheduling: 4 });
      expect($(el, '.message.warning')).to.equal(null);
    });
  });

  describe('scale', () => {
    it('renders 1,000 skills × 10 stages in batches, more on request or on scrolling', async () => {
      const data = syntheticDataset(1000, 10);
      await new Promise((r) => setTimeout(r, 50));
      const start = performance.now();
      const el = await fixture<CareerSkillsMatrix>(
        html`<career-skills-matrix .data=${data}></career-skills-matrix>`,
      );
      await settled(el);
      await new Promise((r) => requestAnimationFrame(r));
      el.getBoundingClientRect();
      const elapsed = performance.now() - start;
      // A figure for the report, not a pass/fail budget (budgets are measured by `npm run bench`).
      console.log(`skills matrix 1,000 × 10: first render ${elapsed.toFixed(1)} ms`);
      expect(skillRows(el)).to.have.length(ROW_BATCH);
      expect(stageHeaders(el)).to.have.length(10);
      expect($$(el, 'tbody td')).to.have.length(ROW_BATCH * 10);
      const more = $(el, '.more')!;
      expect(textOf(more)).to.contain(`Showing ${ROW_BATCH} of 1,000 skills.`);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="more"]')!.click();
      await el.updateComplete;
      expect(skillRows(el)).to.have.length(ROW_BATCH + MORE_ROWS);
      const scroller = $(el, '.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      await until(el, () => skillRows(el).length === ROW_BATCH + 2 * MORE_ROWS);
    });

    it('still renders more on scrolling after being moved in the page', async () => {
      const host = await fixture<HTMLDivElement>(html`<div><div></div><div></div></div>`);
      const el = document.createElement('career-skills-matrix');
      el.data = syntheticDataset(1000, 10);
      host.firstElementChild!.append(el);
      await settled(el);
      host.lastElementChild!.append(el);
      await el.updateComplete;
      const scroller = $(el, '.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      await until(el, () => skillRows(el).length === ROW_BATCH + MORE_ROWS);
    });

    it('moves focus to the first new row when "Show more" loads the last batch', async () => {
      const el = await matrix(
        html`<career-skills-matrix assess .data=${syntheticDataset(ROW_BATCH + MORE_ROWS, 3, 3)}></career-skills-matrix>`,
      );
      $<HTMLButtonElement>(el, '[part~="more"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(el, () => skillRows(el).length === ROW_BATCH + MORE_ROWS);
      expect($(el, '.more')).to.equal(null);
      const row = skillRows(el)[ROW_BATCH]!;
      // Compared by text: a failed comparison of elements prints the whole tree.
      expect(textOf(focused(el)), 'focus on the new row header').to.equal(textOf(row.querySelector('th')));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.getAttribute('data-skill')).to.equal(row.querySelector('select')!.dataset.skill);
    });

    it('keeps "Show more" in sight for a keyboard reader: focus loads nothing, Enter moves to the new rows', async () => {
      const el = await matrix(
        html`<career-skills-matrix .data=${syntheticDataset(1000, 10)}></career-skills-matrix>`,
      );
      const scroller = $(el, '.scroller')!;
      const inView = (e: Element) => {
        const box = scroller.getBoundingClientRect();
        const r = e.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      };
      const more = $<HTMLButtonElement>(el, '[part~="more"]')!;
      more.focus(); // as Tab does: the browser scrolls the button into view
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
      expect(skillRows(el)).to.have.length(ROW_BATCH);
      expect(inView(more), 'the focused button is in view').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(el, () => skillRows(el).length === ROW_BATCH + MORE_ROWS);
      const row = skillRows(el)[ROW_BATCH]!;
      expect(textOf(focused(el)), 'focus on the new row header').to.equal(textOf(row.querySelector('th')));
      expect(inView(focused(el)!), 'the focused row is in view').to.equal(true);
      expect(skillRows(el)).to.have.length(ROW_BATCH + MORE_ROWS);
    });

    it('loads the next batch once focus leaves a "Show more" still in view', async () => {
      const el = await matrix(
        html`<career-skills-matrix .data=${syntheticDataset(1000, 10)}></career-skills-matrix>`,
      );
      const more = $<HTMLButtonElement>(el, '[part~="more"]')!;
      more.focus();
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
      expect(skillRows(el), 'nothing loaded while focused').to.have.length(ROW_BATCH);
      more.blur();
      await until(el, () => skillRows(el).length === ROW_BATCH + MORE_ROWS);
    });

    it('renders every row before printing', async () => {
      const el = await matrix(
        html`<career-skills-matrix .data=${syntheticDataset(300, 4)}></career-skills-matrix>`,
      );
      expect(skillRows(el)).to.have.length(ROW_BATCH);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(skillRows(el)).to.have.length(300);
      expect($(el, '.more')).to.equal(null);
    });

    it('starts again from the first batch when the category changes, and shows a small category whole', async () => {
      const el = await matrix(
        html`<career-skills-matrix .data=${syntheticDataset(1000, 10)}></career-skills-matrix>`,
      );
      $<HTMLButtonElement>(el, '[part~="more"]')!.click();
      await el.updateComplete;
      el.category = 'category-2';
      await el.updateComplete;
      expect(skillRows(el)).to.have.length(50);
      expect($(el, '.more')).to.equal(null);
      el.category = null;
      await el.updateComplete;
      expect(skillRows(el)).to.have.length(ROW_BATCH);
    });
  });

  describe('bad input', () => {
    it('shows the JSON path of invalid data in an alert, fires career-error and logs once', async () => {
      const errors = spyConsole('error');
      try {
        const data = clone(defaultDataset) as unknown as { skills: { category: unknown }[] };
        data.skills[4]!.category = 42;
        const received = recordEvents(document, 'career-error');
        const el = await matrix(
          html`<career-skills-matrix assess .data=${data as unknown as DatasetInput}></career-skills-matrix>`,
        );
        received.stop();
        const panel = $(el, '[part~="error"]')!;
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(textOf(panel)).to.contain('skills[4].category');
        expect($(el, 'table')).to.equal(null);
        expect(received.details).to.have.length(1);
        expect(errors.calls).to.have.length(1);
      } finally {
        errors.restore();
      }
    });

    it('says so when the data has no skills', async () => {
      const small = await loadSmallDataset();
      const noSkills = {
        ...small,
        skills: [],
        stages: small.stages.map((st) => ({ ...st, skillFocus: [] })),
      };
      const el = await matrix(html`<career-skills-matrix .data=${noSkills}></career-skills-matrix>`);
      expect(textOf($(el, '.empty'))).to.equal('This data lists no skills.');
    });
  });
});
