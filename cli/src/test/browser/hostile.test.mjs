// Decks written to attack their viewers, rendered by 'decklint render' and shown in Chromium: nothing in them may
// run. Checked twice: as rendered (sanitised, with the page's Content-Security-Policy), and with that policy
// taken out of the page, so that the sanitiser alone is shown to be enough. hostile-drawn.md carries its attacks
// in formulas and diagrams, for the libraries that draw them.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decklint, decks, launch, offlinePage, revealReady, scratch } from './browser.mjs';

// The page's own scripts: reveal.js and its start-up script, plus draw.js and the libraries the deck uses.
// Mermaid cleans its labels with DOMPurify, which parses them in an inert document; Chromium reports the
// handlers in them as blocked inline script ('script-src-attr'), though nothing there could run. The run
// without the policy is the proof that nothing does.
const DECKS = [
  { deck: 'hostile.md', scripts: 2, reported: [] },
  { deck: 'hostile-drawn.md', scripts: 2 + 1 + 7, reported: ['script-src-attr inline'] },
];

let browser;
const pages = new Map();
before(async () => {
  browser = await launch();
  for (const { deck } of DECKS) {
    const html = join(scratch('hostile'), deck.replace(/\.md$/, '.html'));
    decklint('render', join(decks, deck), '-o', html);
    pages.set(deck, html);
  }
});
after(async () => { await browser?.close(); });

for (const { deck, scripts, reported } of DECKS) for (const withPolicy of [true, false]) {
  test(`nothing from ${deck} runs (${withPolicy ? 'as rendered' : 'sanitiser alone, no policy'})`, async () => {
    const html = pages.get(deck);
    const { context, page, refused } = await offlinePage(browser);
    const dialogs = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation',
        (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const url = 'file://' + html;
    if (!withPolicy) {
      const page = readFileSync(html, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      assert.ok(!/<meta http-equiv="Content-Security-Policy"/.test(page));
      await context.route(url + '*', (route) => route.fulfill({ contentType: 'text/html', body: page }));
    }
    await page.goto(url + '?transition=none');
    await revealReady(page);
    await page.evaluate(() => window.decklintReady);
    const total = await page.evaluate(() => Reveal.getTotalSlides());
    for (let i = 0; i < total; i++) {
      await page.evaluate(() => {
        for (const element of Reveal.getCurrentSlide().querySelectorAll('.try, a, button, input, summary')) {
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          element.focus?.();
          // an <a> in a diagram or formula is an SVG element, which has no click()
          if (element.click) element.click(); else element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }
      });
      await page.waitForTimeout(150);
      await page.evaluate(() => Reveal.next());
    }
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      violations: window.__violations,
      scripts: document.querySelectorAll('script').length,
      handlers: [...document.querySelectorAll('.slides *')]
        .flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      scriptLinks: [...document.querySelectorAll('.slides *')].flatMap((e) => [...e.attributes]
        .filter((a) => /href|src/i.test(a.name) && /^\s*javascript:/i.test(a.value)).map((a) => a.value)),
      title: document.title,
    }));
    assert.equal(state.pwned, null, 'a script from the deck ran');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(state.handlers, []);
    assert.equal(state.scripts, scripts, 'only the page\'s own scripts');
    assert.deepEqual(state.scriptLinks, []);
    assert.deepEqual(refused.filter((u) => u.includes('pwned.invalid')), [], '@import was not removed');
    if (withPolicy) {
      assert.deepEqual(state.violations.filter((v) => !reported.includes(v)), [],
        'the sanitiser left something for the policy to stop');
    }
    if (deck === 'hostile.md') assert.match(state.title, /<\/title><script>/, 'the title is text');
    await context.close();
  });
}
