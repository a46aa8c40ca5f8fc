import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readServerSettings } from '../src/settings';

function reader(values: Record<string, unknown>) {
  return (key: string) => values[key];
}

describe('readServerSettings', () => {
  it('passes rule severities, words and the remote image check in the shape of .decklint.yml', () => {
    const read = readServerSettings(reader({
      rules: { 'placeholder-slide': 'warning', 'empty-slide': 'off' },
      words: ['Kamaji', ' OSISM '],
      'images.checkRemote': true,
    }));
    assert.deepEqual(read.settings, {
      rules: { 'placeholder-slide': 'warning', 'empty-slide': 'off' },
      words: ['Kamaji', 'OSISM'],
      images: { checkRemote: true },
    });
    assert.deepEqual(read.problems, []);
  });

  it('sends the defaults when nothing is set', () => {
    assert.deepEqual(readServerSettings(reader({})).settings, { rules: {}, words: [], images: { checkRemote: false } });
  });

  it('drops entries typed wrongly into settings.json, keeps the rest and says what was dropped', () => {
    const read = readServerSettings(reader({
      rules: { 'separator-spacing': 'fatal', 'empty-slide': 'error', 'placeholder-slide': 2 },
      words: ['fine', 42, ''],
      'images.checkRemote': 'yes',
    }));
    assert.deepEqual(read.settings, { rules: { 'empty-slide': 'error' }, words: ['fine'], images: { checkRemote: false } });
    assert.equal(read.problems.length, 4);
    assert.match(read.problems[0], /"separator-spacing" must be off, info, warning or error, not "fatal"/);
    assert.match(read.problems[2], /42 is not a word/);
  });

  it('rejects a rules setting that is not an object', () => {
    const read = readServerSettings(reader({ rules: ['empty-slide'], words: 'Kamaji' }));
    assert.deepEqual(read.settings.rules, {});
    assert.deepEqual(read.settings.words, []);
    assert.deepEqual(read.problems, [
      '"decklint.rules" must be an object of rule ids and severities.',
      '"decklint.words" must be a list of words.',
    ]);
  });
});
