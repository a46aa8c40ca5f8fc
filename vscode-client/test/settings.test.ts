import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readServerSettings } from '../src/settings';

function reader(values: Record<string, unknown>) {
  return (key: string) => values[key];
}

describe('readServerSettings', () => {
  it('passes rule severities and words in the shape of .decklint.yml', () => {
    const read = readServerSettings(reader({
      rules: { 'placeholder-slide': 'warning', 'empty-slide': 'off' },
      words: ['Kamaji', ' OSISM '],
      'images.checkRemote': false,
    }));
    assert.deepEqual(read.settings, {
      rules: { 'placeholder-slide': 'warning', 'empty-slide': 'off' },
      words: ['Kamaji', 'OSISM'],
    });
    assert.deepEqual(read.problems, []);
  });

  it('turns the remote image check into the image rule\'s option, keeping a severity set for that rule', () => {
    assert.deepEqual(readServerSettings(reader({ 'images.checkRemote': true })).settings,
      { rules: { 'broken-image': { checkRemote: true } } });
    assert.deepEqual(readServerSettings(reader({ rules: { 'broken-image': 'warning' }, 'images.checkRemote': true })).settings,
      { rules: { 'broken-image': { severity: 'warning', checkRemote: true } } });
  });

  it('adds the user\'s own words to the words of the settings', () => {
    const read = readServerSettings(reader({ words: ['Kamaji'], 'spelling.userWords': ['Clouad', 7] }));
    assert.deepEqual(read.settings, { words: ['Kamaji', 'Clouad'] });
    assert.deepEqual(read.problems, ['"decklint.spelling.userWords": 7 is not a word.']);
  });

  it('sends an empty configuration when nothing is set, so the deck\'s own .decklint.yml rules alone', () => {
    assert.deepEqual(readServerSettings(reader({})).settings, {});
  });

  it('drops entries typed wrongly into settings.json, keeps the rest and says what was dropped', () => {
    const read = readServerSettings(reader({
      rules: { 'separator-spacing': 'fatal', 'empty-slide': 'error', 'placeholder-slide': 2 },
      words: ['fine', 42, ''],
      'images.checkRemote': 'yes',
    }));
    assert.deepEqual(read.settings, { rules: { 'empty-slide': 'error' }, words: ['fine'] });
    assert.equal(read.problems.length, 4);
    assert.match(read.problems[0], /"separator-spacing" must be off, info, warning or error, not "fatal"/);
    assert.match(read.problems[2], /42 is not a word/);
  });

  it('rejects a rules setting that is not an object', () => {
    const read = readServerSettings(reader({ rules: ['empty-slide'], words: 'Kamaji' }));
    assert.deepEqual(read.settings, {});
    assert.deepEqual(read.problems, [
      '"decklint.rules" must be an object of rule ids and severities.',
      '"decklint.words" must be a list of words.',
    ]);
  });
});
