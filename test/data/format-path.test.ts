import { expect } from '@open-wc/testing';
import { formatError, formatPath } from '../../src/data/validate.js';

describe('formatPath', () => {
  it('writes array indexes in brackets and keys with dots', () => {
    expect(formatPath(['stages', 2, 'years', 'min'])).to.equal('stages[2].years.min');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['titles', 0, 'my key', '__proto__'])).to.equal('titles[0]["my key"].__proto__');
    expect(formatPath(['sections', 1, 'x-y'])).to.equal('sections[1]["x-y"]');
  });

  it('names the document itself (root)', () => {
    expect(formatPath([])).to.equal('(root)');
    expect(formatError({ path: '(root)', message: 'expected an object' })).to.equal(
      '(root): expected an object',
    );
  });
});
