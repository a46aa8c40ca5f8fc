import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StderrLevels } from '../src/serverLog';

describe('StderrLevels', () => {
  it('gives a tagged line its own level, not error', () => {
    const levels = new StderrLevels();
    assert.equal(levels.levelOf('decklint-server [info] added \'Kamaji\' to /ws/.decklint-words.txt'), 'info');
    assert.equal(levels.levelOf('decklint-server [warning] a file was left out'), 'warn');
    assert.equal(levels.levelOf('decklint-server [debug] lsp4j: Unmatched cancel notification for request id 7'), 'debug');
    assert.equal(levels.levelOf('decklint-server [error] decklint failed while handling textDocument/hover'), 'error');
  });

  it('keeps a stack trace at the level of the line it belongs to', () => {
    const levels = new StderrLevels();
    assert.deepEqual([
      'decklint-server [error] decklint failed while handling textDocument/hover: java.lang.IllegalStateException',
      '\tat io.decklint.server.Hover.at(Hover.java:30)',
      'Caused by: java.lang.NullPointerException',
      '\t... 12 more',
    ].map((line) => levels.levelOf(line)), ['error', 'error', 'error', 'error']);
  });

  it('takes a line of the JVM\'s own for a warning', () => {
    const levels = new StderrLevels();
    levels.levelOf('decklint-server [info] started');
    assert.equal(levels.levelOf('OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes'), 'warn');
  });
});
