// A deck project that uses this repository's pre-commit hook, as a new user on this machine would set it up.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mustRun, newUserEnvironment, run } from './processes.mjs';
import { preCommitBin, repository, version, withoutJava } from './settings.mjs';

function newGitRepository(folder, env) {
  mkdirSync(folder, { recursive: true });
  const git = (...args) => mustRun('git', args, { cwd: folder, env });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Deck Author');
  git('config', 'user.email', 'author@example.org');
  git('config', 'commit.gpgsign', 'false');
  return git;
}

/**
 * Makes, in folder, a clone of this repository with the tag of its version on the commit checked out here (so
 * uncommitted changes are not in it), and a deck project whose .pre-commit-config.yaml uses the hook from that
 * clone with `rev: v<version>`, as the README shows, with a new home, npm cache and pre-commit cache and npm
 * pointed at registryUrl; runs pre-commit install there. Returns { project, git(...args), commit(message) },
 * where commit runs git commit, and so the hook, where no Java can be found.
 */
export function newPreCommitProject(folder, registryUrl) {
  const env = {
    ...newUserEnvironment(folder, registryUrl),
    PATH: `${preCommitBin}${path.delimiter}${process.env.PATH}`,
    PRE_COMMIT_HOME: path.join(folder, 'pre-commit-home'),
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const hookRepository = path.join(folder, 'decklint');
  mustRun('git', ['clone', '--quiet', '--no-checkout', repository, hookRepository], { env });
  const tag = `v${version}`;
  // --force: the clone has the tag already once the version is released, maybe on an older commit
  mustRun('git', ['tag', '--force', tag, 'HEAD'], { cwd: hookRepository, env });

  const project = path.join(folder, 'talks');
  const git = newGitRepository(project, env);
  writeFileSync(path.join(project, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hookRepository}\n    rev: ${tag}\n    hooks:\n      - id: decklint\n`);
  git('add', '.pre-commit-config.yaml');
  git('commit', '-q', '-m', 'pre-commit configuration');
  mustRun(withoutJava, ['pre-commit', 'install'], { cwd: project, env });
  const commit = (message) => run(withoutJava, ['git', 'commit', '-m', message], { cwd: project, env });
  return { project, git, commit };
}
