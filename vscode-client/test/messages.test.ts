import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asFromWebview } from '../src/preview/messages';

describe('asFromWebview', () => {
  it('accepts the preview page\'s messages', () => {
    assert.deepEqual(asFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(asFromWebview({ type: 'reload', html: '<script>' }), { type: 'reload' });
    assert.deepEqual(asFromWebview({ type: 'reveal', h: 3, v: 1, junk: true }), { type: 'reveal', h: 3, v: 1 });
  });

  it('ignores anything else a page could post', () => {
    for (const message of [null, 'reveal', { type: 'reveal', h: -1, v: 0 }, { type: 'reveal', h: 1.5, v: 0 },
      { type: 'reveal', h: '1', v: 0 }, { type: 'reveal' }, { type: 'runCommand', command: 'x' }]) {
      assert.equal(asFromWebview(message), undefined, JSON.stringify(message));
    }
  });
});
