/**
 * The level of each line the language server writes to standard error. Once connected the server logs through
 * `window/logMessage`, which carries the level; standard error is left with what comes before that, stack
 * traces and the JVM's own words. vscode-languageclient would show every such line as an error.
 */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

const TAGGED = /^decklint-server \[(error|warning|info|log|debug)\] /;
const LEVELS: Record<string, LogLevel> = { error: 'error', warning: 'warn', info: 'info', log: 'info', debug: 'debug' };

/** Reads lines in order: a line that goes on the one before (a stack trace's `\tat …`) keeps its level. */
export class StderrLevels {
  private last: LogLevel = 'warn';

  levelOf(line: string): LogLevel {
    const tagged = TAGGED.exec(line);
    if (tagged) {
      this.last = LEVELS[tagged[1]];
    } else if (!/^(\s|Caused by: |\.\.\. )/.test(line)) {
      this.last = 'warn'; // the JVM's or the operating system's words: worth a look, not an error of decklint's
    }
    return this.last;
  }
}
