// Packages dist/ with vsce, offline, and checks that what a user installs holds the extension, the preview and
// the server, at the pom's version.
//
//   npm run package                                   the universal VSIX, target/decklint-<version>.vsix; it
//                                                     starts the server on the user's Java
//   npm run package -- --target linux-x64 [--runtime FOLDER]
//                                                     a platform VSIX, target/decklint-<version>-linux-x64.vsix,
//                                                     with the runtime and start-up archive of the unpacked
//                                                     archive FOLDER (by default
//                                                     ../dist/target/decklint-<version>-linux-x64); it needs no
//                                                     Java. `--target current` is this machine's os-arch.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectLicences } from '../../licences/npm-licences.mjs';

// The Marketplace takes far more; this keeps the download and the install quick, as issue 13 asks.
const MAX_PLATFORM_VSIX_BYTES = 60_000_000;
// Where src/embedded.ts looks for the runtime, and where scripts/stage-server.mjs puts the server jar.
const EMBEDDED = 'dist/embedded';
const SERVER = 'dist/server';
// Copied from the repository into the extension's folder for packaging (and git-ignored there): the licence, the
// notices, the changelog, and the licence texts of the npm packages bundled into dist/extension.js. The Java
// libraries' and page libraries' texts are inside the jar; the platform VSIX has them unpacked in
// dist/embedded/licences/.
const DOCUMENTS = ['LICENSE', 'THIRD-PARTY-NOTICES.md', 'CHANGELOG.md'];
const EXTENSION_LICENCES = 'licences/extension';
// The extension's page on the Marketplace and Open VSX, README.md: docs/vscode.md up to where it turns to
// contributors, its links made absolute.
const README_END = /^## How it talks to the server$/m;
const DOCS_URL = 'https://github.com/decklint/decklint/blob/HEAD/docs';
const DOCS_RAW_URL = 'https://github.com/decklint/decklint/raw/HEAD/docs';
// What a user reads before and after installing; every VSIX must hold them (vsce names two of them its own way).
const ICON = 'images/icon.png';
const USER_FILES = ['extension/LICENSE.txt', 'extension/THIRD-PARTY-NOTICES.md', 'extension/readme.md',
  'extension/changelog.md', `extension/${ICON}`];

/** A reason the VSIX cannot be made, said without a stack trace. */
class PackagingError extends Error {}

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
let version;

