import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { DecklintServer } from '../server';
import { ToWebview } from './messages';
import { makeNonce, messagePage, webviewPage } from './page';
import { asRenderedDeck, firstTextLine, RENDER_REQUEST, RenderParams, SlideLocation } from './render';
import { PreviewSession } from './session';

/** The webview type; VS Code restores nothing for it across reloads, the user opens the preview again. */
const VIEW_TYPE = 'decklint.preview';
/**
 * How long after a slide is picked in the preview a focus the preview reports is the picking click's: on a busy
 * machine VS Code reports it seconds late.
 */
const LATE_FOCUS_MS = 3000;

/** One preview per deck, beside its editor, rendered by the server and following the editor's cursor. */
export class DeckPreview implements vscode.Disposable {
  private static readonly open = new Map<string, DeckPreview>();

  static show(context: vscode.ExtensionContext, server: DecklintServer, editor: vscode.TextEditor): DeckPreview {
    const key = editor.document.uri.toString();
    const existing = DeckPreview.open.get(key);
    if (existing) {
      existing.panel.reveal(undefined, true);
      return existing;
    }
    const preview = new DeckPreview(context, server, editor);
    DeckPreview.open.set(key, preview);
    return preview;
  }

  /** Re-reads the delay of every open preview after the settings changed. */
  static settingsChanged(): void {
    for (const preview of DeckPreview.open.values()) {
      preview.session.setDelay(previewDelay(preview.document));
    }
  }

  private readonly panel: vscode.WebviewPanel;
  private readonly session: PreviewSession;
  private readonly document: vscode.TextDocument;
  private readonly subscriptions: vscode.Disposable[] = [];
  private disposed = false;

  private constructor(context: vscode.ExtensionContext, server: DecklintServer, editor: vscode.TextEditor) {
    this.document = editor.document;
    const deckFolder = vscode.Uri.joinPath(this.document.uri, '..');
    const media = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
    const roots = [media, deckFolder, ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri)];
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      `Preview ${fileName(this.document)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, enableForms: false, localResourceRoots: roots },
    );
    const webview = this.panel.webview;
    webview.html = messagePage('Rendering the deck…', webview.cspSource);
    const bridgeUri = webview.asWebviewUri(vscode.Uri.joinPath(media, 'bridge.js')).toString();
    const baseUri = `${webview.asWebviewUri(deckFolder).toString().replace(/\/$/, '')}/`;

    this.session = new PreviewSession(
      {
        render: async () => {
          const client = server.client;
          if (!client) {
            throw new Error('decklint\'s language server is not running (see "decklint: Show Output")');
          }
          const params: RenderParams = { uri: this.document.uri.toString() };
          return asRenderedDeck(await client.sendRequest(RENDER_REQUEST, params));
        },
        load: (deck) => {
          // A new nonce for every page: the bridge is the only script the preview adds.
          const nonce = makeNonce((size) => crypto.randomBytes(size));
          webview.html = webviewPage(deck.html, { cspSource: webview.cspSource, nonce, bridgeUri, baseUri });
        },
        showMessage: (message) => {
          webview.html = messagePage(message, webview.cspSource);
        },
        post: (message: ToWebview) => void webview.postMessage(message),
        revealSlide: (slide) => void this.revealSlide(slide),
      },
      previewDelay(this.document),
      editor.selection.active.line,
    );

    this.subscriptions.push(
      webview.onDidReceiveMessage((message) => this.session.fromWebview(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) {
          this.session.documentChanged();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) {
          this.session.cursorMoved(event.selections[0].active.line);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((closed) => {
        if (closed === this.document) {
          this.panel.dispose();
        }
      }),
      server.onDidChangeState((state) => {
        if (state.kind === 'running') {
          void this.session.refresh();
        }
      }),
    );
    this.panel.onDidDispose(() => this.dispose());
    void this.session.refresh();
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    DeckPreview.open.delete(this.document.uri.toString());
    this.session.dispose();
    for (const subscription of this.subscriptions.splice(0)) {
      subscription.dispose();
    }
    this.panel.dispose();
  }

  /** A slide picked in the preview: put the cursor on its first line of text, in the editor the deck is open in. */
  private async revealSlide(slide: SlideLocation): Promise<void> {
    const editor = await this.focusDeckEditor();
    const last = this.document.lineCount - 1;
    const line = firstTextLine(slide, (n) => (n <= last ? this.document.lineAt(n).text : ''));
    const position = new vscode.Position(Math.min(line, last), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    // The click that picked the slide also focuses the preview, and VS Code may learn of that focus only after
    // the editor took it: give the focus back to the editor then, as the user asked for the source.
    const lateFocus = this.panel.onDidChangeViewState((event) => {
      if (event.webviewPanel.active) {
        void this.focusDeckEditor();
      }
    });
    setTimeout(() => lateFocus.dispose(), LATE_FOCUS_MS);
  }

  private focusDeckEditor(): Thenable<vscode.TextEditor> {
    const visible = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.document);
    return vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
  }
}

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? document.uri.toString();
}

function previewDelay(document: vscode.TextDocument): number {
  return vscode.workspace.getConfiguration('decklint', document.uri).get<number>('preview.delay', 300);
}
