// End-to-end checks of the preview, run by run.mjs once the deck's preview is open beside it: edits swap the
// slides in place (the page is never loaded again, and a slide the edit did not touch stays), an https picture
// is allowed by the page's policy, a deck's title bar has one preview button and its breadcrumbs one outline,
// and the preview follows the active deck editor while a locked one stays.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const SECOND_DECK = 'second-deck.md';
/** An https address on this machine: the policy is what is checked, nothing is downloaded from anywhere. */
const REMOTE_PICTURE = 'https://127.0.0.1:9/uploads/remote-picture.png';
const PREVIEW_BUTTON = 'Open Preview to the Side';

/**
 * The helpers are run.mjs's: step, waitFor, focusEditor, goToLine, runCommand; `deckFile` is the deck in the
 * active editor, saved, and `workspace` the folder open in VS Code.
 */
export async function previewChecks(page, { step, waitFor, focusEditor, goToLine, runCommand, workspace, deckFile }) {
  const deckName = basename(deckFile);
  const lineOf = (text) => readFileSync(deckFile, 'utf8').split('\n').findIndex((line) => line.startsWith(text)) + 1;
  const preview = page.frameLocator('iframe.webview').first().frameLocator('#active-frame');
  const present = preview.locator('.reveal .slides section.present:not(.stack)');
  const showing = (text) => waitFor(async () => (await present.innerText()).includes(text),
    `the preview to show "${text}"`);
  /** The page in the preview's webview, to look into its window. */
  const previewWindow = async () => {
    const frame = await (await page.frameLocator('iframe.webview').first().locator('#active-frame').elementHandle()).contentFrame();
    if (!frame) throw new Error('the preview has no page');
    return frame;
  };
  const previewTabs = page.locator('.tabs-container .tab', { hasText: /^\[?Preview\]? / });

  await step('ten edits show in the preview one after the other, and its page is never loaded again', async () => {
    // The active deck, which the preview follows, on a slide's heading.
    await goToLine(page, lineOf('# ITZ Bund Tender'));
    await page.keyboard.press('End');
    await showing('ITZ Bund Tender');
    await (await previewWindow()).evaluate(() => {
      window.decklintE2eMarker = 'the page of the first load';
    });
    await focusEditor(page);
    for (let edit = 1; edit <= 10; edit++) {
      await page.keyboard.type(` Word${edit}x`);
      await showing(`Word${edit}x`);
    }
    const marker = await (await previewWindow()).evaluate(() => window.decklintE2eMarker).catch(() => undefined);
    if (marker !== 'the page of the first load') {
      throw new Error('the preview loaded its page again during the edits (the marker set in its window is gone)');
    }
  });

  await step('an edit puts in only its own slide: the others stay as they are on screen', async () => {
    await (await previewWindow()).evaluate(() => {
      document.querySelector('.reveal .slides > section').dataset.e2eKept = 'yes';
    });
    await page.keyboard.type(' Onlyx');
    await showing('Onlyx');
    const kept = await (await previewWindow()).evaluate(
      () => document.querySelector('.reveal .slides > section').dataset.e2eKept);
    if (kept !== 'yes') {
      throw new Error('an edit of one slide replaced the first slide too (a marker set on it is gone)');
    }
  });

  await step('a picture from an https server is allowed by the preview\'s policy', async () => {
    await (await previewWindow()).evaluate(() => {
      window.decklintE2eViolations = [];
      document.addEventListener('securitypolicyviolation',
        (event) => window.decklintE2eViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`![a remote picture](${REMOTE_PICTURE})`);
    const picture = present.locator(`img[src="${REMOTE_PICTURE}"]`);
    await picture.waitFor({ state: 'attached' });
    // The address answers nothing: give the browser the time to try, then ask the page what its policy blocked.
    await page.waitForTimeout(1000);
    const violations = await (await previewWindow()).evaluate(() => window.decklintE2eViolations);
    if (violations.length > 0) {
      throw new Error(`the preview's Content-Security-Policy blocked: ${violations.join(', ')}`);
    }
    const policy = await preview.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    if (!/img-src [^;]*https:/.test(policy) || /script-src [^;]*https:/.test(policy)) {
      throw new Error(`the preview's policy should allow https pictures and no remote script: ${policy}`);
    }
  });

  await step('a deck\'s title bar has one "Open Preview to the Side" button, decklint\'s', async () => {
    await focusEditor(page);
    const actions = page.locator('.part.editor .editor-group-container').first().locator('.editor-actions .action-label');
    const buttons = actions.and(page.locator(`[aria-label^="${PREVIEW_BUTTON}"]`));
    // VS Code's Markdown preview button carries its key binding (Ctrl+K V) in its label, decklint's has none, and
    // with Alt held decklint's opens a locked preview.
    const isDecklints = (label) => label.split('\n')[0] === PREVIEW_BUTTON && /Locked Preview/.test(label);
    await waitFor(async () => await buttons.count() === 1 && isDecklints(await buttons.getAttribute('aria-label')),
      `one "${PREVIEW_BUTTON}" button, decklint's`, 10_000).catch(async (error) => {
      const labels = await actions.evaluateAll((all) => all.map((action) => action.getAttribute('aria-label')));
      throw new Error(`${error.message}; the deck's title bar has: ${labels.join(' | ')}`);
    });
    const tabs = await page.locator('.tabs-container .tab').count();
    await buttons.click();
    await page.waitForTimeout(500);
    if (await page.locator('.tabs-container .tab').count() !== tabs) {
      throw new Error('the preview button opened another tab instead of showing the deck\'s preview');
    }
  });

  await step('the breadcrumbs show the deck\'s headings from one outline, not a group per extension', async () => {
    const crumbs = page.locator('.part.editor .editor-group-container').first().locator('.monaco-breadcrumbs');
    await waitFor(async () => /ITZ Bund Tender/.test(await crumbs.innerText()), 'the slide\'s heading in the breadcrumbs');
    const text = await crumbs.innerText();
    if (/Markdown Language Features|decklint/.test(text)) {
      throw new Error(`the breadcrumbs name outline groups: ${text.replace(/\s+/g, ' ')}`);
    }
  });

  await step('the preview switches to another deck when its editor becomes active, in the same tab', async () => {
    writeFileSync(join(workspace, SECOND_DECK), '---\ntype: slide\n---\n\n# The second deck\n\nIts only slide.\n');
    // The explorer sees the new file at once; Quick Open may still answer from an earlier search.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SECOND_DECK }).click();
    await page.locator('.monaco-breadcrumbs', { hasText: SECOND_DECK }).waitFor();
    await showing('The second deck');
    await waitFor(async () => await previewTabs.count() === 1, 'one preview tab');
    await page.locator('.tabs-container .tab', { hasText: `Preview ${SECOND_DECK}` }).waitFor();
  });

  await step('a locked preview stays on its deck while the other one follows the active editor', async () => {
    await runCommand(page, 'decklint: Open Locked Preview to the Side');
    await page.locator('.tabs-container .tab', { hasText: `[Preview] ${SECOND_DECK}` }).waitFor();
    await page.locator('.tabs-container .tab', { hasText: deckName }).first().click();
    await page.locator('.monaco-breadcrumbs', { hasText: deckName }).waitFor();
    await page.locator('.tabs-container .tab', { hasText: `Preview ${deckName}` }).waitFor();
    await page.locator('.tabs-container .tab', { hasText: `[Preview] ${SECOND_DECK}` }).waitFor();
    await waitFor(async () => await previewTabs.count() === 2, 'two preview tabs, the following and the locked one');
    // The next steps and their screenshots see the preview as before.
    await page.locator('.tabs-container .tab', { hasText: `[Preview] ${SECOND_DECK}` }).locator('.codicon-close')
      .click({ force: true });
    await waitFor(async () => await previewTabs.count() === 1, 'the locked preview to close');
  });
}
