// What the build hands the tests (npm/pom.xml sets these), and the repository's files they use.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests with mvn -B verify -pl npm`);
  return value;
}

export const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const version = required('DECKLINT_VERSION');
/** the folder with the npm pack tarballs */
export const packages = required('DECKLINT_PACKAGES');
/** the tarballs npm pack made of the main package and this platform's */
export const tarballs = readdirSync(packages).filter((name) => name.endsWith('.tgz')).map((name) => path.join(packages, name));
if (tarballs.length !== 2) throw new Error(`expected the main and one platform package in ${packages}: ${tarballs}`);
/** the folder where npm ci installed verdaccio */
export const verdaccio = required('DECKLINT_VERDACCIO');
/** the bin folder of the virtual environment pip installed pre-commit into */
export const preCommitBin = required('DECKLINT_PRE_COMMIT_BIN');
/** where the tests make their temporary folders */
export const work = required('DECKLINT_TEST_WORK');
export const withoutJava = path.join(repository, 'dist', 'src', 'test', 'without-java.sh');
export const seedDeck = path.join(repository, 'examples', 'community-call-2023-11-23.md');
/** a deck with no errors and no warnings */
export const cleanDeck = '---\ntype: slide\n---\n\n# Welcome\n\nWhat we did this year.\n\n---\n\n# Thanks\n\nQuestions?\n';
export const platformPackage = `@decklint/${process.platform}-${process.arch}`;
/** the unpacked archive the platform package was staged from (npm/stage.mjs --built-here) */
export const archiveFolder = path.join(repository, 'dist', 'target', `decklint-${version}-${process.platform}-${process.arch}`);
