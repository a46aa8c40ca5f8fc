import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { DecklintServer } from './server';

/** "Check All Decks in the Workspace" runs this command of the server, which reports its progress itself. */
export const CHECK_WORKSPACE_COMMAND = 'decklint.server.checkWorkspace';

export function registerWorkspaceCheck(context: vscode.ExtensionContext, server: DecklintServer): void {
  let checkedSinceStart = false;
  const check = async (): Promise<void> => {
    const client = server.client;
    if (!client) {
      void vscode.window.showErrorMessage('decklint\'s language server is not running, so it cannot check the ' +
        'workspace (see "decklint: Show Output").');
      return;
    }
    try {
      await client.sendRequest(ExecuteCommandRequest.type, { command: CHECK_WORKSPACE_COMMAND, arguments: [] });
    } catch (error) {
      void vscode.window.showErrorMessage(
        `decklint could not check the workspace: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('decklint.checkWorkspace', check),
    server.onDidChangeState((state) => {
      // Each start of the server forgets what it published, so a start-up check runs again after a restart.
      if (state.kind !== 'running') {
        checkedSinceStart = false;
      } else if (!checkedSinceStart && vscode.workspace.getConfiguration('decklint').get('workspace.checkOnStartup') === true) {
        checkedSinceStart = true;
        void check();
      }
    }),
  );
}
