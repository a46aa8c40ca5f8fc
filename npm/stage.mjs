#!/usr/bin/env node
// Stages and packs decklint's npm packages from one platform archive (what the dist module builds):
//   node npm/stage.mjs ARCHIVE OUT_DIR
//   node npm/stage.mjs --built-here VERSION OUT_DIR    (the archive `mvn -B -pl dist -am package` built here)
// ARCHIVE is decklint-<version>-<os>-<arch>.tar.gz or .zip, or the unpacked folder of that name; the version and
// the platform come from its name, so the packages always carry the version the archive was built with. OUT_DIR
// gets the staged folders decklint/ and <os>-<arch>/ and their npm pack tarballs. The main package is the same
// whichever archive it is staged from; the release publishes it once and each platform package from its runner.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The platforms the release builds (.github/workflows/release.yml), in Node's names (process.platform-arch).
const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];

const here = path.dirname(fileURLToPath(import.meta.url));
const ARCHIVE_NAME = /^decklint-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)-(linux|darwin|win32)-(x64|arm64)(\.tar\.gz|\.zip)?$/;
const REPOSITORY = { type: 'git', url: 'git+https://github.com/decklint/decklint.git', directory: 'npm' };

class UsageError extends Error {}

function platformPackageName(platform) {
  return `@decklint/${platform}`;
}

/** Reads version, os and arch from an archive's name, or explains which names are accepted. */
function describeArchive(archive) {
  const match = ARCHIVE_NAME.exec(path.basename(archive));
  if (!match) {
    throw new UsageError(`${archive}: not a decklint archive; expected decklint-<version>-<os>-<arch>.tar.gz, ` +
      '.zip, or the folder they unpack to (os linux, darwin or win32; arch x64 or arm64)');
  }
  const [, version, os, cpu, extension] = match;
  if (!existsSync(archive)) throw new UsageError(`${archive}: no such file or folder`);
  if (!extension && !statSync(archive).isDirectory()) throw new UsageError(`${archive}: not a folder`);
  return { version, os, cpu, platform: `${os}-${cpu}`, packed: Boolean(extension) };
}

function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

// The archive's top folder is decklint-<version>-<os>-<arch>/; its contents become the package's. npm pack leaves
// out symbolic links (jlink links each module's legal notices to java.base's), so they are copied as files.
function unpackInto(archive, { packed }, folder) {
  if (!packed) {
    cpSync(archive, folder, { recursive: true, dereference: true });
    return;
  }
  const unpacked = `${folder}.unpacked`;
  rmSync(unpacked, { recursive: true, force: true });
  mkdirSync(unpacked, { recursive: true });
  // tar reads .tar.gz everywhere, and .zip too where it is bsdtar (macOS, Windows); Linux's GNU tar needs unzip.
  if (archive.endsWith('.zip') && process.platform === 'linux') {
    execFileSync('unzip', ['-q', archive, '-d', unpacked]);
  } else {
    execFileSync('tar', ['-xf', archive, '-C', unpacked]);
  }
  const top = path.join(unpacked, path.basename(archive).replace(/(\.tar\.gz|\.zip)$/, ''));
  if (!existsSync(top)) throw new UsageError(`${archive}: does not unpack to ${path.basename(top)}/`);
  cpSync(top, folder, { recursive: true, dereference: true });
  rmSync(unpacked, { recursive: true });
}

function stagePlatform(archive, archiveInfo, outDir) {
  const { version, os, cpu, platform } = archiveInfo;
  const folder = path.join(outDir, platform);
  rmSync(folder, { recursive: true, force: true });
  unpackInto(archive, archiveInfo, folder);
  for (const required of [path.join('bin', os === 'win32' ? 'decklint.cmd' : 'decklint'), 'LICENSE']) {
    if (!existsSync(path.join(folder, required))) throw new UsageError(`${archive}: holds no ${required}`);
  }
  const readme = readFileSync(path.join(here, 'packages', 'platform', 'README.md'), 'utf8');
  writeFileSync(path.join(folder, 'README.md'), readme.replaceAll('@decklint/PLATFORM', platformPackageName(platform)));
  writeJson(path.join(folder, 'package.json'), {
    name: platformPackageName(platform),
    version,
    description: `decklint for ${os} on ${cpu}, with its own Java runtime: install the decklint package, which uses it.`,
    license: 'Apache-2.0',
    repository: REPOSITORY,
    os: [os],
    cpu: [cpu],
    // The runtime jlink makes from a Temurin JDK is linked against glibc: on musl (Alpine) it cannot start.
    ...(os === 'linux' ? { libc: ['glibc'] } : {}),
    // Yarn's Plug'n'Play would otherwise keep the runtime inside a zip file, where it cannot run.
    preferUnplugged: true,
  });
  return folder;
}

function stageMain(version, licence, outDir) {
  const source = path.join(here, 'packages', 'decklint');
  const folder = path.join(outDir, 'decklint');
  rmSync(folder, { recursive: true, force: true });
  cpSync(source, folder, { recursive: true });
  cpSync(licence, path.join(folder, 'LICENSE'));
  chmodSync(path.join(folder, 'bin', 'decklint.js'), 0o755);
  const manifest = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8'));
  writeJson(path.join(folder, 'package.json'), {
    name: manifest.name,
    version,
    ...manifest,
    repository: REPOSITORY,
    optionalDependencies: Object.fromEntries(PLATFORMS.map((platform) => [platformPackageName(platform), version])),
  });
  return folder;
}

function pack(folder, outDir) {
  const output = execFileSync('npm', ['pack', folder, '--pack-destination', outDir, '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    shell: process.platform === 'win32',
  });
  return path.join(outDir, JSON.parse(output)[0].filename);
}

/** Stages the main package and the archive's platform package in outDir and packs both; returns the tarballs. */
export function stage(archive, outDir) {
  const archiveInfo = describeArchive(archive);
  mkdirSync(outDir, { recursive: true });
  const platformFolder = stagePlatform(archive, archiveInfo, outDir);
  const mainFolder = stageMain(archiveInfo.version, path.join(platformFolder, 'LICENSE'), outDir);
  return [mainFolder, platformFolder].map((folder) => pack(folder, outDir));
}

/** The unpacked archive of this version for this machine in dist/target. */
function builtHere(version) {
  return path.join(here, '..', 'dist', 'target', `decklint-${version}-${process.platform}-${process.arch}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--built-here' && args.length === 3) args.splice(0, 2, builtHere(args[1]));
  const [archive, outDir, ...rest] = args;
  if (!archive || !outDir || rest.length || archive.startsWith('-')) {
    console.error('usage: node npm/stage.mjs ARCHIVE OUT_DIR\n       node npm/stage.mjs --built-here VERSION OUT_DIR');
    process.exit(2);
  }
  try {
    for (const tarball of stage(path.resolve(archive), path.resolve(outDir))) console.log(tarball);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`stage.mjs: ${error.message}`);
    process.exit(2);
  }
}
