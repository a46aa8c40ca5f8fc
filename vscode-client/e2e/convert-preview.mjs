// End-to-end checks of "Convert Deck to Theme…" as a proposal: the preview shows the deck in the chosen theme and a
// diff shows the changes while the deck, in the editor and on disk, stays as it is; "Apply" converts it (also
// after the deck was edited meanwhile: the conversion is computed again), "Cancel" leaves it untouched.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const FOLDER = 'convert-preview';
const ADDED = 'Added while the conversion was shown';
const SCREENSHOT = 'vscode-convert-preview.png';

/**
 * Clicks "Apply" on the notification that asks whether to apply the conversion to `theme`, and waits until the
 * diff has closed and the deck's editor has the focus again.
 */
export async function applyFromNotification(page, theme) {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: `to the theme ${theme}?` });
  await toast.locator('.monaco-button', { hasText: /^Apply$/ }).click();
  await proposalClosed(page);
}

/** The diff of a proposal is gone, and an editor (the deck's) has the focus. */
async function proposalClosed(page) {
  await diffTabs(page).first().waitFor({ state: 'detached' });
  await page.locator('.monaco-editor.focused').first().waitFor();
}

function diffTabs(page) {
  return page.locator('.tabs-container .tab', { hasText: '(not applied)' }).filter({ hasNotText: 'Preview' });
}

/**
 * The helpers are run.mjs's: step, waitFor, focusEditor, runCommand; `exampleDeck` is the 2023 example deck (its
 * copy in `workspace` is converted), `shots` the screenshot folder.
 */
