// Warm, in-process render times of marp-core (what marp-cli renders with) on the same decks as RenderBench:
// "full" renders with a fresh Marp each time, "edit" with one Marp while the last slide changes.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Marp } from '@marp-team/marp-core';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time(times, run) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run(i);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return ms;
}

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const versions = [text, text + '\nOne more line.\n'];
  const until = Date.now() + 8000;
  while (Date.now() < until) new Marp({ html: true }).render(text);
  const full = time(40, () => new Marp({ html: true }).render(text));
  const marp = new Marp({ html: true });
  const edit = time(200, (i) => marp.render(versions[i % 2]));
  console.log([basename(file), median(full).toFixed(2), median(edit).toFixed(2)].join('\t'));
}
