// The npm packages as a user gets them: packed, published to a registry, installed with a new npm cache and home
// into an empty project, and run with npx on a machine where no Java can be found.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startRegistry } from './local-registry.mjs';
import { mustRun, newUserEnvironment, run } from './processes.mjs';
import {
  archiveFolder, cleanDeck, packages, platformPackage, repository, seedDeck, tarballs, verdaccio, version, withoutJava,
  work,
} from './settings.mjs';

const stackTraceLine = /^\s+at /m;

describe('the decklint npm package', () => {
  let registry;
  let folder;
  let installed;

  /** A new project folder with its own home and npm cache, where npm installs decklint from the test registry. */
  function newProject(name, ...installOptions) {
    const project = path.join(folder, name);
    mkdirSync(project);
    const env = newUserEnvironment(project, registry.url);
    mustRun('npm', ['init', '-y'], { cwd: project, env });
    mustRun('npm', ['install', '--save-dev', `decklint@${version}`, ...installOptions], { cwd: project, env });
    return { project, env };
  }

  before(async () => {
    mkdirSync(work, { recursive: true });
    folder = mkdtempSync(path.join(work, 'npm-package-'));
    registry = await startRegistry(verdaccio, path.join(folder, 'registry'), tarballs);
    installed = newProject('project');
  });

  // the installs take 150 MB a run
  after(() => {
    registry?.stop();
    rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  });

  it('keeps the executable bit of the launchers and the runtime inside the packed tarballs', () => {
    const listing = tarballs.map((tarball) => mustRun('tar', ['-tvzf', tarball])).join('\n');
    for (const file of ['package/bin/decklint.js', 'package/bin/decklint', 'package/runtime/bin/java']) {
      const line = listing.split('\n').find((entry) => entry.endsWith(` ${file}`));
      assert.ok(line, `${file} is not in the packed packages`);
      assert.match(line, /^-rwxr-xr-x /, `${file} is not executable: ${line}`);
    }
  });

  it('carries every file of the archive, the links jlink makes among them', () => {
    const platformTarball = path.join(packages, `decklint-${process.platform}-${process.arch}-${version}.tgz`);
    const packed = new Set(mustRun('tar', ['-tzf', platformTarball]).split('\n'));
    const archived = readdirSync(archiveFolder, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.relative(archiveFolder, path.join(entry.parentPath ?? entry.path, entry.name)));
    assert.ok(archived.length > 0, `${archiveFolder} is empty`);
    assert.deepEqual(archived.filter((file) => !packed.has(`package/${file}`)), []);
  });

  it('installs with only the package for this platform, all of the version in the pom', () => {
    const { project } = installed;
    const platformFolders = readdirSync(path.join(project, 'node_modules', '@decklint'));
    assert.deepEqual(platformFolders, [platformPackage.replace('@decklint/', '')]);
    const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules', 'decklint', 'package.json'), 'utf8'));
    assert.equal(manifest.version, version);
    assert.ok(Object.keys(manifest.optionalDependencies).includes(platformPackage));
    assert.deepEqual(new Set(Object.values(manifest.optionalDependencies)), new Set([version]));
  });

  it('lints with npx, prints its version and passes the exit status on, where no Java can be found', () => {
    const { project, env } = installed;
    copyFileSync(seedDeck, path.join(project, 'talk.md'));
    writeFileSync(path.join(project, 'clean.md'), cleanDeck);
    const npx = (...args) => run(withoutJava, ['npx', 'decklint', ...args], { cwd: project, env });

    const broken = npx('lint', '--no-color', 'talk.md');
    assert.equal(broken.status, 1, broken.stderr);
    assert.match(broken.stdout, /^talk\.md:40:39 +error +.*garbled by a wrong encoding.* mojibake$/m);
    assert.match(broken.stdout, /^talk\.md:70:1 +error +This ---- does not start a new slide.* separator-spacing$/m);
    assert.match(broken.stdout, /problems \(2 errors, \d+ warnings, \d+ infos\) in 1 deck\./);

    const clean = npx('lint', '--no-color', 'clean.md');
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);

    const versionRun = npx('--version');
    assert.equal(versionRun.status, 0, versionRun.stderr);
    assert.match(versionRun.stdout, new RegExp(`\\b${version.replaceAll('.', '\\.')}\\b`));
  });

  it('starts from the start-up archive once npm installed it, though npm gives every file the time of the install', () => {
    const { project, env } = installed;
    const home = path.join(project, 'node_modules', platformPackage);
    const runOptions = readFileSync(path.join(home, 'lib', 'java-options'), 'utf8').match(/^run=(.*)$/m)[1];
    const cacheRequired = { ...env, DECKLINT_JAVA_OPTS: `${runOptions} -XX:AOTCache=${path.join(home, 'lib', 'decklint.aot')} -XX:AOTMode=on` };
    const started = run(withoutJava, ['npx', 'decklint', '--version'], { cwd: project, env: cacheRequired });
    assert.equal(started.status, 0, started.stdout + started.stderr);
    assert.doesNotMatch(started.stderr, /Unable to use AOT cache/);
  });

  it('runs as the GitHub Action: annotations, a SARIF file for code scanning and the exit status, with no Java', () => {
    const { project, env } = installed;
    copyFileSync(seedDeck, path.join(project, 'action-talk.md'));
    const outputs = path.join(project, 'github-output');
    writeFileSync(outputs, '');
    const action = run(withoutJava, [path.join(repository, '.github', 'scripts', 'action-lint.sh')], {
      cwd: project,
      env: { ...env, INPUT_PATHS: 'action-talk.md', INPUT_ARGS: '--max-warnings 0', GITHUB_OUTPUT: outputs, RUNNER_TEMP: project },
    });
    assert.equal(action.status, 1, action.stdout + action.stderr);
    assert.match(action.stdout, /^::error file=action-talk\.md,line=40,col=39,.*mojibake/m);
    const sarifFile = readFileSync(outputs, 'utf8').match(/^sarif=(.*)$/m)?.[1];
    assert.ok(sarifFile, `no sarif output in ${readFileSync(outputs, 'utf8')}`);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    assert.equal(sarif.runs[0].tool.driver.version, version);
    assert.ok(sarif.runs[0].results.some((result) => result.ruleId === 'separator-spacing'));
  });

  it('names the missing platform package and the supported platforms, with no stack trace', () => {
    const { project, env } = newProject('no-optional', '--omit=optional');
    const result = run('npx', ['decklint', 'lint', 'talk.md'], { cwd: project, env });
    assert.equal(result.status, 2);
    assert.match(result.stderr, new RegExp(`the package ${platformPackage}, which holds decklint for this platform, is not installed`));
    assert.match(result.stderr, /decklint is published for linux-x64, .*win32-x64\./);
    assert.doesNotMatch(result.stderr, stackTraceLine);
  });

  it('is not installed on Linux with musl libc (Alpine), where its runtime cannot start, and says why', () => {
    const { project, env } = newProject('musl', '--libc=musl');
    assert.ok(!existsSync(path.join(project, 'node_modules', platformPackage)), `npm installed ${platformPackage} for musl`);
    assertMuslRefused(project, env);
  });

  it('says the same on musl where an older npm or a glibc lockfile installed the Linux package anyway', () => {
    const { project, env } = installed;
    assert.ok(existsSync(path.join(project, 'node_modules', platformPackage)));
    assertMuslRefused(project, env);
  });

  it('passes a signal sent to the launcher on to decklint, which ends', async () => {
    const { project, env } = installed;
    const launcher = spawn(path.join(project, 'node_modules', '.bin', 'decklint'), ['lsp'], {
      cwd: project, env, stdio: ['pipe', 'pipe', 'inherit'],
    });
    const ended = new Promise((resolve) => launcher.on('exit', (code, signal) => resolve({ code, signal })));
    let decklint;
    try {
      // A supervisor stops a server that is up: wait for its answer to `initialize`. (A SIGTERM while the JVM
      // itself still boots can end it with 1 instead of 143: JDK-8367597, fixed after JDK 25.)
      await initialized(launcher);
      decklint = run('pgrep', ['-P', String(launcher.pid)]).stdout.trim();
      assert.ok(decklint, 'the launcher started no decklint');
      launcher.kill('SIGTERM');
      const { code, signal } = await ended;
      // the JVM ends on SIGTERM with 128 + 15, which the launcher passes on
      assert.ok(code === 143 || signal === 'SIGTERM', `the launcher ended with ${code ?? signal}`);
      assert.equal(run('kill', ['-0', decklint]).status, 1, `decklint (process ${decklint}) still runs`);
    } finally {
      launcher.stdin.end();
      launcher.kill('SIGKILL');
      if (decklint) run('kill', ['-KILL', decklint]);
    }
  });
});

