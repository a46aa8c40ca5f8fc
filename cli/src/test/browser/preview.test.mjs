// 'decklint preview' in Chromium: the page comes with a Content-Security-Policy, reloads when the deck is saved,
// and stays on the slide that was shown.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, offlinePage, previewInBackground, revealReady, scratch, seeds } from './browser.mjs';

let browser;
let server;
let url;
let deck;

before(async () => {
  browser = await launch();
  deck = join(scratch('preview'), 'deck.md');
  copyFileSync(join(seeds, 'community-call-2024-06-27.md'), deck);
  ({ server, url } = await previewInBackground(deck, '--port', '0'));
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('the preview reloads on save and keeps the current slide', async () => {
  const { page, errors } = await offlinePage(browser, [url]);
  const response = await page.goto(url + '?transition=none');
  assert.match(response.headers()['content-security-policy'], /script-src 'sha256-[^;]*'self'/);
  assert.match(response.headers()['content-security-policy'], /frame-ancestors 'none'/);
  await revealReady(page);
  await page.evaluate(() => Reveal.slide(2, 1));
  const before = await page.evaluate(() => Reveal.getCurrentSlide().textContent);
  assert.match(before, /Work and discussion/);

  // Save the deck as an editor would, with a change on the slide that is shown.
  const reloaded = page.waitForEvent('load', { timeout: 30000 });
  const text = readFileSync(deck, 'utf8');
  writeFileSync(deck, text.replace('Work and discussion of the following', 'Edited: work and discussion of'));
  await reloaded;
  await revealReady(page);
  await page.waitForFunction(() => /Edited: work/.test(Reveal.getCurrentSlide()?.textContent ?? ''), null,
    { timeout: 10000 });
  assert.deepEqual(await page.evaluate(() => [Reveal.getIndices().h, Reveal.getIndices().v]), [2, 1]);
  assert.deepEqual(errors, []);
});
