// Scores decklint's and cspell's spelling findings against labels.tsv: recall of the labelled typos and
// false alarms per 1,000 prose words, per split. Usage:
//   node evaluate.mjs LABELS WORD_COUNTS DECKLINT_JSON CSPELL_OUTPUT
// WORD_COUNTS: "deck<TAB>words" lines (from Candidates.java); DECKLINT_JSON: `decklint lint --format json`;
// CSPELL_OUTPUT: cspell's default report ("path:line:col - Unknown word (word)").
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [labelsFile, countsFile, decklintFile, cspellFile] = process.argv.slice(2);
const lines = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

const labels = lines(labelsFile).map((l) => {
  const [split, deck, line, column, word, typo, correction, kind] = l.split('\t');
  return { split, deck, line: +line, column: +column, word, typo: typo === 'yes', correction, kind };
});
const splitOf = new Map(labels.map((l) => [l.deck, l.split]));
const words = new Map(lines(countsFile).map((l) => l.split('\t')).map(([deck, n]) => [deck, +n]));

// A finding at (deck, line, column) hits the label whose word covers that column.
function labelAt(deck, line, column) {
  return labels.find((l) => l.deck === deck && l.line === line && column >= l.column
    && column < l.column + l.word.length);
}

function decklintFindings() {
  const report = JSON.parse(readFileSync(decklintFile, 'utf8'));
  return report.files.flatMap((f) => f.diagnostics.filter((d) => d.rule === 'spelling').map((d) => ({
    deck: basename(f.path), line: d.line, column: d.column, sure: d.severity === 'warning',
  })));
}

function cspellFindings() {
  const pattern = /^(.*):(\d+):(\d+) - Unknown word \((.*)\)/;
  return readFileSync(cspellFile, 'utf8').split('\n').map((l) => l.match(pattern)).filter(Boolean)
    .map((m) => ({ deck: basename(m[1]), line: +m[2], column: +m[3] }));
}

// Without `kind`, words of that kind (garbled text) are left out: neither typos to find nor false alarms.
function score(findings, split, without) {
  const decks = [...words.keys()].filter((d) => splitOf.get(d) === split);
  const total = decks.reduce((n, d) => n + words.get(d), 0);
  const typos = labels.filter((l) => l.split === split && l.typo && l.kind !== without);
  const hit = new Set();
  let falseAlarms = 0;
  let sure = 0;
  let sureWrong = 0;
  const seen = new Set();
  for (const f of findings.filter((x) => decks.includes(x.deck))) {
    const label = labelAt(f.deck, f.line, f.column);
    if (label && without && label.kind === without) continue;
    const key = label ? `${label.deck}:${label.line}:${label.column}` : `${f.deck}:${f.line}:${f.column}`;
    if (seen.has(key)) continue; // two parts of one word count once
    seen.add(key);
    if (f.sure) sure++;
    if (label && label.typo) hit.add(key);
    else {
      falseAlarms++;
      if (f.sure) sureWrong++;
    }
  }
  return { decks: decks.length, total, typos: typos.length, found: hit.size, falseAlarms, sure, sureWrong };
}

const tools = { decklint: decklintFindings(), cspell: cspellFindings() };
console.log('| split | tool | decks | prose words | typos | found | recall | false alarms | per 1,000 words '
  + '| sure findings (wrong) |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const rows = [];
for (const split of [...new Set(labels.map((l) => l.split))]) {
  rows.push([split, split, undefined]);
  if (labels.some((l) => l.split === split && l.kind === 'garbled')) {
    rows.push([split, `${split}, garbled text left out`, 'garbled']);
  }
}
for (const [split, name, without] of rows) {
  for (const [tool, findings] of Object.entries(tools)) {
    const s = score(findings, split, without);
    const recall = s.typos ? (100 * s.found / s.typos).toFixed(1) + ' %' : '–';
    console.log(`| ${name} | ${tool} | ${s.decks} | ${s.total} | ${s.typos} | ${s.found} | ${recall} | `
      + `${s.falseAlarms} | ${(1000 * s.falseAlarms / s.total).toFixed(2)} | `
      + `${tool === 'decklint' ? `${s.sure} (${s.sureWrong})` : '–'} |`);
  }
}
if (process.env.SHOW) {
  const [tool, split] = process.env.SHOW.split(':');
  for (const f of tools[tool]) {
    if (splitOf.get(f.deck) !== split) continue;
    const label = labelAt(f.deck, f.line, f.column);
    if (!label || !label.typo) console.error(`false alarm\t${f.deck}:${f.line}:${f.column}\t${label ? label.word : '?'}`);
  }
  const found = new Set(tools[tool].map((f) => labelAt(f.deck, f.line, f.column)).filter(Boolean));
  for (const l of labels.filter((x) => x.split === split && x.typo && !found.has(x))) {
    console.error(`missed\t${l.deck}:${l.line}:${l.column}\t${l.word} -> ${l.correction}`);
  }
}
