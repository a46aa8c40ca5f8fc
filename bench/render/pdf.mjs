// PDF export of the same deck by decklint (render --pdf) and marp-cli (--pdf), each a whole process per export
// and both through Debian's Chromium (CHROME_PATH, which both read). Run through ./run, after bench.mjs.
// Prints a Markdown report and appends it to out/results.md.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const out = join(here, 'out');
const jar = join(repo, 'cli', 'target', 'decklint.jar');
const runs = Number(process.env.PDF_RUNS ?? 7);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
const marp = join(here, '..', 'node_modules', '.bin', 'marp');
const deck = join(repo, 'examples', 'community-call-2024-06-27.md');
const env = { ...process.env, CHROME_PATH: chrome };

mkdirSync(out, { recursive: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timed(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return ms;
}

/** Pages of a PDF, as poppler's pdfinfo (Debian: poppler-utils) counts them. */
function pages(file) {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (info.status !== 0) {
    throw new Error(`pdfinfo ${file} failed; install poppler-utils: ${info.error ?? info.stderr}`);
  }
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)[1]);
}

const decklintPdf = join(out, 'decklint.pdf');
const marpPdf = join(out, 'marp.pdf');
const decklint = () => timed('java', [...jvm, '-jar', jar, 'render', deck, '--pdf', decklintPdf]);
const marpCli = () => timed(marp, ['--pdf', '--html', '--no-config-file', '--allow-local-files', deck, '-o', marpPdf]);
// one of each first, untimed: the browser's and the disk's caches are then warm for both
decklint();
marpCli();
const times = { decklint: [], marp: [] };
for (let i = 0; i < runs; i++) {
  // alternate, so that load from the other builds on the machine falls on both alike
  times.decklint.push(decklint());
  times.marp.push(marpCli());
}
const d = median(times.decklint);
const m = median(times.marp);
const fmt = (ms) => `${Math.round(ms)} ms`;
const lines = [
  '',
  `PDF export of ${basename(deck)}, a whole process each, median of ${runs} alternating runs, `
    + `Chromium ${spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^Chromium /, '')}; `
    + `load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}:`,
  '',
  '| tool | command | pages | median | min – max |',
  '|---|---|---:|---:|---:|',
  `| decklint | \`java ${jvm.join(' ')} -jar cli/target/decklint.jar render DECK --pdf OUT\` | ${pages(decklintPdf)} `
    + `| ${fmt(d)} | ${fmt(Math.min(...times.decklint))} – ${fmt(Math.max(...times.decklint))} |`,
  `| marp-cli | \`marp --pdf --html --no-config-file --allow-local-files DECK -o OUT\` | ${pages(marpPdf)} `
    + `| ${fmt(m)} | ${fmt(Math.min(...times.marp))} – ${fmt(Math.max(...times.marp))} |`,
  '',
  `Ratio decklint / marp-cli: ${(d / m).toFixed(2)} (below 1: decklint is faster).`,
];
appendFileSync(join(out, 'results.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
