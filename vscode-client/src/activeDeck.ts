import * as vscode from 'vscode';
import { Debouncer } from './debounce';
import { DecklintServer } from './server';

/** `decklint/isDeck`: whether an open document's front matter asks for slide mode; the server decides. */
const IS_DECK_REQUEST = 'decklint/isDeck';
/** How long after the last edit of the active document to ask again (its front matter may have changed). */
const RECHECK_MS = 500;

/**
 * Knows whether the active editor holds a deck, and says so to VS Code through context keys:
 * `decklint.activeEditorIsDeck` shows decklint's preview button, and `hasCustomMarkdownPreview` (the key the
 * built-in Markdown extension offers to extensions with a preview of their own) hides VS Code's Markdown preview
 * button for that editor, so a deck's title bar has one "Open Preview to the Side", the slides'.
 */
export class ActiveDeck implements vscode.Disposable {
  private readonly becameActive = new vscode.EventEmitter<vscode.TextEditor>();
  /** A deck's editor became the active editor. */
  readonly onDidActivateDeck = this.becameActive.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly recheck = new Debouncer(() => void this.check(), RECHECK_MS);
  private latestCheck = 0;
  private deckShown: boolean | undefined;

  constructor(private readonly server: DecklintServer) {
    this.subscriptions.push(
      this.becameActive,
      vscode.window.onDidChangeActiveTextEditor(() => void this.check()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document && event.contentChanges.length > 0) {
          this.recheck.call();
        }
      }),
      server.onDidChangeState(() => void this.check()),
    );
    void this.check();
  }

  dispose(): void {
    this.recheck.cancel();
    for (const subscription of this.subscriptions.splice(0)) {
      subscription.dispose();
    }
  }

  private async check(): Promise<void> {
    this.recheck.cancel();
    const check = ++this.latestCheck;
    const editor = vscode.window.activeTextEditor;
    const deck = editor !== undefined && await this.isDeck(editor.document);
    // The user may have moved on while the server answered.
    if (check !== this.latestCheck) {
      return;
    }
    if (deck !== this.deckShown) {
      this.deckShown = deck;
      void vscode.commands.executeCommand('setContext', 'decklint.activeEditorIsDeck', deck);
      void vscode.commands.executeCommand('setContext', 'hasCustomMarkdownPreview', deck);
    }
    if (deck && editor) {
      this.becameActive.fire(editor);
    }
  }

  private async isDeck(document: vscode.TextDocument): Promise<boolean> {
    const client = this.server.client;
    if (!client || document.languageId !== 'markdown') {
      return false;
    }
    try {
      return (await client.sendRequest(IS_DECK_REQUEST, { uri: document.uri.toString() })) === true;
    } catch {
      // A document the server does not hold (another scheme than file: or untitled:) is no deck it can preview.
      return false;
    }
  }
}
