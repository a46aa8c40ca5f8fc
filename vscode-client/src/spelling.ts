import * as vscode from 'vscode';
import { StaticFeature } from 'vscode-languageclient/node';
import type { DecklintServer } from './server';
import { withWord } from './words';

/**
 * The client's side of spelling: the user's own words, which live in the user's settings (as cSpell's
 * `cSpell.userWords` do) and reach the server with the other settings, and the cursor, which lets the server
 * show a word's squiggle as soon as the cursor leaves the word being typed.
 */
export const USER_WORDS_COMMAND = 'decklint.addToUserWords';
export const USER_WORDS_SETTING = 'spelling.userWords';
export const CURSOR_NOTIFICATION = 'decklint/didMoveCursor';

/** Tells the server, in its initialize request, which command of the client's adds a user word. */
export const userWordsFeature: StaticFeature = {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = { ...(capabilities.experimental ?? {}), decklint: { userWordsCommand: USER_WORDS_COMMAND } };
  },
  initialize() {},
  getState() {
    return { kind: 'static' };
  },
  clear() {},
};

export function registerSpelling(context: vscode.ExtensionContext, server: DecklintServer): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(USER_WORDS_COMMAND, async (_deck: string, word: string) => {
      const configuration = vscode.workspace.getConfiguration('decklint');
      const current = configuration.inspect<string[]>(USER_WORDS_SETTING)?.globalValue;
      // The settings change sends the words to the server, which checks every open deck again.
      await configuration.update(USER_WORDS_SETTING, withWord(current, word), vscode.ConfigurationTarget.Global);
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      const document = event.textEditor.document;
      const client = server.client;
      if (!client || document.languageId !== 'markdown' || event.selections.length !== 1) {
        return;
      }
      void client.sendNotification(CURSOR_NOTIFICATION, {
        textDocument: { uri: document.uri.toString() },
        position: event.selections[0].active,
      });
    }),
  );
}
