// A fresh code-server with one .vsix installed, on 127.0.0.1, and the Chromium that shows it: what the
// end-to-end runs and the open-to-diagnostics benchmark (bench/vscode) start. Every process started here is
// stopped by stopAll(), also when the caller fails or is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { CHROMIUM, freePort, scratchHome } from './tools.mjs';

/** User settings that keep VS Code's own dialogs, tips, updates and autosave out of the way. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.colorTheme': 'Default Light Modern',
  // VS Code's default; this code-server saves edits on its own otherwise. The tests save when they mean to.
  'files.autoSave': 'off',
};

const processes = [];

/**
 * Installs `vsix` into a new profile under `work` and starts code-server on `workspace`. `wrapper` is a command
 * code-server runs under (e.g. dist/src/test/without-java.sh). Returns the port it answers on.
 */
export async function startCodeServer({ codeServer, work, workspace, vsix, wrapper = [] }) {
  const userData = join(work, 'user-data');
  const extensions = join(work, 'extensions');
  for (const folder of [join(userData, 'User'), extensions]) {
    mkdirSync(folder, { recursive: true });
  }
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const env = { ...process.env, ...scratchHome(work) };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(codeServer, [...common, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (install.status !== 0 || !/was successfully installed/.test(install.stdout)) {
    throw new Error(`code-server could not install ${vsix}:\n${install.stdout}${install.stderr}`);
  }

  const port = await freePort();
  const log = createWriteStream(join(work, 'code-server.log'));
  const command = [...wrapper, codeServer, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace];
  // detached: the server runs in a session of its own (setsid), so killing its process group also stops the
  // extension host and the Java language server it started.
  const server = spawn(command[0], command.slice(1), { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  processes.push(server);
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const exited = new Promise((done) => server.once('exit', (code) => done(code)));
  await Promise.race([
    waitForHealth(port, 30_000, join(work, 'code-server.log')),
    exited.then((code) => {
      throw new Error(`code-server ended with exit code ${code} before it answered (see ${join(work, 'code-server.log')})`);
    }),
  ]);
  return port;
}

/** Loads the workbench on the workspace and opens `deck` from the explorer, as a user would. */
export async function openDeck(page, port, workspace, deck) {
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: deck }).click();
  await page.locator('.monaco-breadcrumbs', { hasText: deck }).waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** Headless Chromium with a profile of its own under `folder`. */
export function launchBrowser(chromium, folder) {
  return chromium.launchPersistentContext(folder, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export async function waitFor(condition, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await condition()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

async function waitForHealth(port, timeoutMs, logFile) {
  await waitFor(() => new Promise((done) => {
    get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (response) => {
      response.resume();
      done(response.statusCode === 200);
    }).on('error', () => done(false));
  }), `code-server to answer on 127.0.0.1:${port} (see ${logFile})`, timeoutMs);
}

/** Stops each code-server started here with everything it started: politely, then for good after two seconds. */
export async function stopAll() {
  const groups = processes.splice(0).map((child) => child.pid);
  signal(groups, 'SIGTERM');
  await new Promise((done) => setTimeout(done, 2000));
  signal(groups, 'SIGKILL');
}

function signal(groups, name) {
  for (const group of groups) {
    try {
      process.kill(-group, name);
    } catch {
      // the group has already ended
    }
  }
}

process.on('exit', () => signal(processes.map((child) => child.pid), 'SIGKILL'));
