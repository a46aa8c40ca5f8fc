// End-to-end checks of spelling in the editor, the workspace check and the extension's log, in the same
// code-server session as run.mjs: "Add … to workspace words" from the light bulb clears the squiggle and writes
// the word beside the decks; "decklint: Check All Decks in the Workspace" lists the problems of a deck nobody
// opened; and the decklint output has no line tagged [error] and the theme conversion's report once.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORD_DECK = 'spelling/add-a-word.md';
const UNOPENED_DECK = 'unopened/never-opened.md';

/**
 * @param helpers run.mjs's step, focusEditor, goToLine, runCommand and waitFor
 * @param workspace the folder code-server has open; userData its user data folder (where the logs are)
 */
export async function spellingChecks(page, { step, focusEditor, goToLine, runCommand, waitFor }, { workspace, userData }) {
  await step('"Add … to workspace words" clears the spelling finding and writes the word', async () => {
    const deck = join(workspace, WORD_DECK);
    mkdirSync(join(workspace, 'spelling'), { recursive: true });
    writeFileSync(deck, '---\ntype: slide\n---\n\n# Spelling\n\n* Clouad in a Box\n');
    await focusEditor(page);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(WORD_DECK);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'add-a-word.md' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-breadcrumbs', { hasText: 'add-a-word.md' }).waitFor();
    const squiggle = page.locator('.monaco-editor .squiggly-info');
    await squiggle.first().waitFor();
    await goToLine(page, 7);
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight'); // inside "Clouad"
    await page.keyboard.press('Control+.');
    const fixes = page.locator('.action-widget .monaco-list-row.action');
    await fixes.first().waitFor();
    const wanted = 'Add "Clouad" to workspace words';
    const titles = await fixes.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
    if (!titles.includes(wanted)) throw new Error(`the light bulb offers no "${wanted}", only: ${titles.join(' | ')}`);
    if (!titles.includes('Add "Clouad" to user words')) throw new Error(`no "Add … to user words": ${titles.join(' | ')}`);
    const focused = page.locator('.action-widget .monaco-list-row.action.focused');
    for (let moves = 0; (await focused.getAttribute('aria-label')) !== wanted; moves++) {
      if (moves > titles.length) throw new Error(`could not highlight "${wanted}" in the light bulb's menu`);
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    const words = join(workspace, '.decklint-words.txt');
    await waitFor(() => readFileSync(words, 'utf8') === 'Clouad\n', `${words} to hold the word`);
    await squiggle.first().waitFor({ state: 'detached' });
  });

  await step('"Check All Decks in the Workspace" shows the problems of a deck that is not open', async () => {
    mkdirSync(join(workspace, 'unopened'), { recursive: true });
    writeFileSync(join(workspace, UNOPENED_DECK), '---\ntype: slide\n---\n\n# Never opened\n\n* we recieve slides\n');
    await runCommand(page, 'decklint: Check All Decks in the Workspace');
    await focusEditor(page);
    await page.keyboard.press('Control+Shift+M');
    // The panel lists the other decks' problems too; the filter leaves the one this deck alone has.
    await page.getByPlaceholder(/^Filter \(e\.g\. text/).fill('recieve');
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.filter({ hasText: 'never-opened.md' }).first().waitFor({ timeout: 60_000 });
    await problems.filter({ hasText: '"recieve" is misspelt' }).first().waitFor();
  });

  await step('the decklint output has no line tagged [error] and the conversion report once', async () => {
    const log = findFile(join(userData, 'logs'), (name) => /decklint\.log$/.test(name));
    if (!log) throw new Error(`no decklint output log below ${join(userData, 'logs')}`);
    await waitFor(() => /checked \d+ decks? in the workspace/.test(readFileSync(log, 'utf8')),
      'the workspace check\'s summary in the log');
    const lines = readFileSync(log, 'utf8').split('\n');
    const errors = lines.filter((line) => /\[error\]/.test(line));
    if (errors.length > 0) throw new Error(`the output has lines tagged [error]:\n${errors.slice(0, 3).join('\n')}`);
    const reports = lines.filter((line) => /converted to scs-2024/.test(line));
    if (reports.length !== 1) throw new Error(`the conversion report is in the output ${reports.length} times`);
  });
}

function findFile(folder, wanted) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      const found = findFile(path, wanted);
      if (found) return found;
    } else if (wanted(name)) {
      return path;
    }
  }
  return undefined;
}
