import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asThemeChoices } from '../src/themes';

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
