import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { defaultDataset } from '../src/data/default-dataset.js';
import type { Dataset, DatasetInput } from '../src/data/schema.js';
import '../src/ladder/index.js';
import type { CareerLadder } from '../src/ladder/ladder.js';
import '../src/provider/index.js';
import type { CareerProvider } from '../src/provider/provider.js';
import { define } from '../src/shared/define.js';
import {
  clone,
  inlineStyles,
  isLoading,
  loadSmallDataset,
  recordEvents,
  SMALL_DATASET_URL,
  settled,
  spyConsole,
  textOf,
  until,
} from './helpers.js';

const stagesByOrder = [...defaultDataset.stages].sort((a, b) => a.order - b.order);
/** A node of the accessibility tree, as the runner's `ax-tree` command gives it. */
interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}
const textOfAx = (n: AxNode): string => [n.name ?? '', ...(n.children ?? []).map(textOfAx)].join(' ');
function findAxNode(n: AxNode, test: (n: AxNode) => boolean): AxNode | undefined {
  if (test(n)) return n;
  for (const c of n.children ?? []) {
    const found = findAxNode(c, test);
    if (found) return found;
  }
  return undefined;
}
const rungs = (el: CareerLadder) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="rung"]')];
const buttons = (el: CareerLadder) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="rung-button"]'),
];
const detail = (el: CareerLadder) => el.shadowRoot!.querySelector<HTMLElement>('[part~="detail"]');
const focused = (el: CareerLadder) => el.shadowRoot!.activeElement;

async function ladder(template = html`<career-ladder></career-ladder>`): Promise<CareerLadder> {
  const el = await fixture<CareerLadder>(template);
  // Custom data shows the loading notice until the validator has checked it.
  return settled(el);
}

