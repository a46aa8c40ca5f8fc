// The seed decks rendered by 'decklint render' and opened in Chromium: reveal.js must see the slides the
// deck model sees, a vertical slide must be reachable, and the slide must look as the reviewed reference.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { decklint, launch, offlinePage, revealReady, scratch, seeds, references } from './browser.mjs';

let browser;
const rendered = new Map();
before(async () => {
  browser = await launch();
  for (const { deck } of SEED_DECKS) rendered.set(deck, render(deck));
});
after(async () => { await browser?.close(); });

const SEED_DECKS = [
  { deck: 'community-call-2023-11-23.md', shot: { h: 3, v: 1 } },
  { deck: 'community-call-2024-06-27.md', shot: { h: 2, v: 1 } },
];

function render(deck) {
  const out = scratch('render');
  const html = join(out, 'deck.html');
  const map = join(out, 'slides.json');
  decklint('render', join(seeds, deck), '-o', html, '--slide-map', map);
  return { html, slides: JSON.parse(readFileSync(map, 'utf8')) };
}

for (const { deck, shot } of SEED_DECKS) {
  test(`${deck}: reveal.js counts the slides the deck model has`, async () => {
    const { html, slides } = rendered.get(deck);
    const { page, errors } = await offlinePage(browser);
    await page.goto('file://' + html);
    await revealReady(page);
    const seen = await page.evaluate(() => ({
      total: Reveal.getTotalSlides(),
      perColumn: [...document.querySelectorAll('.reveal .slides > section')]
        .map((s) => Math.max(1, s.querySelectorAll(':scope > section').length)),
    }));
    const expected = [];
    for (const slide of slides) expected[slide.h] = Math.max(expected[slide.h] ?? 0, slide.v + 1);
    assert.equal(seen.total, slides.length);
    assert.deepEqual(seen.perColumn, expected);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${deck}: the vertical slide ${shot.h}.${shot.v} looks as reviewed`, async () => {
    const { html, slides } = rendered.get(deck);
    const { page, errors } = await offlinePage(browser);
    // HedgeDoc passes URL query options to reveal.js; no transition makes the screenshot steady.
    await page.goto('file://' + html + '?transition=none&backgroundTransition=none');
    await revealReady(page);
    await page.evaluate(({ h, v }) => Reveal.slide(h, v), shot);
    await page.waitForFunction(({ h, v }) => Reveal.getIndices().h === h && Reveal.getIndices().v === v, shot);
    const line = await page.evaluate(() => Number(Reveal.getCurrentSlide().getAttribute('data-line-start')));
    const expected = slides.find((s) => s.h === shot.h && s.v === shot.v);
    assert.equal(line, expected.startLine, 'the shown slide carries its source line');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const actual = PNG.sync.read(await page.screenshot());
    const name = `${deck.replace(/\.md$/, '')}-${shot.h}-${shot.v}.png`;
    compareWithReference(actual, name);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a page with --assets works from its folder, offline', async () => {
  const out = scratch('assets');
  const html = join(out, 'deck.html');
  decklint('render', join(seeds, 'community-call-2024-06-27.md'), '-o', html, '--assets', join(out, 'deck_files'));
  assert.ok(!readFileSync(html, 'utf8').includes('Hakim El Hattab'), 'reveal.js is linked, not inlined');
  const { page, errors, refused } = await offlinePage(browser);
  await page.goto('file://' + html);
  await revealReady(page);
  assert.equal(await page.evaluate(() => Reveal.getTotalSlides()), 30);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)',
    'the white theme applies');
  assert.deepEqual(errors, []);
  assert.deepEqual(refused.filter((u) => !u.startsWith('https://input.scs.community/')), []);
  await page.close();
});

/** Compares a screenshot with its reviewed reference; UPDATE_REFERENCES=1 writes new references to review. */
function compareWithReference(actual, name) {
  const file = join(references, name);
  if (process.env.UPDATE_REFERENCES === '1') {
    writeFileSync(file, PNG.sync.write(actual));
    return;
  }
  assert.ok(existsSync(file), `no reference ${file}: run with UPDATE_REFERENCES=1, look at it, commit it`);
  const expected = PNG.sync.read(readFileSync(file));
  assert.equal(actual.width, expected.width);
  assert.equal(actual.height, expected.height);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height,
    { threshold: 0.2 });
  const share = different / (actual.width * actual.height);
  if (share > 0.01) {
    const saved = join(scratch('diff'), name);
    writeFileSync(saved, PNG.sync.write(diff));
    assert.fail(`${name}: ${(share * 100).toFixed(2)}% of the pixels differ from the reference (diff: ${saved})`);
  }
}
