import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { DecklintServer } from '../server';
import { ToWebview } from './messages';
import { makeNonce, messagePage, webviewPage } from './page';
import { asRenderedDeck, firstTextLine, RENDER_REQUEST, RenderedDeck, RenderParams, SlideLocation } from './render';
import { PreviewSession } from './session';

/** The webview type; VS Code restores nothing for it across reloads, the user opens the preview again. */
const VIEW_TYPE = 'decklint.preview';
const REMOTE_CONTENT_SETTING = 'decklint.preview.allowRemoteContent';
/**
 * How long after a slide is picked in the preview a focus the preview reports is the picking click's: on a busy
 * machine VS Code reports it seconds late.
 */
const LATE_FOCUS_MS = 3000;

/**
 * A deck's preview beside its editor, rendered by the server and following the editor's cursor. As with VS Code's
 * Markdown preview, one preview follows the active deck editor, and locked previews each stay on their deck.
 */
export class DeckPreview implements vscode.Disposable {
  private static readonly open = new Set<DeckPreview>();
  /** The preview that follows the active deck editor; the others are locked. */
  private static following: DeckPreview | undefined;

  /** Shows `editor`'s deck in the following preview, or in a locked one of its own. */
  static show(context: vscode.ExtensionContext, server: DecklintServer, editor: vscode.TextEditor, locked: boolean): void {
    const existing = locked
      ? [...DeckPreview.open].find((preview) => preview.locked && preview.document === editor.document)
      : DeckPreview.following;
    if (existing) {
      existing.showDeck(editor);
      existing.panel.reveal(undefined, true);
      return;
    }
    const preview = new DeckPreview(context, server, editor, locked);
    DeckPreview.open.add(preview);
    if (!locked) {
      DeckPreview.following = preview;
    }
  }

  /**
   * Shows a proposed theme conversion of `document` instead of the deck itself, in the previews that show the deck,
   * until {@link endConversion}. With `open`, a preview is opened (or the following one brought to the deck) when
   * none shows it.
   */
  static showConversion(document: vscode.TextDocument, theme: string, rendered: RenderedDeck,
    open?: { context: vscode.ExtensionContext; server: DecklintServer; editor: vscode.TextEditor }): void {
    if (open && ![...DeckPreview.open].some((preview) => preview.document === document)) {
      DeckPreview.show(open.context, open.server, open.editor, false);
    }
    for (const preview of DeckPreview.open) {
      if (preview.document === document) {
        preview.conversion = { theme, rendered };
        preview.updateTitle();
        void preview.session.refresh();
      }
    }
  }

  /** The proposed conversion is over: the previews show the deck again. */
  static endConversion(document: vscode.TextDocument): void {
    for (const preview of DeckPreview.open) {
      if (preview.document === document && preview.conversion) {
        preview.conversion = undefined;
        preview.updateTitle();
        void preview.session.refresh();
      }
    }
  }

  /** A deck's editor became active: the following preview shows that deck. */
  static deckActivated(editor: vscode.TextEditor): void {
    DeckPreview.following?.showDeck(editor);
  }

  /** Locks the preview in front, or lets it follow the active deck again. */
  static toggleLockOfActive(): void {
    const preview = [...DeckPreview.open].find((candidate) => candidate.panel.active);
    if (!preview) {
      void vscode.window.showInformationMessage('Click into a deck\'s preview first, then "decklint: Toggle Preview Locking".');
      return;
    }
    preview.locked = !preview.locked;
    if (preview.locked) {
      DeckPreview.following = undefined;
    } else {
      // One preview follows the active deck: the one just unlocked takes over from any other.
      const previous = DeckPreview.following;
      DeckPreview.following = preview;
      previous?.dispose();
    }
    preview.updateTitle();
  }

  /** Re-reads the settings of every open preview after they changed. */
  static settingsChanged(event: vscode.ConfigurationChangeEvent): void {
    for (const preview of DeckPreview.open) {
      preview.session.setDelay(previewDelay(preview.document));
      if (event.affectsConfiguration(REMOTE_CONTENT_SETTING, preview.document.uri)) {
        // What the page may load is in its policy, which only a new page changes.
        preview.session.reload();
      }
    }
  }

