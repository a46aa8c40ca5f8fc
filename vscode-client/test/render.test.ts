import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asRenderedDeck, findSlide, firstTextLine, slideAtLine, SlideLocation } from '../src/preview/render';

// As the server counts them: slide 0.0 from the front matter on line 0, then each slide from the blank line
// before its separator to the line before the next one; 1.0 and 1.1 form a vertical stack.
const slides: SlideLocation[] = [
  { h: 0, v: 0, startLine: 0, endLine: 9 },
  { h: 1, v: 0, startLine: 10, endLine: 20 },
  { h: 1, v: 1, startLine: 21, endLine: 30 },
  { h: 2, v: 0, startLine: 31, endLine: 34 },
];

describe('slideAtLine', () => {
  it('finds the slide whose lines hold the cursor, front matter and separators included', () => {
    assert.deepEqual(slideAtLine(slides, 0), slides[0]);
    assert.deepEqual(slideAtLine(slides, 9), slides[0]);
    assert.deepEqual(slideAtLine(slides, 10), slides[1]);
    assert.deepEqual(slideAtLine(slides, 20), slides[1]);
    assert.deepEqual(slideAtLine(slides, 27), slides[2]);
    assert.deepEqual(slideAtLine(slides, 34), slides[3]);
  });

  it('finds nothing past the end of an older rendering, or in a deck without slides', () => {
    assert.equal(slideAtLine(slides, 35), undefined);
    assert.equal(slideAtLine([], 3), undefined);
  });
});

describe('firstTextLine', () => {
  const deck = ['---', 'type: slide', '---', '', '# Welcome', '', '----', '', '## Agenda', '', '---', '# Last'];
  const text = (line: number) => deck[line] ?? '';

  it('steps over the blank line, the separator and the blank lines after it', () => {
    assert.equal(firstTextLine({ h: 0, v: 1, startLine: 5, endLine: 9 }, text), 8);
    assert.equal(firstTextLine({ h: 1, v: 0, startLine: 9, endLine: 11 }, text), 11);
  });

  it('starts the first slide at its first line, front matter included', () => {
    assert.equal(firstTextLine({ h: 0, v: 0, startLine: 0, endLine: 4 }, text), 0);
  });

  it('stays within a slide that has no text', () => {
    const empty = ['# A', '', '---', '', '', '---', '# C'];
    assert.equal(firstTextLine({ h: 1, v: 0, startLine: 1, endLine: 3 }, (line) => empty[line] ?? ''), 3);
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

  it('takes the slides without the page only when the preview named the page it shows', () => {
    const slides = [{ h: 0, v: 0, startLine: 0, endLine: 2 }];
    const answer = { html: null, frame: 'F1', sections: '<section>A</section>\n', slides };
    assert.deepEqual(asRenderedDeck(answer, 'F1'), { frame: 'F1', sections: '<section>A</section>\n', slides });
    assert.throws(() => asRenderedDeck(answer), /without "html" text, the page, though the preview does not show it/);
    assert.throws(() => asRenderedDeck(answer, 'F0'), /without "html" text, the page/);
    assert.throws(() => asRenderedDeck({ html: null, frame: 'F1', slides }, 'F1'), /without "html" text, the page/);
  });

  it('says what is wrong with an answer of another shape', () => {
    assert.throws(() => asRenderedDeck(null), /decklint\/render answered null instead of \{html, slides\}/);
    assert.throws(() => asRenderedDeck({ html: 3, slides: [] }), /without "html" text and a "slides" list/);
    assert.throws(() => asRenderedDeck({ html: '', slides: {} }), /without "html" text and a "slides" list/);
    assert.throws(() => asRenderedDeck({ html: '', frame: 7, slides: [] }), /"frame" or "sections" that is not text/);
    assert.throws(() => asRenderedDeck({ html: '', slides: [{ h: 0, v: 0, startLine: -1, endLine: 2 }] }),
      /slide 0 is .* not \{h, v, startLine, endLine\}/);
    assert.throws(() => asRenderedDeck({ html: '', slides: [{ h: '0', v: 0, startLine: 1, endLine: 2 }] }), /slide 0/);
  });
});
