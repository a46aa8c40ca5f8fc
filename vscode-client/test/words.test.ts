import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withWord } from '../src/words';

describe('withWord', () => {
  it('adds a word once, sorted ignoring case, to what the user has', () => {
    assert.deepEqual(withWord(['zuul', 'Kamaji'], 'Clouad'), ['Clouad', 'Kamaji', 'zuul']);
    assert.deepEqual(withWord(['Clouad'], 'Clouad'), ['Clouad']);
  });

  it('starts a list when there is none, and drops entries typed wrongly into settings.json', () => {
    assert.deepEqual(withWord(undefined, 'Clouad'), ['Clouad']);
    assert.deepEqual(withWord(['moin', 42], 'Clouad'), ['Clouad', 'moin']);
  });
});
