// The pre-commit hook as a user gets it: pre-commit sets up the hook from a clone of this repository by itself,
// from the npm package on a registry, with a new home, npm cache and pre-commit cache, on a machine where no Java
// can be found; a commit of a broken deck is stopped with decklint's findings, a clean deck is committed.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startRegistry } from './local-registry.mjs';
import { newPreCommitProject } from './pre-commit-project.mjs';
import { cleanDeck, repository, seedDeck, tarballs, verdaccio, version, work } from './settings.mjs';

describe('the pre-commit hook', () => {
  let registry;
  let folder;

  before(async () => {
    mkdirSync(work, { recursive: true });
    folder = mkdtempSync(path.join(work, 'pre-commit-'));
    registry = await startRegistry(verdaccio, path.join(folder, 'registry'), tarballs);
  });

  // the installs take 150 MB a run
  after(() => {
    registry?.stop();
    rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  });

  it('installs the decklint version of the pom, and its documentation names that version', () => {
    const hooks = readFileSync(path.join(repository, '.pre-commit-hooks.yaml'), 'utf8');
    assert.deepEqual([...hooks.matchAll(/\bdecklint@([^'"\],\s]+)/g)].map((match) => match[1]), [version]);
    assert.equal(JSON.parse(readFileSync(path.join(repository, 'package.json'), 'utf8')).version, version);
    const docs = readFileSync(path.join(repository, 'docs', 'install.md'), 'utf8');
    const named = new Set(docs.match(/(?<![\d.])\d+\.\d+\.\d+(?![\d.])/g));
    named.delete('4.6.1'); // the pre-commit version the page speaks of
    assert.deepEqual(named, new Set([version]));
    const readme = readFileSync(path.join(repository, 'README.md'), 'utf8');
    const start = readme.indexOf('## Install');
    const install = readme.slice(start, readme.indexOf('\n## ', start + 1));
    assert.ok(start >= 0 && install.length > 0, 'the README has no Install section');
    assert.deepEqual(new Set(install.match(/(?<![\d.])\d+\.\d+\.\d+(?![\d.])/g)), new Set([version]));
  });

  it('stops a commit of a broken deck with its findings and commits a clean deck, with no Java', (t) => {
    const { project, git, commit } = newPreCommitProject(folder, registry.url);

    copyFileSync(seedDeck, path.join(project, 'community-call.md'));
    git('add', 'community-call.md');
    const started = Date.now();
    const blocked = commit('the community call');
    t.diagnostic(`first commit, setting up the hook: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const output = blocked.stdout + blocked.stderr;
    assert.notEqual(blocked.status, 0, output);
    assert.match(output, /^decklint\.+Failed$/m);
    assert.match(output, /^community-call\.md:40:39 +error +.*garbled by a wrong encoding.* mojibake$/m);
    assert.equal(git('log', '--format=%s').trim(), 'pre-commit configuration');

    git('rm', '-q', '--cached', 'community-call.md');
    writeFileSync(path.join(project, 'welcome.md'), cleanDeck);
    git('add', 'welcome.md');
    const committed = commit('welcome deck');
    assert.equal(committed.status, 0, committed.stdout + committed.stderr);
    assert.match(committed.stdout + committed.stderr, /^decklint\.+Passed$/m);
    assert.equal(git('log', '-1', '--format=%s').trim(), 'welcome deck');
  });
});
