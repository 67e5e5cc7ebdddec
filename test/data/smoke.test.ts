import { expect } from '@open-wc/testing';
import { formatPath } from '../../src/data/validate.js';

describe('formatPath', () => {
  it('writes array indexes in brackets and keys with dots', () => {
    expect(formatPath(['stages', 2, 'years', 'min'])).to.equal('stages[2].years.min');
  });
});
