// Render times of decklint and marp-cli on the same Markdown: cold (a whole process per render) and warm
// (in-process, after warm-up). Run through ./run, which builds what this needs. Prints a Markdown report.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, loadavg } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const out = join(here, 'out');
const jar = join(repo, 'cli', 'target', 'decklint.jar');
const corpus = process.env.DECKS_CORPUS ?? join(repo, '..', '..', 'shared', 'decks', 'corpus');
const coldRuns = Number(process.env.COLD_RUNS ?? 10);
// the JVM flags ./decklint starts the CLI with
const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
// the peer tools of every benchmark are installed from bench/package.json
const modules = join(here, '..', 'node_modules');
const marp = join(modules, '.bin', 'marp');

mkdirSync(out, { recursive: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function cold(command, args) {
  const ms = [];
  for (let i = 0; i < coldRuns; i++) {
    const start = process.hrtime.bigint();
    run(command, args);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(ms);
}

const deck300 = join(out, 'deck-300.md');
run('java', ['-cp', jar, join(here, 'RenderBench.java'), 'make-deck', corpus, deck300]);
const decks = [
  join(repo, 'examples', 'community-call-2023-11-23.md'),
  join(repo, 'examples', 'community-call-2024-06-27.md'),
  deck300,
];

const rows = [];
for (const deck of decks) {
  const name = basename(deck);
  rows.push({
    name,
    decklintCold: cold('java', [...jvm, '-jar', jar, 'render', deck, '-o', join(out, `${name}.decklint.html`)]),
    marpCold: cold(marp, ['--html', '--no-config-file', deck, '-o', join(out, `${name}.marp.html`)]),
  });
}
const parse = (text) => Object.fromEntries(text.trim().split('\n').map((line) => {
  const [name, ...values] = line.split('\t');
  return [name, values.map(Number)];
}));
const decklintWarm = parse(run('java', ['-cp', jar, join(here, 'RenderBench.java'), 'warm', ...decks]));
const marpWarm = parse(run('node', [join(here, 'marp-warm.mjs'), ...decks]));

const version = (file) => JSON.parse(readFileSync(join(modules, '@marp-team', file, 'package.json'),
  'utf8')).version;
const fmt = (ms) => ms.toFixed(ms < 10 ? 2 : 1);
const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0];
const lines = [
  `Date: ${new Date().toISOString().slice(0, 10)}; machine: ${cpus().length} cores (${cpus()[0].model.trim()}), `
    + `${Math.round(totalmem() / 2 ** 30)} GB, `
    + `load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}; `
    + `${java}; node ${process.version}; marp-cli ${version('marp-cli')} (marp-core ${version('marp-core')}); `
    + `cold: median of ${coldRuns} runs.`,
  '',
  '| deck | slides | decklint cold | marp-cli cold | decklint warm, full | marp-core warm, full | '
    + 'decklint warm, one slide edited | marp-core warm, one slide edited |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => {
    const d = decklintWarm[r.name];
    const m = marpWarm[r.name];
    return `| ${r.name} | ${d[0]} | ${fmt(r.decklintCold)} ms | ${fmt(r.marpCold)} ms | ${fmt(d[1])} ms | `
      + `${fmt(m[0])} ms | ${fmt(d[2])} ms | ${fmt(m[1])} ms |`;
  }),
  '',
  'Ratios decklint / marp (below 1: decklint is faster): '
    + rows.map((r) => `${r.name}: cold ${(r.decklintCold / r.marpCold).toFixed(2)}, warm full `
      + `${(decklintWarm[r.name][1] / marpWarm[r.name][0]).toFixed(2)}, warm edit `
      + `${(decklintWarm[r.name][2] / marpWarm[r.name][1]).toFixed(2)}`).join('; ') + '.',
];
writeFileSync(join(out, 'results.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
