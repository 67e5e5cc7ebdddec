/**
 * Phones and touch screens: a pointer that does not hover leaves no hover style behind, a list taller than a short
 * window hands the scroll on to the page, held headers give way where they would leave no room (a phone at 200 %
 * zoom is 195 px wide), and a phone held sideways (390 px high) still shows several rows of the matrix.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/all.js';
import { settled } from './helpers.js';

async function widget<T extends LitElement>(template: ReturnType<typeof html>): Promise<T> {
  return settled(await fixture<T>(template));
}

/** The element of `el`'s shadow tree drawn at the centre of `target`: `target` itself unless something covers it. */
function drawnAtCentre(el: LitElement, target: Element): Element | null {
  const box = target.getBoundingClientRect();
  return el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
}

/** Moves the pointer over the middle of `target`. */
async function pointAt(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

afterEach(async () => {
  await sendMouse({ type: 'move', position: [0, 0] });
  await setViewport({ width: 800, height: 600 });
  scrollTo(0, 0);
});

describe('on touch screens', () => {
  // Headless Chromium has no pointer that hovers (`(hover: none)`, as a phone), and the mouse the runner moves still
  // makes `:hover` match, as a finger that tapped leaves it: the hover tests below rely on both.
  before(() => expect(matchMedia('(hover: none)').matches, '(hover: none)').to.equal(true));

  it('a stage button under a finger that tapped it keeps its plain border (a stage tapped off looked half selected)', async () => {
    const el = await widget(html`<career-skills-matrix></career-skills-matrix>`);
    await frames();
    const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stage-button')[2]!;
    const plain = getComputedStyle(button).borderBlockStartColor;
    await pointAt(button);
    expect(button.matches(':hover'), 'the pointer is over it').to.equal(true);
    expect(getComputedStyle(button).borderBlockStartColor).to.equal(plain);
  });

  it('an option of the title explorer under a finger keeps its plain background', async () => {
    const el = await widget(html`<career-title-explorer></career-title-explorer>`);
    const option = el.shadowRoot!.querySelectorAll('.option')[1]!;
    const plain = getComputedStyle(option).backgroundColor;
    await pointAt(option);
    expect(option.matches(':hover'), 'the pointer is over it').to.equal(true);
    expect(getComputedStyle(option).backgroundColor).to.equal(plain);
  });

  it("the explorer's list, scrolled to its end, hands the scroll on to the page (390 × 640)", async () => {
    await setViewport({ width: 390, height: 640 });
    const el = await widget(html`<career-title-explorer></career-title-explorer>`);
    const list = el.shadowRoot!.querySelector<HTMLElement>('.listbox')!;
    expect(list.getBoundingClientRect().height, 'at most 70 % of the window').to.be.at.most(640 * 0.7 + 1);
    // Page room to scroll below the list, as an article under the widget gives.
    document.body.style.paddingBlockEnd = '2000px';
    try {
      list.scrollIntoView({ block: 'start' });
      list.scrollTop = list.scrollHeight;
      await frames();
      const before = scrollY;
      const box = list.getBoundingClientRect();
      await executeServerCommand('wheel', {
        x: Math.round(box.x + box.width / 2),
        y: Math.round(box.y + box.height / 2),
        deltaY: 300,
      });
      await frames();
      expect(scrollY - before, 'the page scrolled').to.be.greaterThan(100);
    } finally {
      document.body.style.paddingBlockEnd = '';
      scrollTo(0, 0);
    }
  });

  it('a phone at 200 % zoom (195 px): a rating that takes focus in the matrix is not under the skill names', async () => {
    await setViewport({ width: 195, height: 422 });
    const el = await widget(html`<career-skills-matrix assess></career-skills-matrix>`);
    const select = el.shadowRoot!.querySelector('.rating select')!;
    (select as HTMLElement).focus();
    await frames();
    expect(drawnAtCentre(el, select)).to.equal(select);
  });

  it('a phone at 200 % zoom (195 px): a column of the comparison swiped into view is not under the row headers', async () => {
    await setViewport({ width: 195, height: 422 });
    const el = await widget(
      html`<career-certification-picker mode="compare" selected="pmp,prince2,csm"></career-certification-picker>`,
    );
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    for (const remove of el.shadowRoot!.querySelectorAll<HTMLElement>('.remove')) {
      // The table swiped until the column starts at the box's start edge, then its Remove button tapped.
      scroller.scrollLeft = remove.closest('td')!.offsetLeft;
      scrollBy(0, remove.getBoundingClientRect().top - innerHeight / 2);
      await frames();
      expect(drawnAtCentre(el, remove)?.closest('.remove'), remove.textContent!.trim()).to.equal(remove);
    }
  });

  it('a phone held sideways (844 × 390): the matrix box shows at least 4 skills under its header row', async () => {
    await setViewport({ width: 844, height: 390 });
    const el = await widget(
      html`<career-skills-matrix assess target="mid" stage="entry"></career-skills-matrix>`,
    );
    const scroller = el.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
    const header = el.shadowRoot!.querySelector('thead')!.getBoundingClientRect();
    const shown = [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].filter((th) => {
      const box = th.getBoundingClientRect();
      return box.top >= header.bottom - 1 && box.bottom <= scroller.bottom + 1;
    });
    expect(shown.length).to.be.at.least(4);
  });
});