  private readonly panel: vscode.WebviewPanel;
  private session: PreviewSession;
  private document: vscode.TextDocument;
  private readonly subscriptions: vscode.Disposable[] = [];
  private disposed = false;
  /** A theme conversion of the deck, proposed and not applied, which the preview shows instead of the deck. */
  private conversion: { readonly theme: string; readonly rendered: RenderedDeck } | undefined;

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: DecklintServer,
    editor: vscode.TextEditor,
    private locked: boolean,
  ) {
    this.document = editor.document;
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      '',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        enableCommandUris: false,
        enableForms: false,
        localResourceRoots: this.resourceRoots(),
        // A hidden page keeps its swapped slides and takes updates; otherwise VS Code would show the page as first
        // loaded when its tab comes back.
        retainContextWhenHidden: true,
      },
    );
    this.updateTitle();
    const webview = this.panel.webview;
    webview.html = messagePage('Rendering the deck…', webview.cspSource);
    this.session = this.startSession(editor);

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
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    DeckPreview.open.delete(this);
    if (DeckPreview.following === this) {
      DeckPreview.following = undefined;
    }
    this.session.dispose();
    for (const subscription of this.subscriptions.splice(0)) {
      subscription.dispose();
    }
    this.panel.dispose();
  }

  /** Shows another deck in this preview; its page stays until the new deck's is rendered. */
  private showDeck(editor: vscode.TextEditor): void {
    // While a conversion is proposed, the preview stays on it (the diff beside it is no deck).
    if (editor.document === this.document || this.conversion) {
      return;
    }
    this.session.dispose();
    this.document = editor.document;
    this.panel.webview.options = { ...this.panel.webview.options, localResourceRoots: this.resourceRoots() };
    this.updateTitle();
    this.session = this.startSession(editor);
  }

  private startSession(editor: vscode.TextEditor): PreviewSession {
    const webview = this.panel.webview;
    const media = this.mediaFolder();
    const bridgeUri = webview.asWebviewUri(vscode.Uri.joinPath(media, 'bridge.js')).toString();
    const document = this.document;
    const session = new PreviewSession(
      {
        render: async (frame) => {
          if (this.conversion) {
            return this.conversion.rendered;
          }
          const client = this.server.client;
          if (!client) {
            throw new Error('decklint\'s language server is not running (see "decklint: Show Output")');
          }
          const params: RenderParams = { uri: document.uri.toString(), frame };
          return asRenderedDeck(await client.sendRequest(RENDER_REQUEST, params), frame);
        },
        load: (html) => {
          // A new nonce for every page: the bridge is the only script the preview adds.
          const nonce = makeNonce((size) => crypto.randomBytes(size));
          const baseUri = `${webview.asWebviewUri(deckFolder(document)).toString().replace(/\/$/, '')}/`;
          const allowRemoteContent = vscode.workspace.getConfiguration('decklint', document.uri)
            .get<boolean>('preview.allowRemoteContent', true);
          webview.html = webviewPage(html, { cspSource: webview.cspSource, nonce, bridgeUri, baseUri, allowRemoteContent });
        },
        showMessage: (message) => {
          webview.html = messagePage(message, webview.cspSource);
        },
        post: (message: ToWebview) => void webview.postMessage(message),
        revealSlide: (slide) => void this.revealSlide(slide),
      },
      previewDelay(document),
      editor.selection.active.line,
    );
    void session.refresh();
    return session;
  }

  private updateTitle(): void {
    const name = fileName(this.document);
    // The titles of VS Code's Markdown preview: a locked preview's name is in brackets.
    this.panel.title = this.conversion ? `Preview ${name} in ${this.conversion.theme} (not applied)`
      : this.locked ? `[Preview] ${name}` : `Preview ${name}`;
  }

  private mediaFolder(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
  }

  private resourceRoots(): vscode.Uri[] {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri);
    return [this.mediaFolder(), deckFolder(this.document), ...folders];
  }

  /** A slide picked in the preview: put the cursor on its first line of text, in the editor the deck is open in. */
  private async revealSlide(slide: SlideLocation): Promise<void> {
    if (this.conversion) {
      return; // the slide's lines are those of the converted deck, not of the deck in the editor
    }
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

function deckFolder(document: vscode.TextDocument): vscode.Uri {
  return vscode.Uri.joinPath(document.uri, '..');
}

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? document.uri.toString();
}

function previewDelay(document: vscode.TextDocument): number {
  return vscode.workspace.getConfiguration('decklint', document.uri).get<number>('preview.delay', 300);
}
