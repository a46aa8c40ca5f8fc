import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusView } from '../src/status';

describe('statusView', () => {
  it('tells each state of the server apart', () => {
    const texts = [
      statusView({ kind: 'starting' }),
      statusView({ kind: 'running', java: '17' }),
      statusView({ kind: 'stopped' }),
      statusView({ kind: 'failed', reason: 'no Java' }),
    ].map((view) => view.text);
    assert.equal(new Set(texts).size, 4);
    assert.ok(texts.every((text) => text.endsWith('decklint')));
  });

  it('shows why nothing is checked, in the error colour', () => {
    const view = statusView({ kind: 'failed', reason: 'decklint needs Java 17 or newer to check decks, and found none.' });
    assert.equal(view.alert, 'error');
    assert.equal(view.tooltip, 'decklint needs Java 17 or newer to check decks, and found none.');
  });

  it('names the Java in use and how to restart a stopped server', () => {
    assert.match(statusView({ kind: 'running', java: '21' }).tooltip, /Java 21/);
    assert.match(statusView({ kind: 'stopped' }).tooltip, /decklint: Restart Server/);
  });
});
