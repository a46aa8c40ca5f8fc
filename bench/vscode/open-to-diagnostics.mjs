// Open deck → first diagnostics in VS Code, cold: each run starts a fresh code-server (new profile, the VSIX just
// installed), opens the example deck once, and times from the click on the deck in the explorer to the first
// problem VS Code counts in its status bar. It alternates the platform VSIX with its built-in runtime (code-server
// under dist/src/test/without-java.sh, so no other Java can be used) and the universal VSIX on the machine's Java,
// and prints every time and the medians, and where the time went: from the click to the extension's activation
// (the extension host's log), from there to the language server's process starting (its start time in /proc), and
// from there (the JVM starting, the server initialising and checking the deck, VS Code drawing the result) to the
// diagnostics on screen. (The extension's own log lines are no clock: VS Code writes them, with their time, only
// once the extension's log has been set up, which took up to 2 s after the line was logged.)
//
// Two moments to click, each run both ways: at once when the deck shows in the explorer, while VS Code is still
// starting its extension host (what the first version of this benchmark measured), and once VS Code has started
// ("Eager extensions activated" in the extension host's log), as a user who opens a folder and then a deck.
//
//   node bench/vscode/open-to-diagnostics.mjs [RUNS]      (RUNS per VSIX, default 7)
//
// Build both VSIXes first (mvn -B -pl vscode-client -am package -DskipTests).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_VSIX, WITHOUT_JAVA } from '../../vscode-client/e2e/embedded-runtime.mjs';
import { loadTools } from '../../vscode-client/e2e/tools.mjs';
import { launchBrowser, startCodeServer, stopAll } from '../../vscode-client/e2e/workbench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const client = join(root, 'vscode-client');
const { version } = JSON.parse(readFileSync(join(client, 'package.json'), 'utf8'));
const DECK = 'community-call-2023-11-23.md';
const runs = Number(process.argv[2] ?? 7);
const variants = [
  { name: 'platform VSIX, built-in runtime, no Java on the machine', vsix: PLATFORM_VSIX, wrapper: ['sh', WITHOUT_JAVA] },
  { name: `universal VSIX, the machine's ${javaOnPath()}`, vsix: join(client, 'target', `decklint-${version}.vsix`), wrapper: [] },
];

const { codeServer, chromium } = loadTools();
const scratch = mkdtempSync(join(tmpdir(), 'decklint-bench-vscode-'));
const moments = [
  { name: 'click at once', waitForStartUp: false },
  { name: 'click once VS Code has started', waitForStartUp: true },
];
const cases = moments.flatMap((moment) => variants.map((variant, index) => ({ moment, variant, index })));
const times = cases.map(() => []);
const phases = cases.map(() => ({ activation: [], spawn: [], server: [] }));
try {
  for (let run = 1; run <= runs; run++) {
    for (const [at, { moment, variant }] of cases.entries()) {
      const { total, activation, spawn, server } = await openToDiagnostics(variant, moment, join(scratch, `${run}-${at}`));
      times[at].push(total);
      Object.entries({ activation, spawn, server }).forEach(([phase, ms]) => phases[at][phase].push(ms));
      console.log(`run ${run}  ${moment.name}, ${variant.name}: ${total} ms (to activation ${activation}, ` +
        `to the server's process ${spawn}, to diagnostics ${server})`);
    }
  }
} finally {
  await stopAll();
  rmSync(scratch, { recursive: true, force: true });
}
const medians = times.map(median);
for (const [at, { moment, variant }] of cases.entries()) {
  console.log(`median of ${runs}  ${moment.name}, ${variant.name}: ${medians[at]} ms  (all: ${times[at].join(', ')}); ` +
    `phases' medians: to activation ${median(phases[at].activation)}, to the server's process ` +
    `${median(phases[at].spawn)}, to diagnostics ${median(phases[at].server)}`);
}
for (const moment of moments) {
  const [builtIn, machine] = cases.map((c, at) => c.moment === moment ? medians[at] : undefined).filter((m) => m !== undefined);
  console.log(`${moment.name}: built-in runtime / machine Java: ${(builtIn / machine).toFixed(2)}`);
}

async function openToDiagnostics({ vsix, wrapper }, { waitForStartUp }, work) {
  const workspace = join(work, 'workspace');
  mkdirSync(workspace, { recursive: true });
  copyFileSync(join(root, 'examples', DECK), join(workspace, DECK));
  const port = await startCodeServer({ codeServer, work, workspace, vsix, wrapper });
  const context = await launchBrowser(chromium, join(work, 'chromium-profile'));
  try {
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    const deck = page.locator('.explorer-folders-view .monaco-list-row', { hasText: DECK });
    await deck.waitFor();
    if (waitForStartUp) {
      await waitForLine(work, 'remoteexthost.log', /Eager extensions activated/);
    }
    const started = Date.now();
    await deck.click();
    await page.waitForFunction(() => /(Errors|Warnings|Infos): [1-9]/
      .test(document.getElementById('status.problems')?.getAttribute('aria-label') ?? ''), undefined, { polling: 'raf' });
    const shown = Date.now();
    const spawned = serverStartedAt(join(work, 'extensions'));
    const activated = loggedAt(work, 'remoteexthost.log', /_doActivateExtension decklint\.decklint/);
    return { total: shown - started, activation: activated - started, spawn: spawned - activated, server: shown - spawned };
  } finally {
    await context.close().catch(() => undefined);
    await stopAll();
  }
}

/** When the first line matching `pattern` was logged to a file named `name` under the profile's logs. */
function loggedAt(work, name, pattern) {
  const at = findLogged(work, name, pattern);
  if (at === undefined) throw new Error(`no line matching ${pattern} in ${name} under ${join(work, 'user-data', 'logs')}`);
  return at;
}

function findLogged(work, name, pattern) {
  const logs = join(work, 'user-data', 'logs');
  for (const file of readdirSync(logs, { recursive: true }).filter((path) => path.endsWith(name))) {
    const line = readFileSync(join(logs, file), 'utf8').split('\n').find((text) => pattern.test(text));
    if (line) return new Date(line.slice(0, 23).replace(' ', 'T')).getTime();
  }
  return undefined;
}

async function waitForLine(work, name, pattern) {
  const deadline = Date.now() + 120_000;
  while (findLogged(work, name, pattern) === undefined) {
    if (Date.now() > deadline) throw new Error(`VS Code did not log ${pattern} in ${name} within two minutes`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * When the language server's process started: the java process whose command line runs from the extension
 * installed under `extensions` (its runtime, or its server jar). Linux's /proc counts a process's start in clock
 * ticks (1/100 s) since boot, and /proc/uptime says how long ago that was.
 */
function serverStartedAt(extensions) {
  const bootedAt = Date.now() - Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let commandLine;
    try {
      commandLine = readFileSync(join('/proc', pid, 'cmdline'), 'utf8').split('\0');
    } catch {
      continue; // ended meanwhile
    }
    if (/java$/.test(commandLine[0]) && commandLine.some((part) => part.startsWith(extensions))) {
      const stat = readFileSync(join('/proc', pid, 'stat'), 'utf8');
      const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
      return Math.round(bootedAt + startTicks * 10);
    }
  }
  throw new Error(`no language server process runs from ${extensions}`);
}

function javaOnPath() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `Java ${/version "(\d+)/.exec(java.stderr ?? '')?.[1] ?? '(none found)'}`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}
