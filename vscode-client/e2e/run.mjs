// End-to-end test of the extension in a real VS Code: code-server on 127.0.0.1, driven by playwright-core in
// Debian's headless Chromium. It installs the built .vsix, opens a copy of an example deck and checks what a
// user sees: the deck's real problems as squiggles and in the Problems panel, a quick fix from the light bulb
// that changes the text and clears its problem, the preview following the cursor and jumping to a slide's
// source, and "Convert Deck to Theme…" on a second copy, undone in one step. Screenshots go to
// target/e2e/screenshots (and to $DECKLINT_SCREENSHOTS when set).
//
// It fails, never skips, when something it needs is missing. Every process it starts is stopped at the end.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFromNotification, convertPreviewChecks } from './convert-preview.mjs';
import { editorDetails } from './editor-details.mjs';
import { embeddedRuntime } from './embedded-runtime.mjs';
import { previewChecks } from './preview.mjs';
import { spellingChecks } from './spelling.mjs';
import { lightBulbFixes, plainMarkdown, separatorFix, slideNumbers } from './lint-editor.mjs';
import { loadTools } from './tools.mjs';
import { launchBrowser, openDeck, startCodeServer, stopAll, waitFor } from './workbench.mjs';

const client = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(client, 'package.json'), 'utf8'));
const vsix = join(client, 'target', `decklint-${version}.vsix`);
const work = join(client, 'target', 'e2e');
const DECK = 'community-call-2023-11-23.md';
const THEME_FOLDER = 'convert';
const SCREENSHOTS = ['vscode-diagnostics.png', 'vscode-preview.png', 'vscode-themes.png'];
const exampleDeck = join(client, '..', 'examples', DECK);

let currentPage; // for a screenshot of what the user would have seen when a step fails
let passed = 0;
let failed = 0;

async function main() {
  if (!existsSync(vsix)) {
    throw new Error(`${vsix} does not exist; build it first (mvn -B package, or npm run package)`);
  }
  const { codeServer, chromium } = loadTools();

  rmSync(work, { recursive: true, force: true });
  const workspace = join(work, 'workspace');
  const shots = join(work, 'screenshots');
  for (const folder of [workspace, shots]) {
    mkdirSync(folder, { recursive: true });
  }
  const deckFile = join(workspace, DECK);
  copyFileSync(exampleDeck, deckFile);
  const original = readFileSync(deckFile, 'utf8');
  // The theme conversion gets a copy of its own, as the seed has it, under the same name in a folder.
  const themeDeckFile = join(workspace, THEME_FOLDER, DECK);
  mkdirSync(dirname(themeDeckFile));
  copyFileSync(exampleDeck, themeDeckFile);

  const port = await startCodeServer({ codeServer, work, workspace, vsix });
  const context = await launchBrowser(chromium, join(work, 'chromium-profile'));
  try {
    const page = context.pages()[0] ?? await context.newPage();
    currentPage = page;
    page.setDefaultTimeout(30_000);
    await scenario(page, { port, workspace, deckFile, original, shots });
    // What the server decides in the editor: slide numbers, the preferred separator fix, plain Markdown.
    const helpers = { step, focusEditor, goToLine, waitFor, workspace };
    await slideNumbers(page, { ...helpers, deckFile });
    await separatorFix(page, helpers);
    await plainMarkdown(page, { ...helpers, guide: join(client, '..', 'docs', 'vscode.md') });
    await convertToTheme(page, { themeDeckFile, shots });
    await previewChecks(page, { step, waitFor, focusEditor, goToLine, runCommand, workspace, deckFile: themeDeckFile });
    await spellingChecks(page, { step, focusEditor, goToLine, runCommand, waitFor }, { workspace, userData: join(work, 'user-data') });
    await editorDetails(page, { step, focusEditor, goToLine, runCommand, waitFor, workspace, shots });
    await convertPreviewChecks(page, { step, waitFor, focusEditor, runCommand, workspace, exampleDeck, shots });
  } finally {
    await context.close().catch(() => undefined);
  }
  await embeddedRuntime({ codeServer, chromium, step, watch: (page) => { currentPage = page; } });
}

