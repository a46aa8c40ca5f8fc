// The release's checks (.github/scripts) as a tag runs them: in a copy of the scripts and the pom beside a
// changelog the test writes, so that each way a changelog can be unready is tried.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from './processes.mjs';
import { repository, version, work } from './settings.mjs';

const links = `[Unreleased]: https://github.com/decklint/decklint/compare/v${version}...HEAD\n` +
  `[${version}]: https://github.com/decklint/decklint/releases/tag/v${version}\n`;
const released = `## [${version}]\n\n### Added\n\n- Slides that lint themselves.\n\n### Fixed\n\n- A deck that crashed.\n\n`;
const older = '## [0.0.9]\n\n### Added\n\n- Something older.\n\n';

describe('the release checks', () => {
  let folder;

  before(() => {
    mkdirSync(work, { recursive: true });
    folder = mkdtempSync(path.join(work, 'release-scripts-'));
    cpSync(path.join(repository, '.github', 'scripts'), path.join(folder, '.github', 'scripts'), { recursive: true });
    cpSync(path.join(repository, 'pom.xml'), path.join(folder, 'pom.xml'));
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs check-tag.sh for the pom's version with the given changelog. */
  function checkTag(changelog, tag = `v${version}`) {
    writeFileSync(path.join(folder, 'CHANGELOG.md'), changelog);
    return run(path.join(folder, '.github', 'scripts', 'check-tag.sh'), [tag]);
  }

  it('release a version whose changes are all under its heading, with that section as the notes', () => {
    const changelog = `# Changelog\n\n## [Unreleased]\n\n${released}${older}${links}`;
    assert.equal(checkTag(changelog).status, 0);
    const platforms = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];
    const out = path.join(folder, 'out');
    mkdirSync(out, { recursive: true });
    for (const file of [`decklint-${version}.tgz`, `decklint-${version}.vsix`, ...platforms.flatMap((platform) => [
      `decklint-${version}-${platform}.${platform === 'win32-x64' ? 'zip' : 'tar.gz'}`,
      `decklint-${platform}-${version}.tgz`, `decklint-${version}-${platform}.vsix`])]) {
      writeFileSync(path.join(out, file), '');
    }
    const publish = run(path.join(folder, '.github', 'scripts', 'publish.sh'), [`v${version}`, out], {
      env: { ...process.env, DRY_RUN: '1' },
    });
    assert.equal(publish.status, 0, publish.stderr);
    const release = publish.stdout.split('would run: ').find((command) => command.startsWith('gh release create'));
    assert.ok(release, publish.stdout);
    assert.match(release, /- Slides that lint themselves\.\n\n### Fixed\n\n- A deck that crashed\./);
    assert.doesNotMatch(release, /Something older|\[Unreleased\]|https:/);
  });

  it('refuse a release while changes wait under Unreleased, which its notes would leave out', () => {
    const changelog = `# Changelog\n\n## [Unreleased]\n\n### Added\n\n- A late feature.\n\n${released}${links}`;
    const result = checkTag(changelog);
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`lists changes under '## \\[Unreleased\\]'.*move them under '## \\[${version}\\]'`));
  });

  it('refuse a release whose version has no section, or an empty one', () => {
    for (const changelog of [`# Changelog\n\n## [Unreleased]\n\n- A feature.\n\n${older}`,
      `# Changelog\n\n## [Unreleased]\n\n## [${version}]\n\n${older}${links}`]) {
      const result = checkTag(changelog);
      assert.equal(result.status, 1, changelog);
      assert.match(result.stderr, new RegExp(`no changes under '## \\[${version}\\]'`));
    }
  });

  it('refuse a tag that is not the version in the pom', () => {
    const result = checkTag(`# Changelog\n\n${released}`, 'v0.0.1');
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`the tag is 'v0\\.0\\.1', but the pom says ${version}`));
  });
});
