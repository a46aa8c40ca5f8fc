import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import * as readline from 'readline';
import * as stream from 'stream';
import { FileTimes, readEmbeddedRuntime, restoreJarTime } from './embedded';
import { describe, findJava, systemProbe } from './java';
import { serverJvmOptions, serverLaunch } from './launch';
import { StderrLevels } from './serverLog';
import { readServerSettings, ServerSettings } from './settings';
import { userWordsFeature } from './spelling';
import { ServerState } from './status';

/** The server jar as `scripts/stage-server.mjs` puts it into the extension. */
export const SERVER_JAR = 'dist/server/decklint-server.jar';
/** The launchers' JVM options, which `scripts/stage-server.mjs` puts beside the server jar. */
const JAVA_OPTIONS = 'dist/server/java-options';

/** Documents the server checks: Markdown on disk and in unsaved editors. It decides which of them are decks. */
export const DECK_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

/**
 * Starts decklint's language server with the user's Java and keeps the status bar informed. Each start makes a
 * fresh `LanguageClient`; `client` is undefined while no server runs.
 */
export class DecklintServer implements vscode.Disposable {
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.stateChanged.event;
  private current: ServerState = { kind: 'stopped' };
  private languageClient: LanguageClient | undefined;
  private javaVersion = '';

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.LogOutputChannel) {}

  get state(): ServerState {
    return this.current;
  }

  get client(): LanguageClient | undefined {
    return this.languageClient?.state === State.Running ? this.languageClient : undefined;
  }

  async start(): Promise<void> {
    this.setState({ kind: 'starting' });
    const configured = vscode.workspace.getConfiguration('decklint').get<string>('java.home');
    const embedded = readEmbeddedRuntime(this.context.extensionPath, readIfPresent);
    const java = await findJava(configured, systemProbe(), embedded);
    if (!java.ok) {
      this.fail(java.message, true);
      return;
    }
    this.output.info(`Using Java ${java.version} at ${java.executable} (from ${describe(java.source)}).`);
    this.javaVersion = String(java.version);

    const archiveProblem = java.source === 'embedded' && embedded.kind === 'found'
      ? restoreJarTime(embedded.runtime, systemFileTimes) : undefined;
    if (archiveProblem) {
      this.output.warn(`decklint ${archiveProblem}.`);
    }
    const jvmOptions = embedded.kind === 'found' ? [] : serverJvmOptions(readIfPresent(this.context.asAbsolutePath(JAVA_OPTIONS)));
    const launch = serverLaunch(java, this.context.asAbsolutePath(SERVER_JAR), jvmOptions, embedded,
      archiveProblem === undefined);
    if (!fs.existsSync(launch.jar)) {
      this.fail(`decklint cannot check decks: this installation lacks its language server (${launch.jar}). Reinstall the extension.`, false);
      return;
    }

    const serverOptions: ServerOptions = { command: launch.command, args: [...launch.args] };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DECK_SELECTOR,
      outputChannel: this.output,
      stdioOptions: { stdout: logStdout, stderr: logStderr },
      initializationOptions: { decklint: this.settings() },
      middleware: {
        // VS Code shows one outline group per symbol provider, and the built-in Markdown extension always lists a
        // deck's headings: decklint's slide outline joins them only when asked for (docs/vscode.md).
        provideDocumentSymbols: (document, token, next) =>
          vscode.workspace.getConfiguration('decklint', document.uri).get<boolean>('outline.showSlides', false)
            ? next(document, token) : [],
        workspace: {
          // A server that asks for the "decklint" section gets what it would be sent, not the raw settings with
          // the client's own keys (Java, preview), which it would reject as unknown configuration.
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) {
              return answers;
            }
            return params.items.map((item, index) => item.section === 'decklint' ? this.settings() : answers[index]);
          },
        },
      },
    };
    const client = new LanguageClient('decklint', 'decklint', serverOptions, clientOptions);
    client.registerFeature(userWordsFeature);
    client.onDidChangeState((change) => {
      if (client !== this.languageClient) {
        return;
      }
      if (change.newState === State.Running) {
        this.setState({ kind: 'running', java: this.javaVersion });
      } else if (change.newState === State.Stopped && this.current.kind !== 'failed') {
        // A server that never came up stays "failed", with the reason, rather than merely "stopped".
        this.setState({ kind: 'stopped' });
      }
    });
    this.languageClient = client;
    try {
      await client.start();
    } catch (error) {
      this.fail(`decklint's language server did not start: ${error instanceof Error ? error.message : String(error)}. ` +
        'See "decklint: Show Output" for what it printed.', false);
    }
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    if (client) {
      try {
        await client.dispose(5_000);
      } catch (error) {
        this.output.warn(`Stopping the language server: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.setState({ kind: 'stopped' });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Tells a running server that `decklint.*` settings changed, in the same shape as at start. */
  sendSettings(): void {
    void this.client?.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { decklint: this.settings() },
    });
  }

  dispose(): void {
    void this.stop();
    this.stateChanged.dispose();
  }

  private settings(): ServerSettings {
    const configuration = vscode.workspace.getConfiguration('decklint');
    const { settings, problems } = readServerSettings((key) => configuration.get(key));
    for (const problem of problems) {
      this.output.warn(`Ignoring a setting: ${problem}`);
    }
    return settings;
  }

  /** Says why no deck is being checked, in the output, the status bar and a notification with what to do. */
  private fail(message: string, aboutJava: boolean): void {
    this.output.error(message);
    this.setState({ kind: 'failed', reason: message });
    const actions = aboutJava ? ['Open Settings', 'Show Output'] : ['Show Output'];
    void vscode.window.showErrorMessage(message, ...actions).then((action) => {
      if (action === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'decklint.java.home');
      } else if (action === 'Show Output') {
        this.output.show(true);
      }
    });
  }

  private setState(state: ServerState): void {
    this.current = state;
    this.stateChanged.fire(state);
  }
}

const systemFileTimes: FileTimes = {
  modifiedSeconds: (file) => Math.floor(fs.statSync(file).mtimeMs / 1000),
  setModifiedSeconds: (file, seconds) => fs.utimesSync(file, seconds, seconds),
};

/** A file's text, or undefined when it does not exist; any other failure to read it is thrown. */
function readIfPresent(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** Shows the server's standard error line by line, each at its own level instead of all as errors. */
function logStderr(input: stream.Readable, output: vscode.LogOutputChannel): void {
  const levels = new StderrLevels();
  readline.createInterface({ input, crlfDelay: Infinity, terminal: false })
    .on('line', (line) => output[levels.levelOf(line)](line));
}

/** Standard output carries the protocol; a transport that leaves it free gets its lines as information. */
function logStdout(input: stream.Readable, output: vscode.LogOutputChannel): void {
  readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on('line', (line) => output.info(line));
}
