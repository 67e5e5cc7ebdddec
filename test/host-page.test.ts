/**
 * A widget inside a page's article or wrapper whose text layout it inherits across the shadow boundary: a nowrap
 * wrapper, `word-break: break-all` against long URLs, a centred or uppercase section, a large line height. The
 * widget keeps the page's font but lays its own text out: nothing spills out of it, no word splits, numbers stay
 * centred in their circles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import '../src/all.js';
import { settled, splitWords, widerThan } from './helpers.js';

/** What blog themes and intranet wrappers set on an ancestor, all at once. */
const HOSTILE =
  'white-space: nowrap; word-break: break-all; text-align: center; text-transform: uppercase; ' +
  'text-indent: 3em; line-height: 2.2';

const CASES: { name: string; widget: TemplateResult }[] = [
  {
    name: 'ladder with a stage open',
    widget: html`<career-ladder stage="entry" current="entry"></career-ladder>`,
  },
  { name: 'picker, browse', widget: html`<career-certification-picker></career-certification-picker>` },
  {
    name: 'picker, comparison',
    widget: html`<career-certification-picker mode="compare" selected="pmp,capm"></career-certification-picker>`,
  },
  {
    name: 'skills matrix, assessing',
    widget: html`<career-skills-matrix assess target="mid"></career-skills-matrix>`,
  },
  {
    name: 'title explorer with a title open',
    widget: html`<career-title-explorer selected="scrum-master"></career-title-explorer>`,
  },
];

async function inHostilePage(widget: TemplateResult): Promise<LitElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${HOSTILE}>${widget}</div>`);
  return settled(wrapper.firstElementChild as LitElement);
}

describe('inside a page whose text layout the widget inherits', () => {
  for (const width of [390, 1280]) {
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 800 }));
      after(() => setViewport({ width: 800, height: 600 }));

      for (const { name, widget } of CASES) {
        it(`${name}: lays out its own text, nothing wider than the widget`, async () => {
          const el = await inHostilePage(widget);
          expect(widerThan(el, '.table-scroll, .scroller, .steps, .visually-hidden')).to.equal('');
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
          const style = getComputedStyle(el);
          expect([
            style.whiteSpace,
            style.wordBreak,
            style.textAlign,
            style.textTransform,
            style.textIndent,
          ]).to.deep.equal(['normal', 'normal', 'start', 'none', '0px']);
        });
      }
    });
  }

  it('keeps the numbers centred in their circles under a large line height', async () => {
    const ladder = await inHostilePage(html`<career-ladder></career-ladder>`);
    const picker = await inHostilePage(
      html`<career-certification-picker mode="guide" .answers=${{ years: 2 }}></career-certification-picker>`,
    );
    const circles = [
      ...ladder.shadowRoot!.querySelectorAll('.step'),
      ...picker.shadowRoot!.querySelectorAll('.place-number'),
    ];
    expect(circles.length).to.be.greaterThan(5);
    for (const circle of circles) {
      const digits = document.createRange();
      digits.selectNodeContents(circle);
      const text = digits.getBoundingClientRect();
      const round = circle.getBoundingClientRect();
      const offset = text.top + text.height / 2 - (round.top + round.height / 2);
      expect(Math.abs(offset), circle.textContent ?? '').to.be.below(1.5);
    }
  });
});

describe('on a page that shrinks the root font (html 62.5 %, body 1.6rem: a common blog theme)', () => {
  const root = document.documentElement.style;
  before(() => {
    root.fontSize = '62.5%';
    document.body.style.fontSize = '1.6rem';
  });
  after(async () => {
    root.fontSize = '';
    document.body.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps its controls at least 44 px high (36 px in the matrix) and its checkboxes 20 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    const height = (e: Element) => e.getBoundingClientRect().height;
    const ladder = await settled(await fixture<LitElement>(html`<career-ladder></career-ladder>`));
    const picker = await settled(
      await fixture<LitElement>(
        html`<career-certification-picker mode="guide"></career-certification-picker>`,
      ),
    );
    const explorer = await settled(
      await fixture<LitElement>(html`<career-title-explorer></career-title-explorer>`),
    );
    const matrix = await settled(
      await fixture<LitElement>(html`<career-skills-matrix assess></career-skills-matrix>`),
    );
    const all = (el: LitElement, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
    const low = (list: Element[], least: number) =>
      list.filter((e) => height(e) < least - 0.5).map((e) => `${e.localName}.${e.className}: ${height(e)}`);
    expect(
      low(
        [
          ...all(ladder, '.rung-button'),
          ...all(picker, '.mode, .button, .choice'),
          ...all(explorer, 'select, .option'),
        ],
        44,
      ),
    ).to.deep.equal([]);
    expect(low(all(matrix, 'select, button'), 36)).to.deep.equal([]);
    expect(low(all(picker, 'input[type="checkbox"], input[type="radio"]'), 20)).to.deep.equal([]);
  });

  for (const width of [390, 1280]) {
    it(`splits no more words of the comparison's and the matrix's row headers than a usual page, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const split = async () => {
        const picker = await settled(
          await fixture<LitElement>(
            html`<career-certification-picker mode="compare" selected="pmp,capm,itil"></career-certification-picker>`,
          ),
        );
        const matrix = await settled(
          await fixture<LitElement>(html`<career-skills-matrix></career-skills-matrix>`),
        );
        const headers = [...picker.shadowRoot!.querySelectorAll('tbody th')];
        const names = [...matrix.shadowRoot!.querySelectorAll('tbody th[scope="row"]')];
        expect(headers.length).to.be.greaterThan(5);
        return { headers: headers.flatMap(splitWords), names: names.flatMap(splitWords) };
      };
      const shrunk = await split();
      root.fontSize = '';
      document.body.style.fontSize = '';
      const usual = await split();
      root.fontSize = '62.5%';
      document.body.style.fontSize = '1.6rem';
      expect(shrunk).to.deep.equal(usual);
      expect(usual.headers).to.deep.equal([]);
    });
  }
});

