// Keystroke → squiggle in a real VS Code: code-server on 127.0.0.1 with the built extension, driven by
// headless Chromium, as the end-to-end test does (and with its tools, vscode-client/e2e/tools.mjs). A deck is
// opened; then, SAMPLES times, a known misspelling is typed on a new line, one key at a time, and the time is
// taken from the key that finishes the word (the space after it: until then the word is being typed and its
// squiggle is held back on purpose) until the word's squiggle is on screen. Prints the median and quartiles.
//
//   node bench/vscode/squiggle.mjs            (after building vscode-client/target/decklint-<version>.vsix)
//
// Every process it starts is stopped at the end.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTools } from '../../vscode-client/e2e/tools.mjs';
import { launchBrowser, startCodeServer, stopAll } from '../../vscode-client/e2e/workbench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const client = resolve(here, '..', '..', 'vscode-client');
const { version } = JSON.parse(readFileSync(join(client, 'package.json'), 'utf8'));
const vsix = join(client, 'target', `decklint-${version}.vsix`);
const work = join(here, '..', 'work', 'vscode-squiggle');
const SAMPLES = Number(process.env.SAMPLES ?? 25);
const DECK = '---\ntype: slide\n---\n\n# Typing\n\n* a first line\n';

const median = (values, at = 0.5) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * at)];

async function main() {
  const { codeServer, chromium } = loadTools();
  rmSync(work, { recursive: true, force: true });
  const workspace = join(work, 'workspace');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'deck.md'), DECK);
  const port = await startCodeServer({ codeServer, work, workspace, vsix });
  const browser = await launchBrowser(chromium, join(work, 'chromium-profile'));
  try {
    const page = browser.pages()[0] ?? await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'deck.md' }).click();
    await page.locator('.statusbar-item', { hasText: 'decklint' }).locator('.codicon-check').waitFor({ timeout: 90_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    const squiggles = page.locator('.monaco-editor .squiggly-warning');
    const times = [];
    for (let i = 0; i < SAMPLES + 2; i++) {
      await page.keyboard.press('Enter');
      await page.keyboard.type('* our improvments', { delay: 40 });
      const before = await squiggles.count();
      const start = performance.now();
      await page.keyboard.press('Space');
      await page.waitForFunction((n) => document.querySelectorAll('.monaco-editor .squiggly-warning').length > n,
        before, { polling: 'raf' });
      if (i >= 2) times.push(performance.now() - start); // the first two warm the JVM up
      await page.waitForTimeout(300);
    }
    const line = (label, values) => `${label}: median ${median(values).toFixed(0)} ms ` +
      `(quartiles ${median(values, 0.25).toFixed(0)}–${median(values, 0.75).toFixed(0)} ms, n = ${values.length})`;
    console.log(line('space after a misspelt word → its squiggle on screen', times));
    console.log(`machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(name, () => process.exit(1));
try {
  await main();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