/** What a user does with the extension, step by step; each step is one check with its own message. */
async function scenario(page, { port, workspace, deckFile, original, shots }) {
  const lines = original.split('\n');
  // A "----" right below a line of text: HedgeDoc shows a rule there, not a new slide.
  const brokenSeparator = lines.findIndex((line, i) => line === '----' && i > 0 && lines[i - 1].trim() !== '') + 1;
  if (brokenSeparator === 0) throw new Error('the example deck has no separator glued to the text above it');
  const problems = page.locator('.markers-panel .monaco-list-row');

  await step('the workbench loads and opens the deck', async () => {
    await openDeck(page, port, workspace, DECK);
  });

  await step('the status bar says decklint is checking decks', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'decklint' });
    await item.locator('.codicon-check').waitFor({ timeout: 60_000 });
  });

  await step('the Problems panel lists the deck\'s real problems', async () => {
    await focusEditor(page);
    await page.keyboard.press('Control+Shift+M');
    const separator = problems.filter({ hasText: 'does not start a new slide' });
    await separator.first().waitFor();
    await expectText(separator.first(), `[Ln ${brokenSeparator}, Col 1]`);
    await separator.first().locator('.codicon-error').waitFor();
    await problems.filter({ hasText: 'Third Community Hackathon' }).first().waitFor();
  });

  await step('the broken separator has an error squiggle, and its hover explains it', async () => {
    await goToLine(page, brokenSeparator);
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await squiggle.waitFor();
    // The squiggle lies under the text layer, so point the mouse at it instead of hovering the element.
    const box = await squiggle.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'does not start a new slide' });
    await hover.first().waitFor();
    // The hover is complete once the server's hover text is in and it offers the quick fix.
    await waitFor(async () => {
      const text = await hover.first().innerText();
      return /Quick Fix/.test(text) && !/Loading…|Checking for quick fixes/.test(text);
    }, 'the hover to offer the quick fix');
    await page.waitForTimeout(300); // it fades in
    await page.screenshot({ path: join(shots, 'vscode-diagnostics.png') });
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
  });

  await step('a quick fix from the light bulb changes the text and clears its problem', async () => {
    await goToLine(page, brokenSeparator);
    const titles = await lightBulbFixes(page);
    const wanted = titles.find((title) => /separator/i.test(title ?? ''));
    if (!wanted) throw new Error(`the light bulb offers no separator fix, only: ${titles.join(' | ')}`);
    // Pick it as a user would with the keyboard: move the highlight to it, then Enter.
    const focused = page.locator('.action-widget .monaco-list-row.action.focused');
    for (let moves = 0; (await focused.getAttribute('aria-label')) !== wanted; moves++) {
      if (moves > titles.length) throw new Error(`could not highlight "${wanted}" in the light bulb's menu`);
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await problems.filter({ hasText: 'does not start a new slide' }).first().waitFor({ state: 'detached' });
    await problems.filter({ hasText: 'Third Community Hackathon' }).first().waitFor();
    await focusEditor(page);
    await page.keyboard.press('Control+S');
    await waitFor(() => readFileSync(deckFile, 'utf8') !== original, 'the fixed deck to be saved');
    const changed = changedLines(original, readFileSync(deckFile, 'utf8'));
    if (changed.first < brokenSeparator - 2 || changed.last > brokenSeparator + 2) {
      throw new Error(`the fix changed lines ${changed.first}-${changed.last}, not just around line ${brokenSeparator}`);
    }
  });

  const fixed = readFileSync(deckFile, 'utf8').split('\n');
  const fixedLineOf = (text) => fixed.findIndex((line) => line.startsWith(text)) + 1;
  const preview = page.frameLocator('iframe.webview').frameLocator('#active-frame');
  // reveal.js marks the slide on screen "present" (and its vertical stack too, which holds other slides).
  const present = preview.locator('.reveal .slides section.present:not(.stack)');
  const showing = (text) => waitFor(async () => (await present.innerText()).includes(text),
    `the preview to show the slide "${text}"`);

  await step('the preview opens beside the deck on the slide under the cursor', async () => {
    await goToLine(page, fixedLineOf('# Team IaaS') + 2);
    await page.keyboard.press('Control+J'); // close the Problems panel: the preview gets the full height
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await runCommand(page, 'decklint: Open Preview to the Side');
    await present.waitFor({ timeout: 30_000 }).catch(async (error) => {
      const says = await preview.locator('body').innerText({ timeout: 1000 }).catch(() => '(nothing)');
      throw new Error(`no slide on screen; the preview says: ${says.trim().slice(0, 300)}\n${error.message}`);
    });
    await showing('Team IaaS');
    await page.screenshot({ path: join(shots, 'vscode-preview.png') });
  });

  await step('the preview follows the cursor to another slide', async () => {
    await goToLine(page, fixedLineOf('## Third Community Hackathon'));
    await showing('Third Community Hackathon');
  });

  const heading = fixedLineOf('# ITZ Bund Tender');
  const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
  // The slide's lines start at the blank line above its separator; the cursor belongs on its first text.
  const cursorOnItzHeading = () => waitFor(
    async () => (await selection.innerText({ timeout: 1000 })).includes(`Ln ${heading},`),
    `the cursor to move to the heading of the slide "ITZ Bund Tender" (line ${heading})`);

  await step('stepping to the next slide in the preview moves the cursor to its source', async () => {
    await preview.locator('.reveal .controls .navigate-right').click();
    await showing('ITZ Bund Tender');
    await cursorOnItzHeading();
  });

  await step('clicking the slide in the preview moves the cursor to its source', async () => {
    await goToLine(page, heading + 2);
    await showing('ITZ Bund Tender');
    await present.click();
    await cursorOnItzHeading();
  });

  await step('the preview shows what is typed into the deck, without leaving the slide', async () => {
    await goToLine(page, fixedLineOf('# ITZ Bund Tender'));
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The tender closes on Friday.');
    await showing('The tender closes on Friday.');
    await showing('ITZ Bund Tender');
  });
}

