import { expect, fixture, html } from '@open-wc/testing';
import '../src/ladder/index.js';
import type { CareerLadder } from '../src/ladder/ladder.js';

/**
 * The runner's element-aware `equal` (test/element-assertions.ts): a failed focus assertion reports both sides in
 * short instead of hanging the run for 120 s while the node is serialized.
 */
describe('equal with DOM nodes', () => {
  it('names both sides when nothing is focused', async () => {
    const el = await fixture<CareerLadder>(html`<career-ladder></career-ladder>`);
    const second = el.shadowRoot!.querySelectorAll('button')[1];
    expect(() => expect(el.shadowRoot!.activeElement).to.equal(second)).to.throw(
      'expected null to be <button.rung-button> "2 Entry-Level PM"',
    );
  });

  it('is identity, negated too, and keeps the message', async () => {
    const el = await fixture<CareerLadder>(html`<career-ladder></career-ladder>`);
    const [first, second] = el.shadowRoot!.querySelectorAll('button');
    expect(first).to.equal(first);
    expect(first).not.to.equal(second);
    expect(() => expect(first, 'the first rung').to.equal(second)).to.throw(
      'the first rung: expected <button.rung-button> "1 Foundation" to be <button.rung-button> "2 Entry-Level PM"',
    );
    expect(() => expect(first).not.to.equal(first)).to.throw('not to be <button.rung-button> "1 Foundation"');
  });

  it('leaves other values to chai', () => {
    expect(() => expect(1).to.equal(2)).to.throw('expected 1 to equal 2');
  });
});