try {
  const { values: options } = parseArgs({ options: { target: { type: 'string' }, runtime: { type: 'string' } } });
  version = pomVersion();
  checkListing();
  mkdirSync('target', { recursive: true });
  rmSync(EMBEDDED, { recursive: true, force: true });
  stageDocuments();
  const needed = ['dist/extension.js', 'dist/webview/bridge.js', `${SERVER}/decklint-server.jar`];
  if (options.target === undefined) {
    if (options.runtime !== undefined) fail('--runtime needs --target, the platform the runtime is for');
    packageVsix(`target/decklint-${version}.vsix`, [], needed);
  } else {
    const target = options.target === 'current' ? `${process.platform}-${process.arch}` : options.target;
    const staged = stageRuntime(resolve(options.runtime ?? `../dist/target/decklint-${version}-${target}`), target);
    const vsix = `target/decklint-${version}-${target}.vsix`;
    // The archive's jar runs the server here, so the server jar stays out (its own copy would cost 6 MB).
    const serverJarAside = 'target/server-jar-aside';
    rmSync(serverJarAside, { recursive: true, force: true });
    renameSync(SERVER, serverJarAside);
    try {
      packageVsix(vsix, ['--target', target], [...needed.filter((file) => !file.startsWith(`${SERVER}/`)), ...staged]);
    } finally {
      renameSync(serverJarAside, SERVER);
    }
    const size = statSync(vsix).size;
    if (size > MAX_PLATFORM_VSIX_BYTES) {
      fail(`${vsix} is ${megabytes(size)} MB, more than the ${megabytes(MAX_PLATFORM_VSIX_BYTES)} MB a platform VSIX may be`);
    }
    console.log(`decklint: ${vsix} is ${megabytes(size)} MB (at most ${megabytes(MAX_PLATFORM_VSIX_BYTES)})`);
  }
} catch (error) {
  console.error(`decklint: ${error instanceof PackagingError ? error.message : error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  // The universal VSIX and a later `vsce package` must not pick up a runtime staged for a platform.
  rmSync(EMBEDDED, { recursive: true, force: true });
}

/** The version in the parent pom, the one place it is written; package.json must say the same. */
function pomVersion() {
  const pom = readFileSync('../pom.xml', 'utf8');
  const fromPom = /<artifactId>decklint-parent<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom)?.[1];
  const fromPackage = JSON.parse(readFileSync('package.json', 'utf8')).version;
  if (!fromPom) fail('cannot find the version of decklint-parent in ../pom.xml');
  if (fromPackage !== fromPom) {
    fail(`package.json says version ${fromPackage}, but the pom says ${fromPom}; set "version" in package.json to ${fromPom}`);
  }
  return fromPom;
}

/** What the Marketplace and Open VSX show on the extension's page and vsce would pack without. */
function checkListing() {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const problems = [
    ...(manifest.license === 'Apache-2.0' ? [] : ['"license" is not "Apache-2.0", the licence in LICENSE']),
    ...(manifest.repository?.url ? [] : ['"repository" has no "url"']),
    ...(manifest.icon === ICON ? [] : [`"icon" is not "${ICON}"`]),
  ];
  if (problems.length > 0) fail(`package.json: ${problems.join('; ')}`);
}

/**
 * Copies the archive's runtime, application jar, start-up archive and licences into dist/embedded/ and describes
 * them in embedded.json. Returns the files the VSIX must hold.
 */
function stageRuntime(folder, target) {
  const expected = `decklint-${version}-${target}`;
  if (!existsSync(folder)) {
    fail(`the unpacked archive ${folder} does not exist. Build it (mvn -B -pl dist -am package -DskipTests) or ` +
      'unpack the release archive for this target, and name it with --runtime');
  }
  if (basename(folder) !== expected) {
    fail(`${folder} is not the archive for ${target} at version ${version}: its folder would be named ${expected}`);
  }
  const java = join('runtime', 'bin', target.startsWith('win32-') ? 'java.exe' : 'java');
  const lib = readdirSync(join(folder, 'lib'));
  const jars = lib.filter((name) => name.endsWith('.jar'));
  const archives = lib.filter((name) => name.endsWith('.aot') || name.endsWith('.jsa'));
  const release = existsSync(join(folder, 'runtime', 'release')) ? readFileSync(join(folder, 'runtime', 'release'), 'utf8') : '';
  const javaVersion = Number(/^JAVA_VERSION="(\d+)/m.exec(release)?.[1]);
  const javaOptions = existsSync(join(folder, 'lib', 'java-options')) ? readFileSync(join(folder, 'lib', 'java-options'), 'utf8') : '';
  const serverOptions = /^lsp=(.*)$/m.exec(javaOptions)?.[1].trim().split(/\s+/).filter((option) => option !== '');
  const problems = [
    ...(existsSync(join(folder, java)) ? [] : [`it has no ${java}`]),
    ...(javaVersion ? [] : ['runtime/release names no JAVA_VERSION']),
    ...(serverOptions ? [] : ['lib/java-options has no "lsp=" line']),
    ...(jars.length === 1 ? [] : [`lib/ holds ${jars.length} jars, not the one application jar`]),
    ...(archives.length === 1 ? [] : [`lib/ holds ${archives.length} start-up archives (.aot or .jsa), not one`]),
    ...['LICENSE', 'THIRD-PARTY-NOTICES.md', 'licences'].filter((name) => !existsSync(join(folder, name)))
      .map((name) => `it has no ${name}`),
  ];
  if (problems.length > 0) fail(`${folder} is not a decklint archive as dist/ builds it: ${problems.join('; ')}`);

  for (const part of ['runtime', 'lib', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'licences']) {
    cpSync(join(folder, part), join(EMBEDDED, part), { recursive: true, dereference: true });
  }
  // The start-up archive only works with a jar of this modification time, which unpacking the VSIX loses.
  const jarModified = Math.floor(statSync(join(folder, 'lib', jars[0])).mtimeMs / 1000);
  const manifest = {
    java: java.split('\\').join('/'), jar: `lib/${jars[0]}`, startupArchive: `lib/${archives[0]}`, javaVersion,
    jvmOptions: serverOptions, jarModified,
  };
  writeFileSync(join(EMBEDDED, 'embedded.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`decklint: embedding the Java ${javaVersion} runtime and start-up archive of ${folder}`);
  return ['embedded.json', manifest.java, manifest.jar, manifest.startupArchive, 'LICENSE', 'THIRD-PARTY-NOTICES.md',
    'licences/java/', 'licences/npm/'].map((file) => `${EMBEDDED}/${file}`);
}

/** Puts the licence, the notices, the bundled packages' licences and the README where vsce packs them. */
function stageDocuments() {
  for (const name of DOCUMENTS) cpSync(join('..', name), name);
  rmSync('licences', { recursive: true, force: true });
  collectLicences('.', EXTENSION_LICENCES);
  const guide = readFileSync('../docs/vscode.md', 'utf8');
  const end = README_END.exec(guide);
  if (!end) fail(`../docs/vscode.md has no heading matching ${README_END}, where the README for users ends`);
  writeFileSync('README.md', guide.slice(0, end.index));
}

function packageVsix(vsix, extraArguments, files) {
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--baseContentUrl', DOCS_URL,
    '--baseImagesUrl', DOCS_RAW_URL,
    ...extraArguments, '--out', vsix], { stdio: 'inherit' });
  const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { encoding: 'utf8' }).split(/\r?\n/);
  const missing = [...files, ...DOCUMENTS, 'README.md', `${EXTENSION_LICENCES}/`].filter((file) => !listing.some(
    (listed) => listed === file || (file.endsWith('/') && listed.startsWith(file))));
  if (missing.length > 0) fail(`${vsix} would lack ${missing.join(', ')}`);
  const packed = zipEntryNames(readFileSync(vsix));
  const unpacked = USER_FILES.filter((file) => !packed.includes(file));
  if (unpacked.length > 0) fail(`${vsix} lacks ${unpacked.join(', ')}`);
  console.log(`decklint: packaged ${vsix}`);
}

/**
 * The names of the files in a zip file, from its central directory (a VSIX is a zip file of at most 60 MB, so
 * never a ZIP64 one): no unzip program is needed, which minimal systems and Windows lack.
 */
function zipEntryNames(zip) {
  const END_OF_DIRECTORY = 0x06054b50;
  const DIRECTORY_ENTRY = 0x02014b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) fail('the VSIX just made is not a zip file');
  const names = [];
  let at = zip.readUInt32LE(end + 16);
  for (let left = zip.readUInt16LE(end + 10); left > 0; left--) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) fail('the VSIX just made has a damaged zip directory');
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

function megabytes(bytes) {
  return (bytes / 1_000_000).toFixed(1);
}

function fail(message) {
  throw new PackagingError(message);
}