/** "Convert Deck to Theme…" on an unchanged copy of the 2023 deck: scs-2024 rewrites it, one undo restores it. */
async function convertToTheme(page, { themeDeckFile, shots }) {
  const before = readFileSync(themeDeckFile, 'utf8');
  // The scs-2023 look sets the slide headings in 40px; scs-2024 in 36px.
  const h1FontSize = (text) => {
    const lines = text.split('\n');
    return lines[lines.findIndex((line) => line.trim() === '.slides h1 {') + 1]?.trim();
  };
  if (h1FontSize(before) !== 'font-size: 40px;') {
    throw new Error(`the example deck's .slides h1 no longer has font-size: 40px (it has ${h1FontSize(before)})`);
  }
  const dirtyTab = page.locator('.tabs-container .tab.active.dirty');
  /** Saves the deck and returns its text on disk once `done` holds for it. */
  const saved = async (done, what) => {
    await focusEditor(page);
    await page.keyboard.press('Control+S');
    let text;
    // An empty read is the file caught between VS Code's truncating it and writing it.
    await waitFor(() => (text = readFileSync(themeDeckFile, 'utf8')) !== '' && done(text), what);
    return text;
  };

  await step('a second copy of the deck opens', async () => {
    await focusEditor(page);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(`${THEME_FOLDER}/${DECK}`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: THEME_FOLDER }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-breadcrumbs', { hasText: THEME_FOLDER }).waitFor();
  });

  await step('"Convert Deck to Theme…" offers the themes and converts the deck to scs-2024', async () => {
    await runCommand(page, 'decklint: Convert Deck to Theme…');
    const themes = page.locator('.quick-input-widget .monaco-list-row');
    await themes.filter({ hasText: 'scs-2024' }).first().waitFor();
    await themes.filter({ hasText: 'scs-2023' }).first().waitFor();
    await page.screenshot({ path: join(shots, 'vscode-themes.png') });
    await page.keyboard.type('scs-2024');
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'scs-2024' }).waitFor();
    await page.keyboard.press('Enter');
    await applyFromNotification(page, 'scs-2024');
    await dirtyTab.waitFor();
    const converted = await saved((text) => text !== before, 'the converted deck to be saved');
    if (h1FontSize(converted) !== 'font-size: 36px;') {
      throw new Error(`after the conversion .slides h1 has ${h1FontSize(converted)}, not font-size: 36px;`);
    }
    if (/parallaxBackgroundImage/.test(converted)) {
      throw new Error('the conversion kept the 2023 parallaxBackgroundImage, which scs-2024 does not have');
    }
  });

  await step('one undo takes the whole conversion back', async () => {
    await focusEditor(page);
    await page.keyboard.press('Control+Z');
    await dirtyTab.waitFor();
    await saved((text) => text === before, 'the deck as it was before the conversion to be saved').catch((error) => {
      const changed = changedLines(before, readFileSync(themeDeckFile, 'utf8'));
      throw new Error(`${error.message}; it still differs in lines ${changed.first}-${changed.last}`);
    });
  });
}

