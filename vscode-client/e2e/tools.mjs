// Installs what the end-to-end test drives: a real VS Code (code-server, from the npm registry) and
// playwright-core, into a cache folder that survives `mvn clean` (about 300 MB and two minutes to build).
// Nothing is downloaded from anywhere but the npm registry: the steps below stop code-server's install
// scripts from fetching ripgrep and Node headers from elsewhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3'; // the newest that runs on Node 20
export const PLAYWRIGHT_VERSION = '1.65.1';
// @vscode/ripgrep's postinstall looks in this cache before downloading rg from GitHub.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const CHROMIUM = process.env.DECKLINT_CHROMIUM || '/usr/bin/chromium';

/** Debian packages the install and the run need; .ci/run installs them. */
const DEBIAN_PACKAGES = 'build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev python3 ripgrep chromium';

export function toolsFolder() {
  const cache = process.env.DECKLINT_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'decklint-e2e');
  return join(cache, `code-server-${CODE_SERVER_VERSION}-playwright-${PLAYWRIGHT_VERSION}`);
}

/** Fails with the apt-get line to run when the machine lacks something the test cannot do without. */
export function checkMachine() {
  const missing = [];
  const has = (command, args = ['--version']) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM})`);
  if (!has('rg')) missing.push('ripgrep (rg)');
  if (!has('make') || !has('g++')) missing.push('a C++ tool chain (make, g++)');
  if (!has('python3')) missing.push('python3 (node-gyp runs on it)');
  if (!has('pkg-config')) missing.push('pkg-config');
  else {
    for (const library of ['x11', 'xkbfile', 'libsecret-1', 'krb5-gssapi']) {
      if (!has('pkg-config', ['--exists', library])) missing.push(`the ${library} development files`);
    }
  }
  if (Number(process.versions.node.split('.')[0]) !== 20) {
    missing.push(`Node.js 20 (code-server ${CODE_SERVER_VERSION} refuses Node ${process.versions.node})`);
  }
  if (missing.length > 0) {
    throw new Error(`the end-to-end test needs ${missing.join(', ')}. On Debian: ` +
      `apt-get install ${DEBIAN_PACKAGES} (this is what .ci/run does).`);
  }
}

/** Returns the folder with node_modules/.bin/code-server and node_modules/playwright-core, installing once. */
export function installTools(log = console.log) {
  const folder = toolsFolder();
  const done = join(folder, 'installed');
  if (existsSync(done)) {
    return folder;
  }
  if (installedVersion(folder) === CODE_SERVER_VERSION) {
    writeFileSync(done, `${new Date().toISOString()}\n`);
    return folder;
  }
  log(`decklint e2e: installing code-server ${CODE_SERVER_VERSION} and playwright-core ${PLAYWRIGHT_VERSION} ` +
    `into ${folder} (once, about two minutes)`);
  rmSync(folder, { recursive: true, force: true });
  const tmp = join(folder, 'tmp');
  mkdirSync(join(tmp, RIPGREP_CACHE), { recursive: true });
  execFileSync('tar', ['czf', join(tmp, RIPGREP_CACHE, RIPGREP_ARCHIVE), '-C', dirname(whichRg()), 'rg']);
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'decklint-e2e-tools', private: true }, null, 2));
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root otherwise
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which asks otherwise
    npm_config_nodedir: '/usr', // node-gyp builds against the local Node headers instead of downloading them
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    ...scratchHome(folder),
  };
  const install = spawnSync('npm', ['install', '--foreground-scripts', '--no-save',
    `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`], {
    cwd: folder,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  writeFileSync(join(folder, 'install.log'), `${install.stdout ?? ''}\n${install.stderr ?? ''}`);
  if (install.status !== 0 || !existsSync(join(folder, 'node_modules', '.bin', 'code-server'))) {
    throw new Error(`installing code-server failed (exit ${install.status}); see ${join(folder, 'install.log')}`);
  }
  const version = installedVersion(folder);
  if (version !== CODE_SERVER_VERSION) {
    throw new Error(`the installed code-server says it is version ${version}, not ${CODE_SERVER_VERSION}`);
  }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(done, `${new Date().toISOString()}\n`);
  return folder;
}

/** The version the folder's code-server prints ("4.100.3 <commit> with Code 1.100.3"), if it runs. */
function installedVersion(folder) {
  const codeServer = join(folder, 'node_modules', '.bin', 'code-server');
  if (!existsSync(codeServer)) {
    return undefined;
  }
  const run = spawnSync(codeServer, ['--version'], { env: { ...process.env, ...scratchHome(folder) }, encoding: 'utf8' });
  return /^(\d+\.\d+\.\d+) [0-9a-f]{40} with Code/m.exec(run.stdout ?? '')?.[1];
}

/** Checks the machine, installs the tools once, and returns code-server's command and playwright's Chromium. */
export function codeServerAndChromium() {
  checkMachine();
  const tools = installTools();
  return {
    codeServer: join(tools, 'node_modules', '.bin', 'code-server'),
    chromium: createRequire(join(tools, 'package.json'))('playwright-core').chromium,
  };
}

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** code-server writes config and data below these even for --version; keep them out of the user's home. */
export function scratchHome(folder) {
  return {
    XDG_CONFIG_HOME: join(folder, 'xdg', 'config'),
    XDG_DATA_HOME: join(folder, 'xdg', 'data'),
    XDG_CACHE_HOME: join(folder, 'xdg', 'cache'),
  };
}

function whichRg() {
  const found = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error('ripgrep (rg) is not on the PATH; on Debian: apt-get install ripgrep');
  }
  return found.stdout.trim();
}

// `node e2e/tools.mjs` installs the tools on their own, e.g. to warm a machine's cache.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    checkMachine();
    console.log(installTools());
  } catch (error) {
    console.error(`decklint e2e: ${error.message}`);
    process.exit(1);
  }
}
