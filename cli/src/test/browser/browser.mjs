// Shared set-up for the browser tests: decklint's jar, Debian's Chromium (never a downloaded browser), and
// pages that may reach only local files and the preview server.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync, spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
/** The checkout: Maven runs these tests from a copy under cli/target/, so look upwards for it. */
export const repo = findRepo(here);
export const seeds = join(repo, 'examples');
/** Decks and reference screenshots are read from (and UPDATE_REFERENCES=1 writes to) the sources, not the copy. */
const sources = join(repo, 'cli', 'src', 'test', 'browser');
export const decks = join(sources, 'decks');
export const references = join(sources, 'reference');

function findRepo(from) {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'examples')) && existsSync(join(dir, 'cli', 'pom.xml'))) {
      return dir;
    }
  }
  throw new Error(`no decklint checkout above ${from}`);
}

export const jar = process.env.DECKLINT_JAR ?? join(repo, 'cli', 'target', 'decklint.jar');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function scratch(name) {
  return mkdtempSync(join(tmpdir(), `decklint-${name}-`));
}

/** Runs the decklint CLI and returns its standard output; throws with its error output when it fails. */
export function decklint(...args) {
  if (!existsSync(jar)) {
    throw new Error(`${jar} is missing: build it with 'mvn -B package -pl cli -am' first`);
  }
  return execFileSync('java', ['-jar', jar, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts a decklint command in the background (for the preview server). */
export function decklintInBackground(...args) {
  return spawn('java', ['-jar', jar, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Starts `decklint preview ARGS… --port 0` and waits for the address it prints. `output()` is all it printed so
 * far, on both streams; `stop()` ends the server.
 */
export async function startPreview(...args) {
  const server = decklintInBackground('preview', ...args, '--port', '0');
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the preview did not start: ${output}`)), 60000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const found = output.match(/http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{48}\//);
      if (found) { clearTimeout(timer); resolve(found[0]); }
    });
    server.stderr.on('data', (chunk) => { output += chunk; });
    server.on('exit', (code) => reject(new Error(`the preview stopped (${code}): ${output}`)));
  }).catch((error) => { server.kill(); throw error; });
  return { url, output: () => output, stop: () => server.kill() };
}

export async function launch() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}: install Debian's package (apt-get install -y chromium)`
      + ' or set CHROMIUM_PATH; these tests never download a browser');
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none',
      '--force-device-scale-factor=1', '--hide-scrollbars', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

/** A page that may load local files and the given local origins only; everything else is refused and noted. */
export async function offlinePage(browser, allowedOrigins = []) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const refused = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || allowedOrigins.some((o) => url.startsWith(o))) {
      return route.continue();
    }
    refused.push(url);
    return route.abort();
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, refused, errors };
}

export async function revealReady(page) {
  await page.waitForFunction(() => window.Reveal && Reveal.isReady(), null, { timeout: 15000 });
}
