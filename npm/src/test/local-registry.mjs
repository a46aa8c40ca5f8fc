// An npm registry of its own for the tests: verdaccio on 127.0.0.1 with its storage in a temporary folder and no
// uplinks, so it serves only what the tests publish and never asks another registry for anything.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { mustRun } from './processes.mjs';

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function config(folder) {
  return `storage: ${JSON.stringify(path.join(folder, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(path.join(folder, 'htpasswd'))}
uplinks: {}
packages:
  '**':
    access: $all
    publish: $authenticated
web:
  enable: false
# the platform packages carry a Java runtime
max_body_size: 300mb
log: { type: stdout, format: pretty, level: error }
`;
}

async function waitUntilUp(url, verdaccio) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (verdaccio.exitCode !== null) throw new Error(`verdaccio ended with ${verdaccio.exitCode} before it answered`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within 60 s`);
}

/**
 * Starts verdaccio (the bin under verdaccioFolder's node_modules) with its files in folder, signs up a
 * throw-away user, publishes the tarballs with its token and returns { url, stop() }.
 */
export async function startRegistry(verdaccioFolder, folder, tarballs) {
  mkdirSync(folder, { recursive: true });
  const configFile = path.join(folder, 'config.yaml');
  writeFileSync(configFile, config(folder));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = path.join(verdaccioFolder, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  // its own process group, so that stop() ends it and anything it started
  const verdaccio = spawn(process.execPath, [bin, '--config', configFile, '--listen', `127.0.0.1:${port}`], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => {
    try {
      process.kill(-verdaccio.pid, 'SIGKILL');
    } catch {
      // already ended
    }
  };
  // also when the test process ends without reaching stop() (a failed assertion, an exception)
  process.on('exit', stop);
  try {
    await waitUntilUp(url, verdaccio);
    const user = await fetch(`${url}-/user/org.couchdb.user:decklint-test`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'decklint-test', password: `throw-away-${process.pid}-${Date.now()}` }),
    });
    if (!user.ok) throw new Error(`verdaccio refused the test user: ${user.status} ${await user.text()}`);
    const { token } = await user.json();
    const userconfig = path.join(folder, 'npmrc');
    writeFileSync(userconfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    for (const tarball of tarballs) mustRun('npm', ['publish', tarball, '--userconfig', userconfig, '--registry', url]);
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
