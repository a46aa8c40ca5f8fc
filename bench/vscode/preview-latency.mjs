// How fast the preview keeps up, in a real VS Code (code-server on 127.0.0.1, headless Chromium), with the tools
// the end-to-end test installs (vscode-client/e2e/tools.mjs):
//   edit   -> preview: from the keystroke that ends a word to the word on the preview's slide;
//   cursor -> preview: from the Enter of "Go to Line" to the preview announcing the slide under the cursor.
// The keystrokes are timed in the workbench, the slide announcements in the preview's page (both on the browser's
// clock); a word on the slide is looked for every few milliseconds from here, which also works for a build that
// loads the page anew on every edit. Prints medians, quartiles and the preview delay setting; for a build that
// swaps the slides in place, also where an edit's time goes: until the slides arrive in the preview's page, the
// swap itself, and when the page itself sees the word (without the few milliseconds of looking from here).
//
//   node bench/vscode/preview-latency.mjs [path/to/decklint.vsix] [samples]
// (default: vscode-client/target/decklint-<version>.vsix, 20 samples each). Every process it starts is stopped.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTools } from '../../vscode-client/e2e/tools.mjs';
import { launchBrowser, startCodeServer, stopAll } from '../../vscode-client/e2e/workbench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const client = join(root, 'vscode-client');
const { version } = JSON.parse(readFileSync(join(client, 'package.json'), 'utf8'));
const vsix = resolve(process.argv[2] ?? join(client, 'target', `decklint-${version}.vsix`));
const samples = Number(process.argv[3] ?? 20);
const DECK = 'community-call-2023-11-23.md';
const DELAY_MS = 300; // decklint.preview.delay, the default
const work = join(root, 'bench', 'target', 'vscode-preview');

