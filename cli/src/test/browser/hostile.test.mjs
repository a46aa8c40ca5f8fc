// A deck written to attack its viewers, rendered by 'decklint render' and shown in Chromium: nothing in it may
// run. Checked twice: as rendered (sanitised, with the page's Content-Security-Policy), and with that policy
// taken out of the page, so that the sanitiser alone is shown to be enough.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decklint, decks, launch, offlinePage, revealReady, scratch } from './browser.mjs';

let browser;
let html;
before(async () => {
  browser = await launch();
  html = join(scratch('hostile'), 'hostile.html');
  decklint('render', join(decks, 'hostile.md'), '-o', html);
});
after(async () => { await browser?.close(); });

for (const withPolicy of [true, false]) {
  test(`nothing from a hostile deck runs (${withPolicy ? 'as rendered' : 'sanitiser alone, no policy'})`, async () => {
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
      assert.ok(!page.includes('Content-Security-Policy'));
      await context.route(url + '*', (route) => route.fulfill({ contentType: 'text/html', body: page }));
    }
    await page.goto(url + '?transition=none');
    await revealReady(page);
    const total = await page.evaluate(() => Reveal.getTotalSlides());
    for (let i = 0; i < total; i++) {
      await page.evaluate(() => {
        for (const element of Reveal.getCurrentSlide().querySelectorAll('.try, a, button, input, summary')) {
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          element.focus?.();
          element.click();
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
      title: document.title,
    }));
    assert.equal(state.pwned, null, 'a script from the deck ran');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(state.handlers, []);
    assert.equal(state.scripts, 2, 'only reveal.js and its start-up script');
    assert.deepEqual(refused.filter((u) => u.includes('pwned.invalid')), [], '@import was not removed');
    if (withPolicy) assert.deepEqual(state.violations, [], 'the sanitiser left something for the policy to stop');
    assert.match(state.title, /<\/title><script>/, 'the title is text');
    await context.close();
  });
}
