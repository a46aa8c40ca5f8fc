// End-to-end checks of what the server gives the editor beyond findings, seen on screen: a slide folds at its
// separator (VS Code merges these folds with the Markdown extension's, which must not drop them), hovering a
// slideOptions key or value says what reveal.js and HedgeDoc do with it, and a word is not squiggled while it
// is being typed, but once the cursor leaves it or typing pauses, with a hover that names its own severity.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open } from './lint-editor.mjs';

const NAME = 'editor-details.md';
// Each level-1 heading's Markdown fold runs to the line above the next one, over the separators between them.
const DECK = [
  '---', 'type: slide', 'slideOptions:', '  transition: zoom', '  hashOneBasedIndex: true', '---', '',
  '# Cloud in a Box', '', '* One', '* Two', '',
  '---', '',
  '# Storage', '', 'Disks and more disks.', '',
  '----', '',
  '## Faster disks', '', '* NVMe', '',
  '---', '',
  '# Network', '', '* New switches', '',
].join('\n');
const lineOf = (text) => DECK.split('\n').indexOf(text) + 1;
/** What the server holds a word back for while it is typed, as Documents.TYPING_PAUSE_MS says. */
const TYPING_PAUSE_MS = 1500;

/** The helpers are run.mjs's: step, focusEditor, goToLine, runCommand, waitFor; `workspace` is code-server's folder. */
export async function editorDetails(page, helpers) {
  const { step, runCommand, workspace } = helpers;
  mkdirSync(join(workspace, 'details'), { recursive: true });
  writeFileSync(join(workspace, 'details', NAME), DECK);
  const editor = page.locator('.part.editor .editor-instance .monaco-editor').first();

  await step('a deck opens alone, with the whole height for its text', async () => {
    if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel');
    await runCommand(page, 'File: Save All');
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    await open(page, { ...helpers, focusEditor: async () => {} }, NAME); // Quick Open needs no editor to focus
  });

  await step('a slide folds at its separator, hiding its lines up to the next separator', async () => {
    const separator = lineOf('# Storage') - 2;
    const lastText = lineOf('Disks and more disks.');
    const row = marginRow(editor, separator);
    await row.locator('.line-numbers').hover(); // the fold controls show while the mouse is over the gutter
    const control = row.locator('.codicon-folding-expanded');
    await control.waitFor({ timeout: 10_000 }).catch(() => {
      throw new Error(`no fold control on the separator in line ${separator}; folds start at lines ` +
        'shown by the gutter\'s controls only');
    });
    await control.click();
    await row.locator('.codicon-folding-collapsed').waitFor();
    await helpers.waitFor(async () => {
      const shown = await visibleLines(editor);
      return shown.includes(separator) && shown.includes(lastText + 1)
        && !shown.some((line) => line > separator && line <= lastText);
    }, `lines ${separator + 1}-${lastText} (the slide "Storage") to be hidden, and the next ones shown`);
    // The vertical slide below has its own fold control, its heading's Markdown fold notwithstanding; then the
    // folded slide opens again.
    const vertical = marginRow(editor, lineOf('----'));
    await vertical.locator('.line-numbers').hover();
    await vertical.locator('.codicon-folding-expanded').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(helpers.shots, 'folding.png') });
    await row.locator('.codicon-folding-collapsed').click();
    await helpers.waitFor(async () => (await visibleLines(editor)).includes(lastText), 'the slide to unfold');
  });

  await step('hovering a slideOptions key and its value says what reveal.js and HedgeDoc do with it', async () => {
    const line = lineOf('  transition: zoom');
    await hoverSays(page, editor, line, 'transition',
      ['slideOptions.transition (reveal.js): the animation from one slide to the next', 'HedgeDoc\'s default is none'], helpers);
    await hoverSays(page, editor, line, 'zoom', ['slideOptions.transition', 'Values: none, fade, slide, convex, concave, zoom'], helpers);
    await hoverSays(page, editor, lineOf('  hashOneBasedIndex: true'), 'hashOneBasedIndex',
      ['slideOptions.hashOneBasedIndex: ignored', 'does not pass it on'], helpers);
  });

  const line = lineOf('* New switches');
  const lineText = '* New switches';
  let column = lineText.length + 1; // where the next typed word starts, 0-based, after its space
  let lastKeyAt = 0;
  const typeWord = async (word, check) => {
    const start = column;
    await page.keyboard.type(' ');
    for (let i = 0; i < word.length; i++) {
      lastKeyAt = Date.now();
      await page.keyboard.type(word[i]);
      await check?.(start, i + 1);
    }
    column = start + word.length + 1;
    return start;
  };
  // Long enough for a check of this deck to have come back, shorter than the pause that shows a held word.
  const stillNoSquiggleAfterAWhile = async (start, length) => {
    await page.waitForTimeout(700);
    await noSquiggleOnTypedWord(start, length);
  };
  const noSquiggleOnTypedWord = async (start, length) => {
    const squiggles = await squigglesOver(editor, line, start, length);
    if (squiggles.length > 0) {
      throw new Error(`the word being typed, "${(await lineTextOf(editor, line)).slice(start, start + length)}", ` +
        `is squiggled (${squiggles.join(', ')})`);
    }
  };

  await step('a word being typed is not squiggled; once the cursor leaves it, it is, while typing goes on', async () => {
    await helpers.goToLine(page, line);
    await page.keyboard.press('End');
    const first = await typeWord('routerz', noSquiggleOnTypedWord);
    await stillNoSquiggleAfterAWhile(first, 'routerz'.length);
    // Typing goes on, never pausing: the word left behind gets its squiggle, the one being typed does not.
    let leftSquiggled = false;
    await typeWord('infrastracture', async (start, length) => {
      await noSquiggleOnTypedWord(start, length);
      leftSquiggled ||= (await squigglesOver(editor, line, first, 'routerz'.length)).length > 0;
      await page.waitForTimeout(80);
    });
    if (!leftSquiggled) throw new Error('"routerz" got no squiggle while the next word was typed');
    await stillNoSquiggleAfterAWhile(column - 'infrastracture'.length - 1, 'infrastracture'.length);
  });

  await step('a word being typed gets its squiggle once typing pauses', async () => {
    const last = column - 'infrastracture'.length - 1;
    await helpers.waitFor(async () => (await squigglesOver(editor, line, last, 5)).length > 0,
      'the squiggle of "infrastracture" after a pause in typing', 15_000);
  });

  await step('a word gets its squiggle at once when the cursor leaves it, before typing pauses', async () => {
    const start = await typeWord('firewallz', noSquiggleOnTypedWord);
    const lastKey = lastKeyAt;
    await page.keyboard.press('Home');
    await helpers.waitFor(async () => (await squigglesOver(editor, line, start, 5)).length > 0,
      'the squiggle of "firewallz" once the cursor left it', 15_000);
    const after = Date.now() - lastKey;
    if (after >= TYPING_PAUSE_MS) {
      throw new Error(`the squiggle came ${after} ms after the last keystroke: the pause, not the cursor, showed it`);
    }
  });

  await step('the hover of an unknown word names its own severity, info, not warning', async () => {
    const text = await hoverSays(page, editor, line, 'routerz', ['"routerz" is not a known word', 'info by default'], helpers);
    if (/warning by default/.test(text)) throw new Error(`the hover says "warning by default": ${text}`);
  });
}

