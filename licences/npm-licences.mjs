#!/usr/bin/env node
// Copies the licence files of the npm packages a distribution bundles into OUT_DIR/<name>@<version>/:
//   node licences/npm-licences.mjs PROJECT_DIR OUT_DIR
// PROJECT_DIR holds a package.json and its installed node_modules; the packages are its "dependencies" and,
// through them, everything they depend on as installed (a bundle such as mermaid.min.js holds its whole tree).
// devDependencies are build tools and are left out. Texts kept in the repository under licences/npm/<name>/ are
// added: the licence a package states only in its README, or those of the code it compiles in (viz.js holds
// Graphviz, Expat and zlib). A package with neither stops the build, naming it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LICENCE_FILE = /^(licen[cs]e|copying|notice|copyright)([.-].*)?$/i;
const here = path.dirname(fileURLToPath(import.meta.url));

class LicenceError extends Error {}

function readManifest(folder) {
  return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
}

/** Where Node would load `name` from, seen from the package in `folder`. */
function resolvePackage(name, folder, root) {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return undefined;
  }
}

/** The installed folders of the project's dependencies and theirs, each once. */
export function bundledPackages(projectDir) {
  const root = path.resolve(projectDir);
  const found = new Map();
  const visit = (folder, manifest, optional) => {
    for (const [name, isOptional] of [
      ...Object.keys(manifest.dependencies ?? {}).map((name) => [name, false]),
      ...Object.keys(manifest.optionalDependencies ?? {}).map((name) => [name, true]),
    ]) {
      const installed = resolvePackage(name, folder, root);
      if (!installed) {
        if (isOptional || optional) continue; // not for this platform, so not in the bundle
        throw new LicenceError(`${name}, a dependency of ${manifest.name ?? root}, is not installed in ${root}`);
      }
      if (found.has(installed)) continue;
      const dependency = readManifest(installed);
      found.set(installed, dependency);
      visit(installed, dependency, isOptional || optional);
    }
  };
  visit(root, readManifest(root), false);
  return [...found].map(([folder, manifest]) => ({ folder, name: manifest.name, version: manifest.version }));
}

/** Copies each bundled package's licence files and the repository's texts for it into outDir; returns the count. */
export function collectLicences(projectDir, outDir) {
  const missing = [];
  const packages = bundledPackages(projectDir);
  for (const { folder, name, version } of packages) {
    const target = path.join(outDir, `${name}@${version}`);
    rmSync(target, { recursive: true, force: true });
    const shipped = readdirSync(folder).filter((file) => LICENCE_FILE.test(file));
    const kept = path.join(here, 'npm', name);
    if (shipped.length === 0 && !existsSync(kept)) {
      missing.push(`${name}@${version}`);
      continue;
    }
    mkdirSync(target, { recursive: true });
    for (const file of shipped) cpSync(path.join(folder, file), path.join(target, file));
    if (existsSync(kept)) cpSync(kept, target, { recursive: true });
  }
  if (missing.length > 0) {
    throw new LicenceError(`these npm packages ship no licence file: ${missing.join(', ')}; add each one's licence ` +
      'text under licences/npm/<name>/');
  }
  return packages.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [projectDir, outDir, ...rest] = process.argv.slice(2);
  if (!projectDir || !outDir || rest.length > 0) {
    console.error('usage: node licences/npm-licences.mjs PROJECT_DIR OUT_DIR');
    process.exit(2);
  }
  try {
    const count = collectLicences(projectDir, outDir);
    console.log(`decklint: the licences of ${count} npm packages from ${projectDir} are in ${outDir}`);
  } catch (error) {
    if (!(error instanceof LicenceError)) throw error;
    console.error(`decklint: ${error.message}`);
    process.exit(1);
  }
}
