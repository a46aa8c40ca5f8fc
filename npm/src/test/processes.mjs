// Running commands in the tests: their output is kept, and a command that fails says so with that output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Runs a command to its end; returns { status, signal, stdout, stderr }. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Runs a command that must succeed; returns its standard output. */
export function mustRun(command, args, options = {}) {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} ended with ${result.status ?? result.signal}\n` +
      `${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * The environment of a user who has never used npm here: a new home folder, an empty npm cache and an .npmrc
 * that knows only the given registry; nothing of the developer's npm settings comes along.
 */
export function newUserEnvironment(folder, registryUrl) {
  const home = path.join(folder, 'home');
  mkdirSync(home, { recursive: true });
  writeFileSync(path.join(home, '.npmrc'), `registry=${registryUrl}\n`);
  return {
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    HOME: home,
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    npm_config_userconfig: path.join(home, '.npmrc'),
    npm_config_cache: path.join(folder, 'npm-cache'),
    npm_config_registry: registryUrl,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}