/** The gutter's row of a 1-based line: its number, fold control and glyphs. */
function marginRow(editor, line) {
  return editor.locator('.margin-view-overlays > div').filter({
    has: editor.page().locator('.line-numbers', { hasText: new RegExp(`^\\s*${line}\\s*$`) }),
  });
}

/** The 1-based numbers of the lines the editor shows, top to bottom. */
function visibleLines(editor) {
  return editor.locator('.margin-view-overlays .line-numbers').evaluateAll((numbers) => numbers
    .map((number) => ({ top: parseFloat(number.parentElement.style.top), line: Number(number.textContent.trim()) }))
    .sort((a, b) => a.top - b.top).map((row) => row.line));
}

/** The screen box of `length` characters from 0-based `column` of a 1-based line the editor shows, or null. */
function textBox(editor, line, column, length) {
  return editor.evaluate((root, [line, column, length]) => {
    const number = [...root.querySelectorAll('.margin-view-overlays .line-numbers')]
      .find((element) => element.textContent.trim() === String(line));
    const top = number?.parentElement.style.top;
    const viewLine = [...root.querySelectorAll('.view-lines .view-line')].find((element) => element.style.top === top);
    if (!viewLine) return null;
    const range = document.createRange();
    let offset = 0;
    const walker = document.createTreeWalker(viewLine, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const size = node.textContent.length;
      if (offset <= column && column < offset + size) range.setStart(node, column - offset);
      if (offset < column + length && column + length <= offset + size) {
        range.setEnd(node, column + length - offset);
        const { left, top: y, width, height } = range.getBoundingClientRect();
        return { left, top: y, width, height };
      }
      offset += size;
    }
    return null;
  }, [line, column, length]);
}

function lineTextOf(editor, line) {
  return editor.evaluate((root, line) => {
    const number = [...root.querySelectorAll('.margin-view-overlays .line-numbers')]
      .find((element) => element.textContent.trim() === String(line));
    const viewLine = [...root.querySelectorAll('.view-lines .view-line')]
      .find((element) => element.style.top === number?.parentElement.style.top);
    return (viewLine?.textContent ?? '').replace(/\u00a0/g, ' ');
  }, line);
}

/** The classes of the squiggles under `length` characters from 0-based `column` of a 1-based line. */
async function squigglesOver(editor, line, column, length) {
  const box = await textBox(editor, line, column, length);
  if (!box) throw new Error(`line ${line} is not on screen`);
  return editor.evaluate((root, box) => [...root.querySelectorAll('[class*="squiggly-"]')].filter((squiggle) => {
    const r = squiggle.getBoundingClientRect();
    return r.left < box.left + box.width - 1 && r.right > box.left + 1 && r.top < box.top + box.height && r.bottom > box.top;
  }).map((squiggle) => [...squiggle.classList].find((name) => name.startsWith('squiggly-'))), box);
}

/**
 * Points the mouse at `word` in a 1-based line and waits for the hover to say each of `parts` (VS Code fills it
 * in as its providers answer); returns its text.
 */
async function hoverSays(page, editor, line, word, parts, { waitFor }) {
  const column = (await lineTextOf(editor, line)).indexOf(word);
  if (column < 0) throw new Error(`line ${line} has no "${word}"`);
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');
  const box = await textBox(editor, line, column, word.length);
  await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  let text = '';
  await waitFor(async () => {
    text = (await hover.innerText({ timeout: 1000 })).replace(/\s+/g, ' ');
    return parts.every((part) => text.includes(part));
  }, `the hover of "${word}" in line ${line} to say ${parts.map((part) => `"${part}"`).join(', ')}`)
    .catch((error) => { throw new Error(`${error.message}; it says: ${text}`); });
  await page.mouse.move(5, 450);
  return text;
}
