// The platform VSIX on a machine without Java: code-server itself runs under dist/src/test/without-java.sh (which
// fails unless no Java is visible), with target/decklint-<version>-<os>-<arch>.vsix installed, opens a copy of the
// example deck, and must show the deck's problems: the same ones, by count and severity, that the VSIX's own
// runtime and jar report for it on the command line, among them the broken separator and the empty slide.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openDeck, startCodeServer, waitFor } from './workbench.mjs';

const client = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(client, 'package.json'), 'utf8'));
export const PLATFORM_VSIX = join(client, 'target', `decklint-${version}-${process.platform}-${process.arch}.vsix`);
export const WITHOUT_JAVA = join(client, '..', 'dist', 'src', 'test', 'without-java.sh');
const DECK = 'community-call-2023-11-23.md';
// Where the platform VSIX keeps the runtime (src/embedded.ts).
const EMBEDDED_FOLDER = 'dist/embedded';

/** Runs the check; `step(name, check)` reports each part, `watch(page)` names the page to screenshot on failure. */
export async function embeddedRuntime({ codeServer, chromium, step, watch }) {
  if (!existsSync(PLATFORM_VSIX)) {
    throw new Error(`${PLATFORM_VSIX} does not exist; build it first (mvn -B package, or ` +
      'npm run package -- --target current)');
  }
  const work = join(client, 'target', 'e2e-embedded');
  rmSync(work, { recursive: true, force: true });
  const workspace = join(work, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const deckFile = join(workspace, DECK);
  copyFileSync(join(client, '..', 'examples', DECK), deckFile);

  const port = await startCodeServer({ codeServer, work, workspace, vsix: PLATFORM_VSIX, wrapper: ['sh', WITHOUT_JAVA] });
  const context = await launchBrowser(chromium, join(work, 'chromium-profile'));
  try {
    const page = context.pages()[0] ?? await context.newPage();
    watch(page);
    page.setDefaultTimeout(30_000);
    await step('without Java on the machine, the platform VSIX opens the deck', async () => {
      await openDeck(page, port, workspace, DECK);
    });

    await step('the status bar says decklint checks decks, and its output names the runtime it brought', async () => {
      const item = page.locator('.statusbar-item', { hasText: 'decklint' });
      await item.locator('.codicon-check').waitFor({ timeout: 60_000 });
      await item.click();
      const output = page.locator('.part.panel .monaco-editor .view-lines');
      await waitFor(async () => /Using Java \d+ at .*dist\/embedded\/runtime\/bin\/java \(from the runtime that comes with the extension\)/
        // The output wraps long lines (join them again) and shows spaces as no-break spaces.
        .test((await output.innerText()).replaceAll('\n', '').replaceAll('\u00a0', ' ')), 'the output to name the built-in runtime');
    });

    await step('the Problems panel shows the deck\'s problems, as the VSIX\'s runtime finds them on the command line', async () => {
      const expected = findingsOnTheCommandLine(join(work, 'extensions'), deckFile);
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-list-row');
      await problems.filter({ hasText: 'does not start a new slide' }).first().waitFor();
      await problems.filter({ hasText: 'Third Community Hackathon' }).first().waitFor();
      const counts = page.locator('.statusbar-item[id="status.problems"]');
      const want = `Errors: ${expected.error}, Warnings: ${expected.warning}, Infos: ${expected.info}`;
      await waitFor(async () => (await counts.getAttribute('aria-label'))?.includes(want),
        `the status bar to count ${want} (it says "${await counts.getAttribute('aria-label')}")`);
    });

    await step('the server started with its start-up archive: the JVM warned of nothing', async () => {
      const log = outputLog(join(work, 'user-data', 'logs'));
      const warnings = log.split('\n').filter((line) => /\[(aot|cds)|start-up archive|\[warn|\[error/i.test(line));
      if (warnings.length > 0) throw new Error(`the decklint output says:\n${warnings.join('\n')}`);
    });
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** What the extension wrote to its output ("decklint: Show Output"), as VS Code keeps it on disk. */
function outputLog(logs) {
  const files = readdirSync(logs, { recursive: true }).filter((file) => file.endsWith(join('decklint.decklint', 'decklint.log')));
  if (files.length !== 1) throw new Error(`expected one decklint output log under ${logs}, found ${files.length}`);
  return readFileSync(join(logs, files[0]), 'utf8');
}

/** What the installed VSIX's own runtime and jar report for the deck, by severity, with Java hidden as well. */
function findingsOnTheCommandLine(extensions, deckFile) {
  const installed = readdirSync(extensions).find((name) => name.startsWith('decklint.decklint-'));
  if (!installed) throw new Error(`the VSIX was not unpacked into ${extensions}`);
  const embedded = join(extensions, installed, EMBEDDED_FOLDER);
  const manifest = JSON.parse(readFileSync(join(embedded, 'embedded.json'), 'utf8'));
  const lint = spawnSync('sh', [WITHOUT_JAVA, join(embedded, manifest.java), '-jar', join(embedded, manifest.jar),
    'lint', '--format', 'json', deckFile], { encoding: 'utf8' });
  if (lint.status !== 1) {
    throw new Error(`the VSIX's runtime should find errors in ${deckFile} (exit 1), but exited ${lint.status}: ${lint.stderr}`);
  }
  const counts = { error: 0, warning: 0, info: 0, total: 0 };
  for (const finding of JSON.parse(lint.stdout).files[0].diagnostics) {
    counts[finding.severity]++;
    counts.total++;
  }
  return counts;
}