export async function convertPreviewChecks(page, { step, waitFor, focusEditor, runCommand, workspace, exampleDeck, shots }) {
  const deckName = basename(exampleDeck);
  const deckFile = join(workspace, FOLDER, deckName);
  mkdirSync(dirname(deckFile), { recursive: true });
  copyFileSync(exampleDeck, deckFile);
  const original = readFileSync(deckFile, 'utf8');
  const onDisk = () => readFileSync(deckFile, 'utf8');
  const deckTab = page.locator('.tabs-container .tab', { hasText: deckName }).filter({ hasNotText: 'not applied' })
    .filter({ hasNotText: 'Preview' });
  const diffTab = diffTabs(page);
  const previewTab = page.locator('.tabs-container .tab', { hasText: `Preview ${deckName}` });
  const preview = page.frameLocator('iframe.webview').first().frameLocator('#active-frame');
  const titleSlide = preview.locator('.reveal .slides > section').first();
  const headingSize = () => preview.locator('.reveal .slides h1').first()
    .evaluate((heading) => getComputedStyle(heading).fontSize);
  const expectUnchanged = async (text, what) => {
    if (onDisk() !== text) throw new Error(`the deck on disk changed ${what}`);
    if (await deckTab.first().evaluate((tab) => tab.classList.contains('dirty'))) {
      throw new Error(`the deck's editor has unsaved changes ${what}`);
    }
  };
  const titleBarAction = (title) => page.locator(`.editor-actions .action-label[aria-label^="${title}"]`).first();
  const pickTheme = async (theme) => {
    await runCommand(page, 'decklint: Convert Deck to Theme…');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: theme }).first().waitFor();
    await page.keyboard.type(theme);
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: theme }).waitFor();
    await page.keyboard.press('Enter');
  };

  await step('a fresh copy of the 2023 deck opens, alone', async () => {
    // The checks before leave decks and previews open; saved, they close without a question.
    await runCommand(page, 'File: Save All');
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(`${FOLDER}/${deckName}`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: FOLDER }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-breadcrumbs', { hasText: FOLDER }).waitFor();
  });

  await step('"Convert Deck to Theme…" shows the deck in scs-2024 in the preview, beside a diff, and changes nothing', async () => {
    await pickTheme('scs-2024');
    await diffTab.first().waitFor();
    await page.locator('.monaco-diff-editor').first().waitFor();
    await previewTab.filter({ hasText: 'in scs-2024 (not applied)' }).first().waitFor();
    // The 2024 title slide: the date in "Community Call …", no 2023 background picture, the headings 36px, not 40px.
    await waitFor(async () => (await titleSlide.innerText()).includes('Community Call 2023-11-23'),
      'the preview to show the scs-2024 title slide');
    if (await titleSlide.getAttribute('data-background') !== null) {
      throw new Error('the preview\'s title slide still has the 2023 background picture');
    }
    await waitFor(async () => await headingSize() === '36px', 'the preview\'s headings to be 36px, as scs-2024 has them');
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'to the theme scs-2024?' })
      .locator('.monaco-button', { hasText: /^Cancel$/ }).waitFor();
    await expectUnchanged(original, 'while the conversion is only shown');
    await page.screenshot({ path: join(shots, SCREENSHOT) });
    // For docs/vscode.md, as run.mjs refreshes its own screenshots; this one is right once its checks passed.
    if (process.env.DECKLINT_SCREENSHOTS) {
      copyFileSync(join(shots, SCREENSHOT), join(resolve(process.env.DECKLINT_SCREENSHOTS), SCREENSHOT));
    }
  });

  await step('an edit of the deck while the conversion is shown is converted too', async () => {
    // The deck's own tab stays open behind the diff.
    await deckTab.first().click();
    await page.locator('.monaco-editor.focused').waitFor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n\n---\n\n## ${ADDED}\n`);
    await preview.locator('.reveal .slides section', { hasText: ADDED }).first().waitFor({ state: 'attached' });
    // Clicking the diff's tab focuses its converted side; its end is where the added slide is.
    await diffTab.first().click();
    await page.locator('.monaco-diff-editor .monaco-editor.focused').first().waitFor();
    await page.keyboard.press('Control+End');
    await page.locator('.monaco-diff-editor .editor.modified', { hasText: ADDED }).first().waitFor();
    if (onDisk() !== original) throw new Error('the deck on disk changed before the conversion was applied');
  });

  await step('"Apply" on the diff\'s title bar converts the deck as it is now, closes the diff and shows the deck again', async () => {
    // The notification has gone into the notification centre by now, as VS Code's do after a while.
    await titleBarAction('Apply Theme Conversion').click();
    await proposalClosed(page);
    await previewTab.filter({ hasNotText: 'not applied' }).first().waitFor();
    await focusEditor(page);
    await page.keyboard.press('Control+S');
    let saved;
    await waitFor(() => (saved = onDisk()) !== original && !/parallaxBackgroundImage/.test(saved),
      'the converted deck to be saved');
    const h1 = saved.split('\n');
    if (h1[h1.findIndex((line) => line.trim() === '.slides h1 {') + 1]?.trim() !== 'font-size: 36px;') {
      throw new Error('the saved deck\'s .slides h1 is not font-size: 36px;');
    }
    if (!saved.trimEnd().endsWith(`## ${ADDED}`)) throw new Error('the slide added meanwhile was lost');
    await waitFor(async () => (await titleSlide.innerText()).includes('Community Call 2023-11-23'),
      'the preview to show the converted deck');
  });

  await step('"Cancel" on the diff\'s title bar leaves the deck as it is and the preview back on it', async () => {
    const before = onDisk();
    await pickTheme('scs-2023');
    await previewTab.filter({ hasText: 'in scs-2023 (not applied)' }).first().waitFor();
    await waitFor(async () => await headingSize() === '40px', 'the preview\'s headings to be 40px, as scs-2023 has them');
    await expectUnchanged(before, 'while the conversion to scs-2023 is shown');
    await titleBarAction('Cancel Theme Conversion').click();
    await proposalClosed(page);
    await previewTab.filter({ hasNotText: 'not applied' }).first().waitFor();
    await waitFor(async () => await headingSize() === '36px', 'the preview to show the deck again (36px headings)');
    await expectUnchanged(before, 'after Cancel');
  });
}
