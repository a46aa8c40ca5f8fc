import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asRenderedDeck, findSlide, slideAtLine, SlideLocation } from '../src/preview/render';

// Front matter on lines 0-4, slide 0.0 on 5-9, separator on 10-12, a vertical stack 1.0 / 1.1, then 2.0.
const slides: SlideLocation[] = [
  { h: 0, v: 0, startLine: 5, endLine: 9 },
  { h: 1, v: 0, startLine: 13, endLine: 20 },
  { h: 1, v: 1, startLine: 24, endLine: 30 },
  { h: 2, v: 0, startLine: 34, endLine: 34 },
];

describe('slideAtLine', () => {
  it('finds the slide whose lines hold the cursor', () => {
    assert.deepEqual(slideAtLine(slides, 5), slides[0]);
    assert.deepEqual(slideAtLine(slides, 20), slides[1]);
    assert.deepEqual(slideAtLine(slides, 27), slides[2]);
    assert.deepEqual(slideAtLine(slides, 34), slides[3]);
  });

  it('gives a separator line to the slide above it', () => {
    assert.deepEqual(slideAtLine(slides, 11), slides[0]);
    assert.deepEqual(slideAtLine(slides, 22), slides[1]);
  });

  it('gives the front matter to the first slide and lines past the end to the last', () => {
    assert.deepEqual(slideAtLine(slides, 0), slides[0]);
    assert.deepEqual(slideAtLine(slides, 500), slides[3]);
  });

  it('finds nothing in a deck without slides', () => {
    assert.equal(slideAtLine([], 3), undefined);
  });
});

describe('findSlide', () => {
  it('finds a slide by its reveal.js index', () => {
    assert.deepEqual(findSlide(slides, 1, 1), slides[2]);
    assert.equal(findSlide(slides, 1, 2), undefined);
  });
});

describe('asRenderedDeck', () => {
  it('accepts the documented answer of decklint/render', () => {
    const answer = { html: '<section>A</section>', slides: [{ h: 0, v: 0, startLine: 0, endLine: 2 }], extra: 1 };
    assert.deepEqual(asRenderedDeck(answer), { html: '<section>A</section>', slides: [{ h: 0, v: 0, startLine: 0, endLine: 2 }] });
  });

  it('says what is wrong with an answer of another shape', () => {
    assert.throws(() => asRenderedDeck(null), /decklint\/render answered null instead of \{html, slides\}/);
    assert.throws(() => asRenderedDeck({ html: 3, slides: [] }), /without "html" text and a "slides" list/);
    assert.throws(() => asRenderedDeck({ html: null, slides: [] }), /cannot render slides yet; update decklint/);
    assert.throws(() => asRenderedDeck({ slides: [] }), /cannot render slides yet; update decklint/);
    assert.throws(() => asRenderedDeck({ html: '', slides: [{ h: 0, v: 0, startLine: -1, endLine: 2 }] }),
      /slide 0 is .* not \{h, v, startLine, endLine\}/);
    assert.throws(() => asRenderedDeck({ html: '', slides: [{ h: '0', v: 0, startLine: 1, endLine: 2 }] }), /slide 0/);
  });
});
