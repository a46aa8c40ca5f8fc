#!/usr/bin/env node
// Times a commit through the pre-commit hook the first time (pre-commit sets the hook up: a Node environment and
// the decklint npm package from a registry) and the second time, for a new user each run: new home, npm cache and
// pre-commit cache, the registry on 127.0.0.1, no Java to be found. Prints each run and the medians.
// Uses what the npm module's build leaves in npm/target; run after
//   mvn -B -pl npm -am verify -DskipTests -DskipITs=false
// then: node bench/pre-commit-first-run.mjs [RUNS]   (5 by default)
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'npm', 'target');
const packages = path.join(target, 'packages');
const mainTarball = readdirSync(packages).find((name) => /^decklint-\d+\.\d+\.\d+.*\.tgz$/.test(name));
if (!mainTarball) throw new Error(`no decklint package in ${packages}: build the npm module first`);
Object.assign(process.env, {
  DECKLINT_VERSION: mainTarball.slice('decklint-'.length, -'.tgz'.length),
  DECKLINT_PACKAGES: packages,
  DECKLINT_VERDACCIO: path.join(target, 'registry'),
  DECKLINT_PRE_COMMIT_BIN: path.join(target, 'pre-commit', 'bin'),
  DECKLINT_TEST_WORK: path.join(target, 'bench'),
});
// after the environment above, which they read
const { startRegistry } = await import('../npm/src/test/local-registry.mjs');
const { newPreCommitProject } = await import('../npm/src/test/pre-commit-project.mjs');
const { cleanDeck, tarballs, work } = await import('../npm/src/test/settings.mjs');

const runs = Number(process.argv[2] ?? 5);
const seconds = (start) => (performance.now() - start) / 1000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

rmSync(work, { recursive: true, force: true });
const registry = await startRegistry(process.env.DECKLINT_VERDACCIO, path.join(work, 'registry'), tarballs);
const first = [];
const second = [];
try {
  for (let i = 0; i < runs; i++) {
    const folder = mkdtempSync(path.join(work, 'user-'));
    const { project, git, commit } = newPreCommitProject(folder, registry.url);
    for (const [times, deck] of [[first, 'welcome.md'], [second, 'thanks.md']]) {
      writeFileSync(path.join(project, deck), cleanDeck);
      git('add', deck);
      const start = performance.now();
      const result = commit(deck);
      if (result.status !== 0) throw new Error(`the commit of ${deck} failed:\n${result.stdout}${result.stderr}`);
      times.push(seconds(start));
    }
    console.log(`run ${i + 1}: first commit ${first.at(-1).toFixed(1)} s, second ${second.at(-1).toFixed(1)} s`);
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(`median of ${runs}: first commit ${median(first).toFixed(1)} s, second ${median(second).toFixed(1)} s`);
} finally {
  registry.stop();
}
