/**
 * The part of the `decklint.*` settings that the language server reads, in the shape of `.decklint.yml`
 * (`rules`, `words`) plus the remote image check. Client-only settings (Java, preview, trace) stay here.
 */
export interface ServerSettings {
  readonly rules: Record<string, Severity>;
  readonly words: string[];
  readonly images: { readonly checkRemote: boolean };
}

export type Severity = 'off' | 'info' | 'warning' | 'error';

const SEVERITIES: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'error']);

/** Reads one setting below `decklint.`; VS Code's `WorkspaceConfiguration.get` fits. */
export type SettingReader = (key: string) => unknown;

export interface ReadSettings {
  readonly settings: ServerSettings;
  /** Entries that were left out because they cannot mean anything, one sentence each. */
  readonly problems: string[];
}

/**
 * Builds what the server is sent (as `initializationOptions` and in `workspace/didChangeConfiguration`
 * under `decklint`). Settings typed by hand into settings.json can be anything, so each entry is checked and a
 * bad one is dropped with a note, instead of failing the whole configuration.
 */
export function readServerSettings(read: SettingReader): ReadSettings {
  const problems: string[] = [];

  const rules: Record<string, Severity> = {};
  const rawRules = read('rules');
  if (isPlainObject(rawRules)) {
    for (const [rule, severity] of Object.entries(rawRules)) {
      if (typeof severity === 'string' && SEVERITIES.has(severity)) {
        rules[rule] = severity as Severity;
      } else {
        problems.push(`"decklint.rules": "${rule}" must be off, info, warning or error, not ${JSON.stringify(severity)}.`);
      }
    }
  } else if (rawRules !== undefined && rawRules !== null) {
    problems.push('"decklint.rules" must be an object of rule ids and severities.');
  }

  const words: string[] = [];
  const rawWords = read('words');
  if (Array.isArray(rawWords)) {
    for (const word of rawWords) {
      if (typeof word === 'string' && word.trim() !== '') {
        words.push(word.trim());
      } else {
        problems.push(`"decklint.words": ${JSON.stringify(word)} is not a word.`);
      }
    }
  } else if (rawWords !== undefined && rawWords !== null) {
    problems.push('"decklint.words" must be a list of words.');
  }

  const checkRemote = read('images.checkRemote') === true;

  return { settings: { rules, words, images: { checkRemote } }, problems };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