async function step(name, check) {
  const started = Date.now();
  try {
    await check();
    passed++;
    console.log(`  ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    const shot = join(work, 'screenshots', 'failure.png');
    await currentPage?.screenshot({ path: shot }).catch(() => undefined);
    console.log(`  FAIL  ${name}\n        ${String(error.message ?? error).split('\n').slice(0, 4).join('\n        ')}\n` +
      `        (screenshot: ${shot}; logs: ${work})`);
    throw new StepFailed(name);
  }
}

class StepFailed extends Error {}

async function focusEditor(page) {
  // Ctrl+1 focuses the first editor group without moving the cursor, as a click into the text would.
  if (await page.locator('.monaco-editor.focused').count() === 0) {
    await page.keyboard.press('Control+1');
    await page.locator('.monaco-editor.focused').waitFor();
  }
}

async function goToLine(page, line) {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
  await waitFor(async () => (await selection.innerText({ timeout: 1000 })).includes(`Ln ${line},`), `the cursor to reach line ${line}`);
}

async function runCommand(page, title) {
  await focusEditor(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await page.keyboard.type(title);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  // The row with the title, not the first one: "…: Open Locked Preview to the Side" matches "…: Open Preview to the Side".
  await row.click();
}

async function expectText(locator, text) {
  await waitFor(async () => (await locator.innerText()).includes(text), `"${text}" to appear`);
}

/** The first and last 1-based line of `before` that differ in `after`, comparing from both ends. */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let fromEnd = 0;
  while (fromEnd < a.length - first && fromEnd < b.length - first &&
    a[a.length - 1 - fromEnd] === b[b.length - 1 - fromEnd]) fromEnd++;
  return { first: first + 1, last: a.length - fromEnd };
}

for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(name, () => process.exit(1));
}

try {
  console.log('decklint e2e: the extension in code-server');
  await main();
} catch (error) {
  if (!(error instanceof StepFailed)) {
    failed++;
    console.log(`  FAIL  ${error.message ?? error}`);
  }
} finally {
  await stopAll();
}
if (process.env.DECKLINT_SCREENSHOTS && failed === 0) {
  for (const shot of SCREENSHOTS) {
    copyFileSync(join(work, 'screenshots', shot), join(resolve(process.env.DECKLINT_SCREENSHOTS), shot));
  }
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
