import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asThemeChoices, canConvertThemes, CONVERT_THEME_COMMAND, LIST_THEMES_COMMAND } from '../src/themes';

describe('canConvertThemes', () => {
  it('offers the conversion only when the server has both commands', () => {
    assert.equal(canConvertThemes(undefined), false);
    assert.equal(canConvertThemes([]), false);
    assert.equal(canConvertThemes([LIST_THEMES_COMMAND]), false);
    assert.equal(canConvertThemes(['decklint.fixAll', CONVERT_THEME_COMMAND, LIST_THEMES_COMMAND]), true);
  });
});

describe('asThemeChoices', () => {
  it('labels themes by their name, or their id when they have none', () => {
    assert.deepEqual(asThemeChoices([
      { id: 'scs-2024', label: 'SCS 2024', description: 'the new look' },
      { id: 'plain' },
      { label: 'no id' },
    ]), [{ id: 'scs-2024', label: 'SCS 2024', description: 'the new look' }, { id: 'plain', label: 'plain' }]);
  });

  it('rejects an answer that is not a list', () => {
    assert.throws(() => asThemeChoices({ themes: [] }), /instead of a list of themes/);
  });
});
