// End-to-end checks of what the language server decides in the editor: Markdown that is not a deck gets no
// problems, the slide numbers in Problems are the preview's counter, and the light bulb's separator fix leaves
// a deck with no finding. Each export is a group of steps; run.mjs calls them with the page and its helpers.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A deck with a stray ---- under a list, right above the next separator, and nothing else to find. */
const STRAY_DECK = [
  '---', 'type: slide', '---', '', '# Team Storage', '', '* Faster disks', '----', '', '---', '',
  '# Team Network', '', '* New switches', '',
].join('\n');

/**
 * Run while the preview shows the deck at `deckFile`: the Problems message that names the slide "Third
 * Community Hackathon" by number says what the preview's slide counter shows on that slide.
 */
export async function slideNumbers(page, { step, goToLine, waitFor, deckFile }) {
  const problems = page.locator('.markers-panel .monaco-list-row');
  const preview = page.frameLocator('iframe.webview').frameLocator('#active-frame');
  await step('the slide number in a Problems message is the one the preview\'s counter shows', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = problems.filter({ hasText: 'Third Community Hackathon' }).first();
    await row.waitFor();
    const said = /Slide (\d+(?:\.\d+)?) has only the heading/.exec(await row.innerText())?.[1];
    if (!said) throw new Error(`no slide number in the Problems row: ${await row.innerText()}`);
    const line = readFileSync(deckFile, 'utf8').split('\n')
      .findIndex((text) => text.startsWith('## Third Community Hackathon')) + 1;
    await goToLine(page, line);
    const counter = preview.locator('.reveal .slide-number');
    await waitFor(async () => (await preview.locator('.reveal .slides section.present:not(.stack)').innerText())
      .includes('Third Community Hackathon') && (await counter.innerText()).trim() === said,
    `the preview's counter to show ${said} on the slide "Third Community Hackathon"`);
    await page.keyboard.press('Control+J');
  });
}

/** Opens the light bulb's menu at the cursor and returns the titles of its fixes, in the order shown. */
export async function lightBulbFixes(page) {
  const bulb = page.locator('.lightBulbWidget');
  await bulb.waitFor();
  await bulb.click();
  const fixes = page.locator('.action-widget .monaco-list-row.action');
  await fixes.first().waitFor();
  return fixes.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
}

/** Opens a file of the workspace with Quick Open, as a user would. */
export async function open(page, { focusEditor, waitFor }, name) {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  await waitFor(async () => {
    await focusEditor(page);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(name);
    if (await row.waitFor({ timeout: 3000 }).then(() => true, () => false)) return true;
    await page.keyboard.press('Escape'); // a file written a moment ago may not be known to Quick Open yet
    return false;
  }, `Quick Open to list ${name}`, 45_000);
  await page.keyboard.press('Enter');
  await page.locator('.monaco-breadcrumbs', { hasText: name }).waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/**
 * A copy of docs/vscode.md (Markdown with `---` rules, no deck front matter) has no decklint problems, and
 * gets them once front matter makes it a deck, which shows that it was checked.
 */
export async function plainMarkdown(page, helpers) {
  const { step, focusEditor, goToLine, waitFor, workspace, guide } = helpers;
  const name = 'vscode-guide.md';
  copyFileSync(guide, join(workspace, name));
  const problemsOf = page.locator('.markers-panel .monaco-list-row', { hasText: name });
  await step('a plain Markdown file has no decklint problems', async () => {
    await open(page, helpers, name);
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
    await page.waitForTimeout(4000); // a check of this size takes well under a second
    if (await problemsOf.count() > 0) {
      throw new Error(`Problems lists: ${(await problemsOf.allInnerTexts()).join(' | ')}`);
    }
  });
  await step('typing type: slide into its front matter makes it a deck, and undo makes it plain again', async () => {
    await goToLine(page, 1);
    await page.keyboard.press('Home');
    await page.keyboard.type('---\ntype: slide\n---\n');
    await problemsOf.first().waitFor();
    await focusEditor(page);
    for (let i = 0; i < 3 && await problemsOf.count() > 0; i++) {
      await page.keyboard.press('Control+Z');
      await page.waitForTimeout(500);
    }
    await waitFor(async () => await problemsOf.count() === 0, 'the problems to go with the front matter');
    await page.keyboard.press('Control+J');
  });
}

/** The light bulb's first separator fix on a stray ---- leaves the deck with no finding at all. */
export async function separatorFix(page, helpers) {
  const { step, focusEditor, goToLine, waitFor, workspace } = helpers;
  const name = 'stray-separator.md';
  writeFileSync(join(workspace, name), STRAY_DECK);
  const problemsOf = page.locator('.markers-panel .monaco-list-row', { hasText: name });
  await step('the light bulb\'s separator fix on a stray ---- leaves no finding', async () => {
    await open(page, helpers, name);
    await page.keyboard.press('Control+Shift+M');
    await problemsOf.first().waitFor();
    await goToLine(page, STRAY_DECK.split('\n').indexOf('----') + 1);
    const titles = await lightBulbFixes(page);
    if (!/^Delete this ----/.test(titles[0] ?? '')) {
      throw new Error(`the light bulb's first fix is not the one that deletes the stray line: ${titles.join(' | ')}`);
    }
    const focused = page.locator('.action-widget .monaco-list-row.action.focused');
    if ((await focused.getAttribute('aria-label')) !== titles[0]) await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await waitFor(async () => await problemsOf.count() === 0, 'the deck to have no problem left');
    await page.keyboard.press('Control+J');
  });
}
