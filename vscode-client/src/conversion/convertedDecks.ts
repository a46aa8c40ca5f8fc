import * as vscode from 'vscode';

/**
 * The converted decks a proposal shows, as read-only documents for the diff. Their URI keeps the deck's path, so
 * VS Code highlights them as Markdown, and names the theme.
 */
export class ConvertedDecks implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly SCHEME = 'decklint-converted';

  static uriFor(deck: vscode.Uri, theme: string): vscode.Uri {
    return vscode.Uri.from({ scheme: ConvertedDecks.SCHEME, path: deck.path, query: `theme=${encodeURIComponent(theme)}` });
  }

  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, text: string): void {
    if (this.texts.get(uri.toString()) !== text) {
      this.texts.set(uri.toString(), text);
      this.changed.fire(uri);
    }
  }

  delete(uri: vscode.Uri): void {
    this.texts.delete(uri.toString());
  }

  dispose(): void {
    this.changed.dispose();
  }
}
