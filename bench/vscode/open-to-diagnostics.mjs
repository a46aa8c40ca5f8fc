// Open deck → first diagnostics in VS Code, cold: each run starts a fresh code-server (new profile, the VSIX just
// installed), opens the example deck once, and times from the click on the deck in the explorer to the first
// problem VS Code counts in its status bar. It alternates the platform VSIX with its built-in runtime (code-server
// under dist/src/test/without-java.sh, so no other Java can be used) and the universal VSIX on the machine's Java,
// and prints every time and the medians, and where the time went by the extension host's and the extension's
// logs: from the click to the extension's activation, from there to the Java chosen ("Using Java …"), and from
// there (the server's JVM starting, initialising and checking the deck) to the diagnostics on screen.
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
const times = variants.map(() => []);
const phases = variants.map(() => ({ activation: [], java: [], server: [] }));
try {
  for (let run = 1; run <= runs; run++) {
    for (const [index, variant] of variants.entries()) {
      const { total, activation, java, server } = await openToDiagnostics(variant, join(scratch, `${run}-${index}`));
      times[index].push(total);
      Object.entries({ activation, java, server }).forEach(([phase, ms]) => phases[index][phase].push(ms));
      console.log(`run ${run}  ${variant.name}: ${total} ms (to activation ${activation}, to Java chosen ${java}, ` +
        `to diagnostics ${server})`);
    }
  }
} finally {
  await stopAll();
  rmSync(scratch, { recursive: true, force: true });
}
const medians = times.map(median);
for (const [index, variant] of variants.entries()) {
  console.log(`median of ${runs}  ${variant.name}: ${medians[index]} ms  (all: ${times[index].join(', ')}); ` +
    `phases' medians: to activation ${median(phases[index].activation)}, to Java chosen ${median(phases[index].java)}, ` +
    `to diagnostics ${median(phases[index].server)}`);
}
console.log(`built-in runtime / machine Java: ${(medians[0] / medians[1]).toFixed(2)}`);

async function openToDiagnostics({ vsix, wrapper }, work) {
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
    const started = Date.now();
    await deck.click();
    await page.waitForFunction(() => /(Errors|Warnings|Infos): [1-9]/
      .test(document.getElementById('status.problems')?.getAttribute('aria-label') ?? ''), undefined, { polling: 'raf' });
    const shown = Date.now();
    const activated = loggedAt(work, 'remoteexthost.log', /_doActivateExtension decklint\.decklint/);
    const javaChosen = loggedAt(work, 'decklint.log', /Using Java/);
    return { total: shown - started, activation: activated - started, java: javaChosen - activated, server: shown - javaChosen };
  } finally {
    await context.close().catch(() => undefined);
    await stopAll();
  }
}

/** When the first line matching `pattern` was logged to a file named `name` under the profile's logs. */
function loggedAt(work, name, pattern) {
  const logs = join(work, 'user-data', 'logs');
  for (const file of readdirSync(logs, { recursive: true }).filter((path) => path.endsWith(name))) {
    const line = readFileSync(join(logs, file), 'utf8').split('\n').find((text) => pattern.test(text));
    if (line) return new Date(line.slice(0, 23).replace(' ', 'T')).getTime();
  }
  throw new Error(`no line matching ${pattern} in ${name} under ${logs}`);
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
