// One of the dictionaries decklint did not choose: nspell (Hunspell in JavaScript) reading dictionary-en.
import nspell from 'nspell';
import { readFileSync } from 'node:fs';

const folder = process.argv[2];
const start = performance.now();
const speller = nspell(readFileSync(`${folder}/index.aff`), readFileSync(`${folder}/index.dic`));
console.log(`nspell load: ${(performance.now() - start).toFixed(0)} ms wall`);
for (const word of ['Clouad', 'improvments']) {
  const t = performance.now();
  const suggestions = speller.suggest(word);
  console.log(`nspell suggest ${word} -> ${suggestions.join(', ')}: ${(performance.now() - t).toFixed(1)} ms wall`);
}
