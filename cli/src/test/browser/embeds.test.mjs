// HedgeDoc's embeds on a rendered deck in Chromium: the YouTube thumbnail shows when remote pictures load and a
// plain box with a link when they do not; a click puts the player in, never where frames are forbidden, and never
// for a box written by hand with an ID HedgeDoc would refuse. No request leaves the machine: the thumbnail is
// answered by the test itself, and frames' requests are refused and noted.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { decklint, decks, launch, offlinePage, revealReady, scratch } from './browser.mjs';

let browser;
let html;
before(async () => {
  browser = await launch();
  html = join(scratch('embeds'), 'embeds.html');
  decklint('render', join(decks, 'embeds.md'), '-o', html);
});
after(async () => { await browser?.close(); });

const ID = 'dQw4w9WgXcQ';
const THUMBNAIL = `https://img.youtube.com/vi/${ID}/hqdefault.jpg`;

function thumbnail() {
  const png = new PNG({ width: 48, height: 27 });
  png.data.fill(200);
  return PNG.sync.write(png);
}

/** The page, with the thumbnail served by the test when `remotePictures`, and `policy` edited if given. */
async function open({ remotePictures, policy }) {
  const opened = await offlinePage(browser);
  const { context, page } = opened;
  if (remotePictures) {
    await page.route(THUMBNAIL, (route) => route.fulfill({ contentType: 'image/png', body: thumbnail() }));
  }
  const url = 'file://' + html;
  if (policy) {
    const body = readFileSync(html, 'utf8').replace(/frame-src [^;]*;/, policy);
    assert.ok(body.includes(policy));
    await context.route(url + '*', (route) => route.fulfill({ contentType: 'text/html', body }));
  }
  await page.goto(url + '?transition=none');
  await revealReady(page);
  return opened;
}

function box(page, selector = '.youtube.decklint-embed') {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    const image = element.querySelector('img');
    return {
      shown: element.classList.contains('decklint-embed-shown'),
      imageDisplayed: image ? getComputedStyle(image).display !== 'none' : false,
      link: element.querySelector('a')?.textContent ?? null,
      href: element.querySelector('a')?.href ?? null,
      frame: element.querySelector('iframe')?.getAttribute('src') ?? null,
      sandbox: element.querySelector('iframe')?.getAttribute('sandbox') ?? null,
      blocked: element.classList.contains('decklint-embed-blocked'),
      height: element.getBoundingClientRect().height,
    };
  }, selector);
}

test('the YouTube thumbnail shows when remote pictures load, and a click plays the video', async () => {
  const { context, page, refused, errors } = await open({ remotePictures: true });
  await page.waitForFunction(() => document.querySelector('.youtube').classList.contains('decklint-embed-shown'));
  const before = await box(page);
  assert.equal(before.imageDisplayed, true);
  assert.equal(before.frame, null, 'no player before a click');
  assert.equal(before.link, `YouTube video ${ID}`);
  assert.ok(before.height > 100, 'the box has the video\'s shape');
  assert.deepEqual(refused, [], 'nothing but the thumbnail was asked for');
  await page.click('.youtube.decklint-embed', { position: { x: 20, y: 20 } });
  await page.waitForFunction(() => document.querySelector('.youtube iframe'));
  const after = await box(page);
  assert.equal(after.frame, `https://www.youtube.com/embed/${ID}?autoplay=1`);
  assert.equal(after.sandbox, 'allow-scripts allow-same-origin allow-presentation allow-popups');
  assert.deepEqual(errors, []);
  await context.close();
});

test('offline, the box names the video and links to it, with no broken picture', async () => {
  const { context, page, refused, errors } = await open({ remotePictures: false });
  await page.waitForFunction((url) => performance.getEntriesByName(url).length > 0
    || document.querySelector('.youtube img').complete, THUMBNAIL);
  const state = await box(page);
  assert.equal(state.shown, false);
  assert.equal(state.imageDisplayed, false);
  assert.equal(state.link, `YouTube video ${ID}`);
  assert.equal(state.href, `https://www.youtube.com/watch?v=${ID}`);
  assert.ok(refused.includes(THUMBNAIL));
  assert.deepEqual(errors, []);
  await context.close();
});

test('where frames are forbidden (as in VS Code), a click leaves the box and says why', async () => {
  const { context, page, errors } = await open({ remotePictures: false, policy: "frame-src 'none';" });
  await page.click('.youtube.decklint-embed', { position: { x: 20, y: 20 } });
  await page.waitForFunction(() => document.querySelector('.youtube').classList.contains('decklint-embed-blocked'));
  const state = await box(page);
  assert.equal(state.frame, null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the other embeds: boxes and links, a gist or PDF frame only on a click, [TOC] an empty box', async () => {
  const { context, page, errors } = await open({ remotePictures: false });
  await page.evaluate(() => Reveal.slide(1));
  const vimeo = await box(page, '.vimeo');
  assert.equal(vimeo.href, 'https://vimeo.com/123456789');
  const gist = await box(page, '.gist');
  assert.equal(gist.frame, null);
  await page.click('.gist', { position: { x: 10, y: 10 } });
  assert.equal((await box(page, '.gist')).frame, 'https://gist.github.com/octocat/6cad326836d38bd3a7ae.pibb');
  assert.equal((await box(page, '.gist')).sandbox, '');
  await page.click('.pdf', { position: { x: 10, y: 10 } });
  assert.equal((await box(page, '.pdf')).frame, 'https://example.org/paper.pdf');
  const links = await page.evaluate(() => ['.slideshare a', '.speakerdeck a']
    .map((s) => [document.querySelector(s).textContent, document.querySelector(s).href]));
  assert.deepEqual(links, [['Slideshare', 'https://slideshare.com/someone/a-talk'],
    ['Speakerdeck', 'https://speakerdeck.com/someone/another-talk']]);
  assert.equal(await page.evaluate(() => document.querySelector('.toc').innerHTML), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a box written by hand with an ID HedgeDoc refuses frames nothing', async () => {
  const { context, page, errors } = await open({ remotePictures: false });
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.evaluate(() => Reveal.slide(2));
  await page.click('#forged-id');
  await page.click('#forged-pdf');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});
