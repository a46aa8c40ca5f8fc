import * as vscode from 'vscode';
import { ActiveDeck } from './activeDeck';
import { registerConversion } from './conversion/command';
import { DeckPreview } from './preview/panel';
import { DecklintServer } from './server';
import { registerSpelling } from './spelling';
import { ServerState, statusView } from './status';
import { registerWorkspaceCheck } from './workspaceCheck';

/** The code action kind of "Fix all decklint problems", also the one to list in `editor.codeActionsOnSave`. */
const FIX_ALL_KIND = 'source.fixAll.decklint';

let running: DecklintServer | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('decklint', { log: true });
  const server = new DecklintServer(context, output);
  running = server;
  const status = vscode.window.createStatusBarItem('decklint.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'decklint';
  status.command = 'decklint.showOutput';

  const showStatus = (state: ServerState): void => {
    const view = statusView(state);
    status.text = view.text;
    status.tooltip = view.tooltip;
    status.backgroundColor = view.alert === 'none' ? undefined : new vscode.ThemeColor(`statusBarItem.${view.alert}Background`);
    const markdown = vscode.window.activeTextEditor?.document.languageId === 'markdown';
    if (markdown || state.kind === 'failed') {
      status.show();
    } else {
      status.hide();
    }
  };

  const serverStateChanged = (state: ServerState): void => {
    showStatus(state);
    void vscode.commands.executeCommand('setContext', 'decklint.serverRunning', state.kind === 'running');
  };

  context.subscriptions.push(
    output,
    server,
    status,
    server.onDidChangeState(serverStateChanged),
    vscode.window.onDidChangeActiveTextEditor(() => showStatus(server.state)),
    vscode.commands.registerCommand('decklint.showOutput', () => output.show()),
    vscode.commands.registerCommand('decklint.restartServer', () => server.restart()),
    vscode.commands.registerCommand('decklint.fixAll', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' })),
    ...previewCommands(context, server),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('decklint.java.home')) {
        void server.restart();
      } else if (event.affectsConfiguration('decklint')) {
        server.sendSettings();
        DeckPreview.settingsChanged(event);
      }
    }),
  );

  // "Convert Deck to Theme…": the converted deck is shown, and applied only when the user says so.
  context.subscriptions.push(...registerConversion(context, server));

  // Spelling in the editor and the workspace check.
  registerSpelling(context, server);
  registerWorkspaceCheck(context, server);

  serverStateChanged(server.state);
  void server.start();
}

/** The preview's commands, named as those of VS Code's Markdown preview, and the preview following the active deck. */
function previewCommands(context: vscode.ExtensionContext, server: DecklintServer): vscode.Disposable[] {
  const open = (locked: boolean) => (): void => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Open a Markdown deck first, then "decklint: Open Preview to the Side".');
      return;
    }
    DeckPreview.show(context, server, editor, locked);
  };
  const activeDeck = new ActiveDeck(server);
  return [
    activeDeck,
    activeDeck.onDidActivateDeck((editor) => DeckPreview.deckActivated(editor)),
    vscode.commands.registerCommand('decklint.openPreviewToSide', open(false)),
    vscode.commands.registerCommand('decklint.openLockedPreviewToSide', open(true)),
    vscode.commands.registerCommand('decklint.preview.toggleLock', () => DeckPreview.toggleLockOfActive()),
  ];
}

/** Lets the server finish with shutdown and exit before VS Code goes on. */
export function deactivate(): Promise<void> | undefined {
  return running?.stop();
}