describe('in a box that sizes to its content', () => {
  const TAGS = [
    'career-ladder',
    'career-certification-picker',
    'career-skills-matrix',
    'career-title-explorer',
  ];

  for (const tag of TAGS) {
    it(`<${tag}> is as wide as the narrowest page it is made for, in a flex row and in a dialog with no width`, async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <div style="display: flex"></div>
        <dialog></dialog>
      </div>`);
      const row = page.querySelector('div')!;
      const dialog = page.querySelector('dialog')!;
      row.append(document.createElement(tag));
      dialog.append(document.createElement(tag));
      dialog.showModal();
      try {
        for (const el of [row.firstElementChild, dialog.firstElementChild] as LitElement[]) {
          await settled(el);
          expect(el.getBoundingClientRect().width, el.parentElement!.localName).to.be.at.least(320);
          // Without a width of its own, the heading was split letter by letter.
          expect(
            splitWords(el.shadowRoot!.querySelector('.heading')!),
            el.parentElement!.localName,
          ).to.deep.equal([]);
        }
      } finally {
        dialog.close();
      }
    });
  }
});

describe('in a grid or flex track narrower than 20em', () => {
  it('a widget beside a 240 px sidebar at 400 px narrows with its track: the page does not scroll sideways', async () => {
    await setViewport({ width: 400, height: 700 });
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <div style="display: grid; grid-template-columns: 240px 1fr">
          <nav></nav>
          <career-ladder></career-ladder>
        </div>
        <div style="display: flex">
          <nav style="flex: 0 0 240px"></nav>
          <career-title-explorer style="flex: 1"></career-title-explorer>
        </div>
      </div>`);
      for (const el of page.querySelectorAll<LitElement>('career-ladder, career-title-explorer')) {
        await settled(el);
        expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(400);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(400);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
