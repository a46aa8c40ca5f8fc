/**
 * The part of the `decklint.*` settings that the language server reads. The server reads it as one more
 * `.decklint.yml` on top of the deck's own, so it has that file's shape and nothing else: an unknown key would
 * make the server ignore all of it. Client-only settings (Java, preview, trace) stay in the client.
 */
export interface ServerSettings {
  readonly rules?: Record<string, Severity | RuleWithOptions>;
  readonly words?: string[];
}

export type Severity = 'off' | 'info' | 'warning' | 'error';

export interface RuleWithOptions {
  readonly severity?: Severity;
  readonly checkRemote?: boolean;
}

/** The rule that checks images, and looks remote ones up when its `checkRemote` option says so. */
export const IMAGE_RULE = 'broken-image';

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

  const rules: Record<string, Severity | RuleWithOptions> = {};
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

  // The user's own words (added with "Add … to user words") count as much as the workspace's settings' words.
  const words: string[] = [];
  for (const key of ['words', 'spelling.userWords']) {
    const rawWords = read(key);
    if (Array.isArray(rawWords)) {
      for (const word of rawWords) {
        if (typeof word === 'string' && word.trim() !== '') {
          words.push(word.trim());
        } else {
          problems.push(`"decklint.${key}": ${JSON.stringify(word)} is not a word.`);
        }
      }
    } else if (rawWords !== undefined && rawWords !== null) {
      problems.push(`"decklint.${key}" must be a list of words.`);
    }
  }

  // `.decklint.yml` says `broken-image: {severity: warning, checkRemote: true}`; the setting is sent only when
  // on, so a server without that rule is not handed a rule it does not know.
  if (read('images.checkRemote') === true) {
    const severity = rules[IMAGE_RULE];
    rules[IMAGE_RULE] = typeof severity === 'string' ? { severity, checkRemote: true } : { checkRemote: true };
  }

  const settings: { rules?: typeof rules; words?: string[] } = {};
  if (Object.keys(rules).length > 0) {
    settings.rules = rules;
  }
  if (words.length > 0) {
    settings.words = words;
  }
  return { settings, problems };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
