import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedSections } from '../src/preview/sections';

describe('changedSections', () => {
  const sent = ['<section>A</section>', '<section><section>B1</section><section>B2</section></section>', '<section>C</section>'];

  it('puts in only the slides an edit changed', () => {
    const edited = [sent[0], '<section><section>B1</section><section>B2, edited</section></section>', sent[2]];
    assert.deepEqual(changedSections(sent, edited), [1]);
    assert.deepEqual(changedSections(sent, [...sent]), []);
  });

  it('puts in every slide when they cannot be matched one to one', () => {
    assert.equal(changedSections(undefined, sent), undefined);
    assert.equal(changedSections(sent, [...sent, '<section>D</section>']), undefined);
    assert.equal(changedSections(sent, sent.slice(1)), undefined);
  });
});
