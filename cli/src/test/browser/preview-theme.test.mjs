// 'decklint preview --theme' in Chromium: the page shows the deck converted to the theme, with the conversion's
// report, reloads with the conversion of what is saved, and the deck on disk is never written.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, offlinePage, revealReady, scratch, seeds, startPreview } from './browser.mjs';

let browser;
let stop;
let url;
let deck;
let output;

before(async () => {
  browser = await launch();
  deck = join(scratch('preview-theme'), 'call.md');
  copyFileSync(join(seeds, 'community-call-2023-11-23.md'), deck);
  ({ url, output, stop } = await startPreview('--theme', 'scs-2024', deck));
});

after(async () => {
  await browser?.close();
  stop?.();
});

test('the deck is shown in the theme with the report, and only what the user saves reaches the file', async () => {
  const original = readFileSync(deck, 'utf8');
  // The report goes to standard error, which may arrive after the address on standard output.
  for (let waited = 0; !output().includes('To apply it') && waited < 10000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.match(output(), /previewing .*call\.md converted to scs-2024 \(nothing is written\) at http/);
  assert.match(output(), /call\.md: would be converted to scs-2024 \(scs-2023, 100% alike before\); 9 edits\./);
  assert.ok(output().includes(`To apply it: decklint convert --theme scs-2024 --in-place ${deck}`), output());

  const { page, errors } = await offlinePage(browser, [url]);
  await page.goto(url + '?transition=none');
  await revealReady(page);
  const title = page.locator('.reveal .slides > section').first();
  assert.match(await title.innerText(), /Community Call 2023-11-23/);
  assert.equal(await title.getAttribute('data-background'), null, 'the 2023 title picture is gone');
  assert.equal(await page.locator('.reveal .slides h1').first().evaluate((h) => getComputedStyle(h).fontSize), '36px');
  const report = page.locator('.decklint-conversion-report');
  assert.match(await report.innerText(), /Preview of the conversion to scs-2024 \(nothing is written\)/);
  assert.match(await report.innerText(), /38:14: info: Removed the title slide's background picture/);
  assert.match(await report.innerText(), /To apply it: decklint convert --theme scs-2024 --in-place /);
  assert.equal(readFileSync(deck, 'utf8'), original, 'the preview wrote to the deck');

  // Save an edit, as an editor would: the page shows its conversion.
  const reloaded = page.waitForEvent('load', { timeout: 30000 });
  const edited = original.replace('# Team IaaS', '# Team IaaS (edited)');
  assert.notEqual(edited, original);
  writeFileSync(deck, edited);
  await reloaded;
  await revealReady(page);
  await page.locator('.reveal .slides section h1', { hasText: 'Team IaaS (edited)' }).waitFor({ state: 'attached' });
  assert.match(await page.locator('.reveal .slides > section').first().innerText(), /Community Call 2023-11-23/);
  await page.locator('.decklint-conversion-report').waitFor();
  assert.equal(readFileSync(deck, 'utf8'), edited, 'the file holds what was saved, not the conversion');
  assert.deepEqual(errors, []);
});
