// Math, diagrams and highlighted code, drawn in Chromium by the libraries the rendered page carries, as
// HedgeDoc's page draws them; offline, as 'decklint render' writes the page and as 'decklint preview' serves it.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decklint, decks, launch, offlinePage, revealReady, scratch, startPreview } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens a page, waits until reveal.js runs and everything is drawn, and notes what the policy refused. */
async function open(url, allowedOrigins = []) {
  const opened = await offlinePage(browser, allowedOrigins);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await opened.page.goto(url + '?transition=none');
  await revealReady(opened.page);
  await opened.page.evaluate(() => window.decklintReady);
  return opened;
}

/** What the page shows of each kind, read from the DOM. */
function drawn(page) {
  return page.evaluate(() => {
    const svgIn = (kind) => [...document.querySelectorAll(`pre.${kind}`)]
      .map((pre) => pre.querySelector(':scope > svg')?.childElementCount ?? 0);
    const code = [...document.querySelectorAll('pre > code.hljs')].map((c) => ({
      classes: c.className,
      numbers: [...c.querySelectorAll('.gutter.linenumber > span')].map((s) => s.getAttribute('data-linenumber')),
      highlighted: c.querySelectorAll('[class^="hljs-"]').length,
      whiteSpace: getComputedStyle(c).whiteSpace,
    }));
    return {
      inline: document.querySelectorAll('span.mathjax > mjx-container[jax="SVG"]:not([display]) > svg').length,
      display: document.querySelectorAll('span.mathjax > mjx-container[jax="SVG"][display="true"] > svg').length,
      leftRaw: document.querySelectorAll('.raw').length,
      prices: [...document.querySelectorAll('p')].some((p) => p.textContent.includes('prices $5 and $10 stay text')),
      mermaid: svgIn('mermaid'),
      graphviz: svgIn('graphviz'),
      sequence: svgIn('sequence-diagram'),
      flow: svgIn('flow-chart'),
      abc: svgIn('abc'),
      code,
      warnings: [...document.querySelectorAll('pre > .alert.alert-warning')].map((a) => a.textContent),
      violations: window.__violations,
    };
  });
}

test('a rendered page typesets math, draws each kind of diagram and highlights code, offline', async () => {
  const html = join(scratch('drawn'), 'drawn.html');
  decklint('render', join(decks, 'drawn.md'), '-o', html);
  const { page, errors, refused } = await open('file://' + html);
  const seen = await drawn(page);
  assert.equal(seen.inline, 2, 'two inline formulas typeset as MathJax SVG');
  assert.equal(seen.display, 1, 'one displayed formula');
  assert.ok(seen.prices, 'dollar amounts stay text');
  assert.equal(seen.leftRaw, 0, 'everything waiting to be drawn was drawn');
  for (const kind of ['mermaid', 'graphviz', 'sequence', 'flow', 'abc']) {
    assert.equal(seen[kind].length, 1, `one ${kind} diagram`);
    assert.ok(seen[kind][0] > 0, `the ${kind} diagram is an <svg> with content`);
  }
  const [python, js, bash] = seen.code;
  assert.deepEqual(python.numbers, ['1', '2']);
  assert.ok(python.highlighted >= 3, 'python is highlighted');
  assert.deepEqual(js.numbers, ['10']);
  assert.ok(js.highlighted >= 1, 'js is highlighted');
  assert.equal(bash.classes, 'wrap bash hljs');
  assert.equal(bash.whiteSpace, 'pre-wrap', '"!" wraps long lines');
  assert.equal(seen.warnings.length, 2, 'each broken diagram shows a warning');
  assert.match(seen.warnings[0], /Parse error/);
  assert.match(seen.warnings[1], /syntax error/);
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(refused, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page without math or diagrams loads no library and is ready at once', async () => {
  const html = join(scratch('plain'), 'plain.html');
  decklint('render', join(decks, 'hostile.md'), '-o', html);
  assert.ok(!readFileSync(html, 'utf8').includes('pagelibs'), 'no page library in the page');
  const { page } = await open('file://' + html);
  assert.equal(await page.evaluate(() => window.decklintReady instanceof Promise), true);
  await page.close();
});

test('a page with --assets loads the libraries from its folder', async () => {
  const out = scratch('drawn-assets');
  const html = join(out, 'drawn.html');
  decklint('render', join(decks, 'drawn.md'), '-o', html, '--assets', join(out, 'deck_files'));
  assert.match(readFileSync(html, 'utf8'), /src="\.\/deck_files\/pagelibs\/mermaid\/dist\/mermaid\.min\.js"/);
  const { page, errors, refused } = await open('file://' + html);
  const seen = await drawn(page);
  assert.equal(seen.mermaid[0] > 0 && seen.abc[0] > 0 && seen.display === 1, true);
  assert.deepEqual([seen.violations, refused, errors], [[], [], []]);
  await page.close();
});

test('the preview serves the libraries and draws the same', async () => {
  const deck = join(scratch('drawn-preview'), 'drawn.md');
  copyFileSync(join(decks, 'drawn.md'), deck);
  const preview = await startPreview(deck);
  try {
    const { page, errors, refused } = await open(preview.url, [preview.url]);
    const seen = await drawn(page);
    assert.equal(seen.inline, 2);
    assert.ok(seen.mermaid[0] > 0 && seen.graphviz[0] > 0 && seen.sequence[0] > 0 && seen.flow[0] > 0);
    assert.deepEqual(seen.code[0].numbers, ['1', '2']);
    assert.deepEqual([seen.violations, refused, errors], [[], [], []]);
    await page.close();
  } finally {
    preview.stop();
  }
});

test('slides swapped in place, as the VS Code preview does on an edit, are drawn on request', async () => {
  const html = join(scratch('drawn-swap'), 'drawn.html');
  decklint('render', join(decks, 'drawn.md'), '-o', html);
  const text = readFileSync(html, 'utf8');
  const start = text.indexOf('<div class="slides">\n') + '<div class="slides">\n'.length;
  const edited = text.slice(start, text.indexOf('</div>\n</div>\n<script', start)).replace('A[Write]', 'A[Edited]');
  const { page, errors } = await open('file://' + html);
  await page.evaluate((slidesHtml) => {
    const fresh = document.createElement('template');
    fresh.innerHTML = slidesHtml;
    document.querySelector('.reveal .slides').replaceChildren(fresh.content);
    Reveal.sync();
  }, edited);
  assert.equal(await page.evaluate(() => document.querySelectorAll('pre.mermaid > svg').length), 0);
  await page.evaluate(() => window.decklintDraw());
  const seen = await drawn(page);
  assert.equal(seen.mermaid.length, 1);
  assert.match(await page.evaluate(() => document.querySelector('pre.mermaid > svg').textContent), /Edited/);
  assert.equal(seen.inline, 2);
  assert.equal(seen.leftRaw, 0);
  assert.deepEqual(errors, []);
  await page.close();
});