describe('<career-ladder>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('accessibility', () => {
    it('has no axe violations by default', async () => {
      const el = await ladder();
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with a stage selected and a current stage', async () => {
      const el = await ladder(html`<career-ladder stage="mid" current="entry"></career-ladder>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in dark mode', async () => {
      const el = await ladder(html`<career-ladder theme="dark" stage="senior"></career-ladder>`);
      await expect(el).to.be.accessible();
    });

    it('is an ordered list whose detail is a region labelled by its stage', async () => {
      const el = await ladder(html`<career-ladder stage="entry"></career-ladder>`);
      expect(el.shadowRoot!.querySelector('ol[part~="rungs"]')).to.exist;
      const region = detail(el)!;
      const label = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!);
      expect(region.localName).to.equal('section');
      expect(textOf(label)).to.contain('Entry-Level PM');
      expect(buttons(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
      expect(buttons(el)[0]!.getAttribute('aria-expanded')).to.equal('false');
      // Headings nest: the stage (h3), its lists and "What changes" (h4), the lists under that (h5).
      const levels = [...region.querySelectorAll('h3, h4, h5')].map((h) => `${h.localName} ${textOf(h)}`);
      expect(levels).to.include.members([
        'h4 Responsibilities',
        'h4 What changes at Mid-Level PM',
        'h5 New responsibilities',
      ]);
      expect(region.querySelector('.next h4:not(.next-heading)')).to.equal(null);
    });
  });

  describe('rendering from data', () => {
    it('shows one rung per stage in order, with typical years and titles', async () => {
      const el = await ladder();
      const items = rungs(el);
      expect(items).to.have.length(stagesByOrder.length);
      stagesByOrder.forEach((stage, i) => {
        expect(textOf(items[i])).to.contain(stage.name);
      });
      expect(textOf(items[0])).to.contain('Typically 0–2 years');
      expect(textOf(items[1])).to.contain('Typically 2–4 years');
      expect(textOf(items[2])).to.contain('Typically 4–7 years');
      expect(textOf(items[3])).to.contain('Typically 7+ years');
      expect(textOf(el.shadowRoot)).not.to.match(/required/i);
      const firstTitle = defaultDataset.titles.find((t) => t.id === stagesByOrder[1]!.titleIds[0]);
      expect(textOf(items[1])).to.contain(firstTitle!.name);
    });

    it('says "Typically 1 year" for a stage whose typical years are one number, not "1–1 years"', async () => {
      const data = clone(defaultDataset) as DatasetInput;
      const byOrder = [...data.stages!].sort((a, b) => a.order - b.order);
      byOrder[0]!.years = { min: 1, max: 1 };
      byOrder[1]!.years = { min: 1.5, max: 1.5 };
      byOrder[2]!.years = { min: 3, max: 3 };
      const el = await ladder(html`<career-ladder .data=${data}></career-ladder>`);
      const years = rungs(el).map((rung) => textOf(rung.querySelector('.years')));
      expect(years.slice(0, 4)).to.deep.equal([
        'Typically 1 year',
        'Typically 1.5 years',
        'Typically 3 years',
        'Typically 7+ years',
      ]);
    });

    it('opens the selected stage with what changes at the next stage', async () => {
      const el = await ladder(html`<career-ladder stage="entry"></career-ladder>`);
      const text = textOf(detail(el));
      const entry = defaultDataset.stages.find((s) => s.id === 'entry')!;
      const mid = defaultDataset.stages.find((s) => s.id === 'mid')!;
      expect(text).to.contain(entry.responsibilities[0]!.text);
      expect(text).to.contain(`What changes at ${mid.name}`);
      expect(text).to.contain(mid.responsibilities[0]!.text);
      expect(text).to.contain('Titles that open up');
    });

    it('says the last stage has no next stage', async () => {
      const last = stagesByOrder[stagesByOrder.length - 1]!;
      const el = await ladder(html`<career-ladder stage=${last.id}></career-ladder>`);
      expect(textOf(detail(el))).to.contain('last stage');
    });

    it('says so when the next stage adds nothing, instead of an empty "What changes" section', async () => {
      const data = clone(defaultDataset) as unknown as Dataset;
      const mid = data.stages.find((s) => s.id === 'mid')!;
      Object.assign(mid, { responsibilities: [], skillFocus: [], certificationIds: [], titleIds: [] });
      for (const s of data.skills) s.focusStages = s.focusStages.filter((id) => id !== 'mid');
      for (const c of data.certifications) c.stages = c.stages.filter((id) => id !== 'mid');
      for (const t of data.titles) if (t.stage === 'mid') t.stage = 'entry';
      const el = await ladder(html`<career-ladder stage="entry" .data=${data}></career-ladder>`);
      const next = detail(el)!.querySelector('.next')!;
      expect(textOf(next)).to.equal('Mid-Level PM adds nothing new to this stage in this data.');
    });

    it('names five titles on a rung and counts the rest, which the detail lists', async () => {
      const data = (await loadSmallDataset()) as DatasetInput & { titles: { id: string; name: string }[] };
      const stage = data.stages[0]!;
      for (let i = 1; i <= 8; i++) {
        data.titles.push({
          id: `extra-${i}`,
          name: `Extra Title ${i}`,
          kind: 'job',
          stage: stage.id,
          description: 'x',
          source: 't',
        } as never);
      }
      const el = await ladder(html`<career-ladder .data=${data} stage=${stage.id}></career-ladder>`);
      const total = data.titles.filter((t) => (t as { stage?: string }).stage === stage.id).length;
      const rungText = textOf(rungs(el)[0]!.querySelector('.titles'));
      expect(rungText).to.contain(`and ${total - 5} more`);
      // Each separating dot stays on the line of the title before it: no line starts with a dot.
      const raw = rungs(el)[0]!.querySelector('.titles')!.textContent!;
      expect(raw.match(/\u00a0· /g)?.length).to.equal(4);
      expect(rungText).not.to.contain('Extra Title 8');
      expect(textOf(detail(el))).to.contain('Extra Title 8');
    });

    it('renders text from the data as text, never as HTML', async () => {
      const data = clone(defaultDataset) as DatasetInput;
      data.stages[0]!.name = '<img src=x onerror="window.__pwned = true">';
      const el = await ladder(
        html`<career-ladder .data=${data} stage=${data.stages[0]!.id}></career-ladder>`,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(textOf(el.shadowRoot)).to.contain('<img src=x onerror="window.__pwned = true">');
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('uses no style attribute and no inline <style> (strict CSP)', async () => {
      const el = await ladder(html`<career-ladder stage="mid" current="entry" theme="dark"></career-ladder>`);
      expect(inlineStyles(el.shadowRoot!)).to.deep.equal([]);
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    });
  });

  describe('properties and attributes', () => {
    it('marks the current stage "You are here" in text', async () => {
      const el = await ladder(html`<career-ladder current="mid"></career-ladder>`);
      const midIndex = stagesByOrder.findIndex((s) => s.id === 'mid');
      expect(textOf(rungs(el)[midIndex])).to.contain('You are here');
      expect(textOf(rungs(el)[0])).not.to.contain('You are here');
      // Also for a screen reader moving between the rung buttons: the mark describes the button.
      const described = buttons(el).map((b) =>
        textOf(el.shadowRoot!.getElementById(b.getAttribute('aria-describedby') ?? '')),
      );
      expect(described).to.deep.equal(stagesByOrder.map((s) => (s.id === 'mid' ? 'You are here' : '')));
    });

    it('reflects stage and compact', async () => {
      const el = await ladder();
      el.stage = 'senior';
      el.compact = true;
      await el.updateComplete;
      expect(el.getAttribute('stage')).to.equal('senior');
      expect(el.hasAttribute('compact')).to.equal(true);
    });

    it('shows no detail in compact mode, and marks the selection with aria-pressed', async () => {
      const el = await ladder(html`<career-ladder compact stage="mid"></career-ladder>`);
      expect(detail(el)).to.equal(null);
      const midIndex = stagesByOrder.findIndex((s) => s.id === 'mid');
      expect(buttons(el)[midIndex]!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('lays rungs out by its own width when orientation is absent', async () => {
      const wide = await ladder(html`<div style="width: 1100px"><career-ladder></career-ladder></div>`);
      const wideLadder = wide.querySelector('career-ladder') as CareerLadder;
      await wideLadder.updateComplete;
      const rowOf = (el: CareerLadder) => rungs(el).map((r) => Math.round(r.getBoundingClientRect().top));
      expect(new Set(rowOf(wideLadder)).size).to.equal(1);

      const narrow = await ladder(html`<div style="width: 500px"><career-ladder></career-ladder></div>`);
      const narrowLadder = narrow.querySelector('career-ladder') as CareerLadder;
      await narrowLadder.updateComplete;
      expect(new Set(rowOf(narrowLadder)).size).to.equal(stagesByOrder.length);
    });

    it('follows an explicit orientation', async () => {
      const el = await ladder(
        html`<career-ladder orientation="vertical" style="width: 1100px"></career-ladder>`,
      );
      const tops = rungs(el).map((r) => Math.round(r.getBoundingClientRect().top));
      expect(new Set(tops).size).to.equal(stagesByOrder.length);
    });

    it('follows prefers-color-scheme and the theme attribute', async () => {
      const light = await ladder(html`<career-ladder theme="light"></career-ladder>`);
      const dark = await ladder(html`<career-ladder theme="dark"></career-ladder>`);
      const luminance = (el: Element) => {
        const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
        return (r! + g! + b!) / 3;
      };
      expect(luminance(light)).to.be.greaterThan(200);
      expect(luminance(dark)).to.be.lessThan(60);
    });

    it('is usable at 320 px: nothing overflows sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await ladder(html`<career-ladder stage="mid" current="entry"></career-ladder>`);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const b of buttons(el)) expect(b.getBoundingClientRect().height).to.be.at.least(24);
    });
  });

  describe('events', () => {
    it('fires career-stage-change with the stage on click, and null when closed again', async () => {
      const el = await ladder();
      const events = recordEvents(el, 'career-stage-change');
      buttons(el)[2]!.click();
      await el.updateComplete;
      expect(events.details).to.deep.equal([{ stage: stagesByOrder[2]!.id }]);
      expect(el.stage).to.equal(stagesByOrder[2]!.id);
      buttons(el)[2]!.click();
      await el.updateComplete;
      expect(events.details[1]).to.deep.equal({ stage: null });
      expect(detail(el)).to.equal(null);
    });

    it('selects when the rung card itself is clicked', async () => {
      const el = await ladder();
      rungs(el)[1]!.click();
      await el.updateComplete;
      expect(el.stage).to.equal(stagesByOrder[1]!.id);
    });

    it('bubbles out of the shadow root and composes', async () => {
      const el = await ladder();
      const events = recordEvents(document, 'career-stage-change');
      buttons(el)[0]!.click();
      events.stop();
      expect(events.details).to.have.length(1);
    });

    it('fires nothing when code sets stage', async () => {
      const el = await ladder();
      const events = recordEvents(el, 'career-stage-change');
      el.stage = 'senior';
      await el.updateComplete;
      el.setAttribute('stage', 'entry');
      await el.updateComplete;
      expect(events.details).to.deep.equal([]);
      expect(textOf(detail(el))).to.contain('Entry-Level PM');
    });
  });

  describe('keyboard', () => {
    it('has one tab stop and moves with arrows, Home and End', async () => {
      const el = await ladder();
      const b = buttons(el);
      expect(b.filter((x) => x.tabIndex === 0)).to.have.length(1);
      b[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(b[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(b[2]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(b[1]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(b[b.length - 1]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(b[0]);
      await el.updateComplete;
      expect(b[0]!.tabIndex).to.equal(0);
      expect(b[1]!.tabIndex).to.equal(-1);
    });

    it('follows a right-to-left page: the left arrow moves to the next rung, drawn to the left', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div dir="rtl" style="width: 1000px"><career-ladder orientation="horizontal"></career-ladder></div>`,
      );
      const el = await settled(host.querySelector<CareerLadder>('career-ladder')!);
      const b = buttons(el);
      expect(b[1]!.getBoundingClientRect().right).to.be.at.most(b[0]!.getBoundingClientRect().left);
      b[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(b[1]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(b[2]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(b[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(b[2]);
    });

    it('shows all of the rung the arrows move to, in a row of rungs that scrolls (320 px, horizontal)', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await ladder(html`<career-ladder orientation="horizontal"></career-ladder>`);
        buttons(el)[0]!.focus();
        for (const _ of [1, 2, 3]) {
          await sendKeys({ press: 'ArrowRight' });
          const rung = focused(el)!.getBoundingClientRect();
          const row = el.shadowRoot!.querySelector('.rungs')!.getBoundingClientRect();
          expect([rung.left >= row.left - 1, rung.right <= row.right + 1]).to.deep.equal([true, true]);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('opens a stage of a vertical ladder right under its rung, the later rungs after the detail', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await ladder(html`<career-ladder stage="entry"></career-ladder>`);
        const [, entry, mid] = rungs(el).map((r) => r.getBoundingClientRect());
        const box = detail(el)!.getBoundingClientRect();
        expect(box.top, 'below its rung').to.be.at.least(entry!.bottom);
        expect(box.bottom, 'above the next rung').to.be.at.most(mid!.top);
        // The rungs stay one list of five items to assistive technology, though the list draws no box of its own.
        const tree = await executeServerCommand<AxNode, undefined>('ax-tree');
        const list = findAxNode(
          tree,
          (n) => n.role === 'list' && !!n.children?.some((c) => textOfAx(c).includes('Foundation')),
        );
        expect(list?.children?.filter((c) => c.role === 'listitem').length).to.equal(5);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps a tapped rung in place when the detail above it closes', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await ladder(html`<career-ladder stage="entry"></career-ladder>`);
        const mid = rungs(el)[2]!;
        window.scrollBy(0, mid.getBoundingClientRect().top - 192);
        const before = mid.getBoundingClientRect().top;
        buttons(el)[2]!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.stage).to.equal('mid');
        expect(mid.getBoundingClientRect().top).to.be.within(before - 1, before + 1);
      } finally {
        window.scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('scrolls a sideways row to the stage selected by attribute, not the page', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await ladder(html`<career-ladder orientation="horizontal"></career-ladder>`);
        const row = el.shadowRoot!.querySelector<HTMLElement>('.rungs')!;
        expect(row.scrollWidth, 'the row scrolls').to.be.greaterThan(row.clientWidth);
        el.stage = 'executive';
        await el.updateComplete;
        const [box, last] = [row.getBoundingClientRect(), rungs(el).at(-1)!.getBoundingClientRect()];
        expect(last.left).to.be.at.least(box.left - 1);
        expect(last.right).to.be.at.most(box.right + 1);
        expect(scrollX).to.equal(0);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('opens a stage of a horizontal ladder below the whole row', async () => {
      const el = await ladder(html`<career-ladder orientation="horizontal" stage="entry"></career-ladder>`);
      const bottoms = rungs(el).map((r) => r.getBoundingClientRect().bottom);
      expect(detail(el)!.getBoundingClientRect().top).to.be.at.least(Math.max(...bottoms));
    });

    it('brings the detail of a stage opened at 320 px into view, keeping focus on the rung', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await ladder();
        window.scrollTo(0, 0);
        buttons(el)[1]!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(detail(el)!.getBoundingClientRect().top).to.be.below(innerHeight);
        expect(textOf(focused(el))).to.equal(textOf(buttons(el)[1]));
        // Closed again, then a stage near the foot of the window: its rung scrolls to the top, its detail under it.
        await sendKeys({ press: 'Enter' });
        window.scrollTo(0, 0);
        buttons(el)[3]!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const rung = rungs(el)[3]!.getBoundingClientRect();
        expect(rung.top, 'the rung at the top').to.be.within(-1, 1);
        expect(detail(el)!.getBoundingClientRect().top).to.be.below(innerHeight);
        expect(textOf(focused(el))).to.equal(textOf(buttons(el)[3]));
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('on a phone held sideways (844 × 390), a stage opened shows its detail, though the row of rungs is taller than the window', async () => {
      await setViewport({ width: 844, height: 390 });
      try {
        const el = await ladder();
        const row = el.shadowRoot!.querySelector('.rungs')!.getBoundingClientRect();
        expect(row.height, 'the row of rungs is taller than 70 % of the window').to.be.above(
          innerHeight * 0.7,
        );
        window.scrollTo(0, 0);
        buttons(el)[2]!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const top = detail(el)!.getBoundingClientRect().top;
        expect(top, 'the start of the detail in the upper part of the window').to.be.within(
          -1,
          innerHeight * 0.7,
        );
        expect(textOf(focused(el))).to.equal(textOf(buttons(el)[2]));
      } finally {
        scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });

    it("keeps a tapped rung in place in an app's scrolling pane, with no scroll anchoring to do it", async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const pane =
          await fixture<HTMLElement>(html`<main style="height: 600px; overflow: auto; overflow-anchor: none">
          <career-ladder stage="foundation"></career-ladder>
          <div style="height: 2000px"></div>
        </main>`);
        const el = await settled(pane.querySelector('career-ladder')!);
        const rung = rungs(el)[2]!;
        pane.scrollTop += rung.getBoundingClientRect().top - 100;
        const before = rung.getBoundingClientRect().top;
        buttons(el)[2]!.click();
        await el.updateComplete;
        expect(el.stage).to.equal('mid');
        expect(rung.getBoundingClientRect().top - before, 'the rung moved by').to.be.within(-1, 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps a tapped rung in place on a page whose body has overflow set (the window scrolls, not the body)', async () => {
      await setViewport({ width: 320, height: 640 });
      const root = document.documentElement.style;
      const body = document.body.style;
      // A common template: html and body 100 % high, the body clipping sideways; no scroll anchoring (Safari).
      root.height = body.height = '100%';
      body.overflowX = 'hidden';
      root.overflowAnchor = 'none';
      try {
        const el = await ladder(html`<career-ladder stage="foundation"></career-ladder>`);
        expect(getComputedStyle(document.body).overflowY, "the body's overflow").to.equal('auto');
        const rung = rungs(el)[2]!;
        scrollBy(0, rung.getBoundingClientRect().top - 100);
        const before = rung.getBoundingClientRect().top;
        buttons(el)[2]!.click();
        await el.updateComplete;
        expect(rung.getBoundingClientRect().top - before, 'the rung moved by').to.be.within(-1, 1);
      } finally {
        root.height = body.height = body.overflowX = root.overflowAnchor = '';
        scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });

    it("scrolls a stage opened near the foot of the window to the top once, also with the page's smooth scrolling", async () => {
      await setViewport({ width: 1280, height: 700 });
      document.documentElement.style.scrollBehavior = 'smooth';
      document.body.style.paddingBlockEnd = '2000px';
      try {
        // The ladder low in the window, under the start of an article.
        const page = await fixture<HTMLElement>(html`<div>
          <div style="height: 500px"></div>
          <career-ladder orientation="horizontal"></career-ladder>
        </div>`);
        const el = await settled(page.querySelector('career-ladder')!);
        expect(rungs(el)[1]!.getBoundingClientRect().top).to.be.above(innerHeight * 0.7);
        buttons(el)[1]!.click();
        await el.updateComplete;
        // Until the smooth scroll has come to rest.
        for (let last = -1; last !== scrollY; ) {
          last = scrollY;
          await new Promise((r) => setTimeout(r, 150));
        }
        expect(rungs(el)[1]!.getBoundingClientRect().top, 'the rung at the top').to.be.within(-1, 1);
      } finally {
        document.documentElement.style.scrollBehavior = '';
        document.body.style.paddingBlockEnd = '';
        scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows a stage selected by code whole in its row of rungs, also in a card scaled down by the page', async () => {
      const card =
        await fixture<HTMLElement>(html`<div style="transform: scale(0.8); transform-origin: 0 0; width: 520px">
        <career-ladder orientation="horizontal"></career-ladder>
      </div>`);
      const el = await settled(card.querySelector('career-ladder')!);
      el.stage = 'executive';
      await el.updateComplete;
      const row = el.shadowRoot!.querySelector('.rungs')!.getBoundingClientRect();
      const last = rungs(el).at(-1)!.getBoundingClientRect();
      expect(row.width, 'a row narrower than its rungs').to.be.below(rungs(el).length * last.width);
      expect(last.right, 'its right edge in the row').to.be.at.most(row.right + 1);
      expect(last.left, 'its left edge in the row').to.be.at.least(row.left - 1);
    });

    it('selects with Enter and Space and keeps focus on the rung', async () => {
      const el = await ladder();
      const events = recordEvents(el, 'career-stage-change');
      buttons(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.stage).to.equal(stagesByOrder[1]!.id);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.stage).to.equal(stagesByOrder[2]!.id);
      expect(focused(el)).to.equal(buttons(el)[2]);
      expect(events.details.map((d) => d.stage)).to.deep.equal([stagesByOrder[1]!.id, stagesByOrder[2]!.id]);
    });

    it('keeps the tab stop on a rung the reader closes, so that Tab leaves the ladder', async () => {
      const el = await ladder(html`<career-ladder current="entry"></career-ladder>`);
      const last = buttons(el).length - 1;
      buttons(el)[1]!.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.stage).to.equal(null);
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal(
        buttons(el).map((_, i) => (i === last ? 0 : -1)),
      );
      expect(textOf(focused(el))).to.equal(textOf(buttons(el)[last]));
    });

    it('puts the tab stop on the selected stage', async () => {
      const el = await ladder(html`<career-ladder stage="senior"></career-ladder>`);
      const index = stagesByOrder.findIndex((s) => s.id === 'senior');
      expect(buttons(el)[index]!.tabIndex).to.equal(0);
    });

    it('puts the tab stop on the current stage of data that arrives later', async () => {
      const el = await fixture<CareerLadder>(
        html`<career-ladder current="master" src="/test/fixtures/small-dataset.json"></career-ladder>`,
      );
      await until(el, () => buttons(el).length === 3);
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0]);
    });
  });

  describe('data sources', () => {
    it('uses the bundled default without data, src or provider', async () => {
      const el = await ladder();
      expect(textOf(el.shadowRoot)).to.contain(defaultDataset.name);
    });

    it('uses the data property first', async () => {
      const small = await loadSmallDataset();
      const el = await ladder(html`<career-ladder .data=${small} src="/nope.json"></career-ladder>`);
      expect(textOf(el.shadowRoot)).to.contain(small.name);
      expect(rungs(el)).to.have.length(small.stages.length);
    });

    it('fetches src, showing a loading state meanwhile', async () => {
      const el = await fixture<CareerLadder>(html`<career-ladder src=${SMALL_DATASET_URL}></career-ladder>`);
      expect(el.shadowRoot!.querySelector('[part~="loading"]')?.getAttribute('role')).to.equal('status');
      await until(el, () => rungs(el).length > 0);
      expect(textOf(el.shadowRoot)).to.contain('Example Guild');
    });

    it('aborts a fetch when src changes, showing only the newer source', async () => {
      const errors = spyConsole('error');
      try {
        const el = await fixture<CareerLadder>(
          html`<career-ladder src="/__slow/broken.json"></career-ladder>`,
        );
        el.src = SMALL_DATASET_URL;
        await until(el, () => rungs(el).length > 0);
        await new Promise((r) => setTimeout(r, 1000));
        await el.updateComplete;
        expect(textOf(el.shadowRoot)).to.contain('Example Guild');
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });

    it('starts again after leaving the page during a fetch', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('career-ladder');
      el.src = SMALL_DATASET_URL;
      parent.append(el);
      el.remove();
      parent.append(el);
      await until(el, () => rungs(el).length > 0);
      expect(textOf(el.shadowRoot)).to.contain('Example Guild');
    });

    it('shows an error panel for a failed fetch', async () => {
      const errors = spyConsole('error');
      try {
        const el = await fixture<CareerLadder>(
          html`<career-ladder src="/test/fixtures/missing.json"></career-ladder>`,
        );
        await until(el, () => !!el.shadowRoot!.querySelector('[part~="error"]'));
        expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain('404');
        expect(errors.calls).to.have.length(1);
      } finally {
        errors.restore();
      }
    });

    it('shows the provider data inside a provider', async () => {
      const small = await loadSmallDataset();
      const provider = await fixture<CareerProvider>(
        html`<career-provider .data=${small}><career-ladder></career-ladder></career-provider>`,
      );
      const el = provider.querySelector('career-ladder')!;
      await until(el, () => textOf(el.shadowRoot).includes('Example Guild'));
      expect(rungs(el)).to.have.length(small.stages.length);
    });
  });

  describe('linked through <career-provider>', () => {
    async function linked() {
      const provider = await fixture<CareerProvider>(html`<career-provider>
        <career-ladder id="a"></career-ladder>
        <career-ladder id="b" compact></career-ladder>
      </career-provider>`);
      const [a, b] = [...provider.querySelectorAll('career-ladder')] as [CareerLadder, CareerLadder];
      await a.updateComplete;
      await b.updateComplete;
      return { provider, a, b };
    }

    it('selects a stage in every linked widget and fires one event from the one used', async () => {
      const { provider, a, b } = await linked();
      const events: { target: EventTarget | null; stage: string | null }[] = [];
      provider.addEventListener('career-stage-change', (e) =>
        events.push({ target: e.target, stage: e.detail.stage }),
      );
      buttons(b)[3]!.click();
      await until(a, () => a.stage === stagesByOrder[3]!.id);
      expect(provider.stage).to.equal(stagesByOrder[3]!.id);
      expect(textOf(detail(a))).to.contain(stagesByOrder[3]!.name);
      expect(events).to.deep.equal([{ target: b, stage: stagesByOrder[3]!.id }]);
    });

    it('keeps the own data of a linked widget when the stage changes: no new fetch, no new error', async () => {
      const errors = spyConsole('error');
      const reported = recordEvents(document, 'career-error');
      const requested: string[] = [];
      const fetch = window.fetch;
      window.fetch = (input, init) => {
        requested.push(String(input));
        return fetch(input, init);
      };
      try {
        const provider = await fixture<CareerProvider>(html`<career-provider>
          <career-ladder id="a"></career-ladder>
          <career-ladder id="own" src="/data/it-project-manager.json"></career-ladder>
          <career-ladder id="bad" .data=${{ schemaVersion: 1 }}></career-ladder>
        </career-provider>`);
        const [a, own, bad] = ['#a', '#own', '#bad'].map((s) => provider.querySelector<CareerLadder>(s)!);
        await settled(own!);
        await settled(bad!);
        expect([requested.length, reported.details.length, errors.calls.length]).to.deep.equal([1, 1, 1]);
        for (const i of [1, 2, 3]) {
          buttons(a!)[i]!.click();
          await until(own!, () => own!.stage === stagesByOrder[i]!.id);
          expect(isLoading(own!), 'the ladder with its own src shows no loading notice').to.equal(false);
          await bad!.updateComplete;
        }
        expect([requested.length, reported.details.length, errors.calls.length]).to.deep.equal([1, 1, 1]);
      } finally {
        window.fetch = fetch;
        errors.restore();
        reported.stop();
      }
    });

    it('follows the provider stage set by code, without events', async () => {
      const { provider, a, b } = await linked();
      const events = recordEvents(provider, 'career-stage-change');
      provider.stage = 'mid';
      await until(a, () => a.stage === 'mid' && b.stage === 'mid');
      expect(events.details).to.deep.equal([]);
    });

    it('links a stage set by code on one widget', async () => {
      const { a, b } = await linked();
      a.stage = 'entry';
      await until(b, () => b.stage === 'entry');
    });

    it('works when the widgets upgrade before the provider', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = document.createElement('career-provider-late');
      const inner = document.createElement('career-ladder');
      provider.append(inner);
      host.append(provider);
      await inner.updateComplete;
      const small = await loadSmallDataset();
      class LateProvider extends (customElements.get('career-provider') as typeof CareerProvider) {}
      customElements.define('career-provider-late', LateProvider);
      (provider as CareerProvider).data = small;
      await until(inner, () => textOf(inner.shadowRoot).includes('Example Guild'));
    });

    it('links to the nearest of two providers that upgrade after it, whichever upgrades first', async () => {
      const Provider = customElements.get('career-provider') as typeof CareerProvider;
      const small = await loadSmallDataset();
      const data = { outer: small, inner: { ...small, name: 'Inner Guild' } };
      for (const [first, second] of [
        ['outer', 'inner'],
        ['inner', 'outer'],
      ] as const) {
        const names = { outer: `career-provider-outer-${first}`, inner: `career-provider-inner-${first}` };
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const outer = document.createElement(names.outer) as CareerProvider;
        const inner = document.createElement(names.inner) as CareerProvider;
        const widget = document.createElement('career-ladder');
        inner.append(widget);
        outer.append(inner);
        host.append(outer);
        await widget.updateComplete;
        const shows = (name: string) => until(widget, () => textOf(widget.shadowRoot).includes(name));
        customElements.define(names[first], class extends Provider {});
        if (first === 'outer') {
          outer.data = data.outer;
          await shows('Example Guild');
        }
        customElements.define(names[second], class extends Provider {});
        outer.data = data.outer;
        inner.data = data.inner;
        await shows('Inner Guild');
        // Linked to the inner provider: a stage it selects reaches the widget.
        inner.stage = 'journeyman';
        await until(widget, () => widget.stage === 'journeyman');
      }
    });
  });

  describe('bad input', () => {
    it('shows the JSON path of invalid data in an alert, fires career-error and logs once', async () => {
      const errors = spyConsole('error');
      try {
        const data = clone(defaultDataset) as unknown as { stages: { years: { min: unknown } }[] };
        data.stages[2]!.years.min = 'four';
        const received = recordEvents(document, 'career-error');
        const el = await ladder(
          html`<career-ladder .data=${data as unknown as DatasetInput}></career-ladder>`,
        );
        await el.updateComplete;
        received.stop();
        const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(textOf(panel)).to.contain('stages[2].years.min: expected a number');
        expect(received.details).to.have.length(1);
        expect(received.details[0]!.errors[0]).to.deep.include({ path: 'stages[2].years.min' });
        expect(errors.calls).to.have.length(1);
        expect(String(errors.calls[0]![0])).to.contain('stages[2].years.min');
      } finally {
        errors.restore();
      }
    });

    it('lists five problems in the panel and counts the rest, one as "1 more problem"', async () => {
      const errors = spyConsole('error');
      try {
        for (const [count, rest] of [
          [6, '…and 1 more problem.'],
          [7, '…and 2 more problems.'],
        ] as const) {
          const data = clone(defaultDataset) as unknown as { titles: { name: unknown }[] };
          for (const title of data.titles.slice(0, count)) title.name = 42;
          const el = await ladder(
            html`<career-ladder .data=${data as unknown as DatasetInput}></career-ladder>`,
          );
          const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
          expect(panel.querySelectorAll('li')).to.have.length(5);
          expect(textOf(panel)).to.contain(rest);
        }
      } finally {
        errors.restore();
      }
    });

    it('checks bad data again when it is set again after being fixed in place', async () => {
      const errors = spyConsole('error');
      try {
        const data = clone(defaultDataset) as unknown as { stages: { years: { min: unknown } }[] };
        data.stages[2]!.years.min = 'four';
        const el = await ladder(html`<career-ladder .data=${data}></career-ladder>`);
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
        data.stages[2]!.years.min = 4;
        el.data = null;
        await el.updateComplete;
        el.data = data as unknown as DatasetInput;
        await settled(el);
        expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.equal('');
        expect(buttons(el)).to.have.length(stagesByOrder.length);
      } finally {
        errors.restore();
      }
    });

    it('never throws into the page for non-object data', async () => {
      const errors = spyConsole('error');
      try {
        for (const bad of [42, 'x', [], true]) {
          const el = await ladder(
            html`<career-ladder .data=${bad as unknown as DatasetInput}></career-ladder>`,
          );
          expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
        }
      } finally {
        errors.restore();
      }
    });

    it('treats an unknown stage as no selection and warns once', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await ladder(html`<career-ladder stage="astronaut"></career-ladder>`);
        el.current = 'entry';
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(detail(el)).to.equal(null);
        expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0]![0])).to.contain('astronaut');
      } finally {
        warnings.restore();
      }
    });

    it('defining the element twice warns once and does not throw', async () => {
      const warnings = spyConsole('warn');
      try {
        class Other extends LitElement {}
        expect(() => define('career-ladder', Other)).not.to.throw();
        expect(() => define('career-ladder', Other)).not.to.throw();
        expect(warnings.calls).to.have.length(1);
        // The version of package.json (src/shared/version.ts is kept equal to it).
        const { version } = await (await fetch('/package.json')).json();
        expect(String(warnings.calls[0]![0])).to.contain('career-ladder').and.to.contain(` ${version}`);
        // The unregistered copy still has its properties on its prototype, where @lit/react looks for them.
        class Copy extends LitElement {
          static override properties = { data: { attribute: false } };
        }
        define('career-ladder', Copy);
        expect(Object.hasOwn(Copy.prototype, 'data')).to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  });
});