/** Sends the language server its `initialize` request and waits (at most 60 s) for the answer. */
function initialized(server) {
  const request = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize',
    params: { processId: null, rootUri: null, capabilities: {} } });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(request)}\r\n\r\n${request}`);
  return new Promise((resolve, reject) => {
    let answer = '';
    const timer = setTimeout(() => reject(new Error(`no answer to initialize in 60 s: ${answer}`)), 60_000);
    server.stdout.on('data', (chunk) => {
      answer += chunk;
      if (/"id":1,"result"|"result":.*"id":1/s.test(answer)) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code, signal) => reject(new Error(`the server ended with ${code ?? signal} before answering`)));
  });
}

/** Runs `npx decklint lint` as on musl (Node reports no glibc there; a preloaded script makes this Node do so). */
function assertMuslRefused(project, env) {
  const musl = path.join(project, 'report-musl.cjs');
  writeFileSync(musl, `const getReport = process.report.getReport.bind(process.report);
process.report.getReport = (...args) => { const report = getReport(...args); delete report.header.glibcVersionRuntime; return report; };
`);
  const result = run('npx', ['decklint', 'lint', 'talk.md'], { cwd: project, env: { ...env, NODE_OPTIONS: `--require ${musl}` } });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^decklint: decklint is not published for Linux with musl libc \(Alpine, say\): its Java runtime needs glibc\.$/m);
  assert.match(result.stderr, /It is published for linux-x64, .*win32-x64, the Linux ones for glibc\./);
  assert.doesNotMatch(result.stderr, stackTraceLine);
}