async function main() {
  const { codeServer, chromium } = loadTools();
  rmSync(work, { recursive: true, force: true });
  const workspace = join(work, 'workspace');
  mkdirSync(workspace, { recursive: true });
  copyFileSync(join(root, 'examples', DECK), join(workspace, DECK));
  // the preview delay is the default, DELAY_MS
  const port = await startCodeServer({ codeServer, work, workspace, vsix });
  const context = await launchBrowser(chromium, join(work, 'chromium-profile'));
  try {
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(60_000);
    await measure(page, port, workspace);
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function measure(page, port, workspace) {
  const lines = readFileSync(join(workspace, DECK), 'utf8').split('\n');
  const lineOf = (text) => lines.findIndex((line) => line.startsWith(text)) + 1;
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DECK }).click();
  await page.locator('.statusbar-item', { hasText: 'decklint' }).locator('.codicon-check').waitFor();
  await goToLine(page, lineOf('# ITZ Bund Tender'));
  await page.keyboard.press('F1');
  await page.keyboard.type('decklint: Open Preview to the Side');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'decklint: Open Preview to the Side' }).first().click();
  const frameElement = page.frameLocator('iframe.webview').first().locator('#active-frame');
  await page.frameLocator('iframe.webview').first().frameLocator('#active-frame')
    .locator('.reveal .slides section.present').first().waitFor();
  /** The preview's page now: a build that loads the page anew on every edit replaces it. */
  const previewPage = async () => (await frameElement.elementHandle()).contentFrame();
  // The workbench notes when each key went down.
  await page.evaluate(() => {
    window.benchKeys = [];
    window.addEventListener('keydown', (event) => window.benchKeys.push({ key: event.key, at: Date.now() }), true);
  });
  /** When the slide on screen first holds `word`, looked at every few milliseconds in whatever page is there. */
  const seen = async (word) => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const text = await previewPage().then((frame) => frame.evaluate(
        () => document.querySelector('.reveal .slides section.present:not(.stack)')?.textContent ?? '')).catch(() => '');
      if (text.includes(word)) return Date.now();
      await new Promise((done) => setTimeout(done, 5));
    }
    throw new Error(`timed out waiting for the preview to show ${word}`);
  };

  // Where an edit's time goes, in the preview's page: when the slides arrive, and when the swap is done.
  await (await previewPage()).evaluate(() => {
    window.benchUpdates = [];
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'update') window.benchUpdates.push({ arrived: Date.now() });
    }, true);
    // Added after the page's own listener, so it runs once the swap is done.
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'update') window.benchUpdates.at(-1).swapped = Date.now();
    });
    // When the word is on the present slide, seen by the page itself rather than by looking every few ms.
    window.benchWatch = {};
    const slides = document.querySelector('.reveal .slides');
    new MutationObserver(() => {
      const text = document.querySelector('.reveal .slides section.present:not(.stack)')?.textContent ?? '';
      if (window.benchWatch.word && window.benchWatch.at === undefined && text.includes(window.benchWatch.word)) {
        window.benchWatch.at = Date.now();
      }
    }).observe(slides, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  });
  const edits = [];
  const arrivals = [];
  const swaps = [];
  const inPage = [];
  await goToLine(page, lineOf('# ITZ Bund Tender'));
  await page.keyboard.press('End');
  for (let i = 1; i <= samples; i++) {
    const word = `Tk${i}x`;
    await (await previewPage()).evaluate((w) => { window.benchWatch = { word: w }; }, word).catch(() => undefined);
    await page.keyboard.type(` ${word}`);
    const shown = await seen(word);
    const typed = await page.evaluate(() => window.benchKeys.at(-1).at);
    edits.push(shown - typed);
    const update = await (await previewPage()).evaluate(() => window.benchUpdates?.at(-1)).catch(() => undefined);
    if (update?.swapped >= typed) {
      arrivals.push(update.arrived - typed);
      swaps.push(update.swapped - update.arrived);
    }
    const onPage = await (await previewPage()).evaluate(() => window.benchWatch?.at).catch(() => undefined);
    if (onPage >= typed) inPage.push(onPage - typed);
    await page.waitForTimeout(300);
  }

  // The preview's page notes each slide it announces.
  await page.waitForTimeout(2000);
  const preview = await previewPage();
  await preview.evaluate(() => {
    window.benchSlides = [];
    window.addEventListener('decklint:slide', (event) => window.benchSlides.push({ h: event.detail.h, at: Date.now() }));
  });
  const follows = [];
  const targets = [lineOf('## Third Community Hackathon'), lineOf('# ITZ Bund Tender') + 2];
  for (let i = 0; i < samples; i++) {
    const before = await preview.evaluate(() => window.benchSlides.length);
    await goToLine(page, targets[i % 2]);
    const entered = await page.evaluate(() => window.benchKeys.findLast((key) => key.key === 'Enter').at);
    await until(() => preview.evaluate((n) => window.benchSlides.length > n, before), 'the preview to follow the cursor', 20_000);
    follows.push(await preview.evaluate((n) => window.benchSlides[n].at, before) - entered);
    await page.waitForTimeout(300);
  }
  console.log(`preview delay setting: ${DELAY_MS} ms; ${samples} samples each; vsix: ${vsix}`);
  report('edit -> preview shows it (ms)', edits, DELAY_MS);
  report('cursor -> preview follows (ms)', follows, 0);
  // Only for a build that swaps the slides in place (a page loaded anew has no listeners of the benchmark's).
  if (arrivals.length > 0) {
    report('  of which edit -> slides arrive in the preview (ms)', arrivals, DELAY_MS);
    report('  of which swapping them in (ms)', swaps, 0);
    report('  edit -> the word on the present slide, seen by the page itself (ms)', inPage, DELAY_MS);
  }
}

async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
}

function report(what, values, delay) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  console.log(`${what}: median ${median}, quartiles ${at(0.25)}–${at(0.75)}, min ${sorted[0]}, max ${sorted.at(-1)}` +
    (delay ? `; after the ${delay} ms delay: median ${median - delay}` : ''));
}

async function until(condition, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(name, () => process.exit(1));
try {
  await main();
} catch (error) {
  console.error(`preview-latency: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
