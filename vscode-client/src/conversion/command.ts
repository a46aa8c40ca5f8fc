import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { DeckPreview } from '../preview/panel';
import { DecklintServer } from '../server';
import { asThemeChoices, LIST_THEMES_COMMAND } from '../themes';
import { ConvertedDecks } from './convertedDecks';
import { asConversionPreview, ConversionPreview, ConversionProposal, Outcome, PREVIEW_CONVERSION_REQUEST } from './proposal';

/** The context key that shows "Apply" and "Cancel" in the title bar of the proposal's diff. */
const PROPOSED_CONTEXT = 'decklint.conversionProposed';
/** How long after the last edit of the deck its conversion is computed again. */
const RECOMPUTE_MS = 300;

/**
 * "Convert Deck to Theme…": pick a theme, look at the deck converted to it (the preview shows the converted deck,
 * a diff shows the changes), then apply it as one undoable edit or cancel. One proposal at a time.
 */
export function registerConversion(context: vscode.ExtensionContext, server: DecklintServer): vscode.Disposable[] {
  const converted = new ConvertedDecks();
  let proposal: ConversionProposal | undefined;
  return [
    converted,
    vscode.workspace.registerTextDocumentContentProvider(ConvertedDecks.SCHEME, converted),
    vscode.commands.registerCommand('decklint.convertDeckToTheme', async () => {
      proposal?.cancel();
      proposal = await propose(context, server, converted);
    }),
    vscode.commands.registerCommand('decklint.applyConversion', () => proposal?.apply()),
    vscode.commands.registerCommand('decklint.cancelConversion', () => proposal?.cancel()),
    { dispose: () => proposal?.cancel() },
  ];
}

async function propose(context: vscode.ExtensionContext, server: DecklintServer, converted: ConvertedDecks):
    Promise<ConversionProposal | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown' || editor.document.uri.scheme === ConvertedDecks.SCHEME) {
    void vscode.window.showInformationMessage('Open a Markdown deck first, then "decklint: Convert Deck to Theme…".');
    return undefined;
  }
  const client = server.client;
  if (!client) {
    void vscode.window.showErrorMessage('decklint\'s language server is not running, so it cannot convert the deck '
      + '(see "decklint: Show Output").');
    return undefined;
  }
  const document = editor.document;
  const name = document.uri.path.split('/').pop() ?? document.uri.toString();
  let first: ConversionPreview;
  let theme: string;
  try {
    const themes = asThemeChoices(await client.sendRequest(ExecuteCommandRequest.type, {
      command: LIST_THEMES_COMMAND,
      arguments: [{ uri: document.uri.toString() }],
    }));
    if (themes.length === 0) {
      void vscode.window.showInformationMessage('decklint knows no theme to convert this deck to.');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      themes.map((choice) => ({ label: choice.label, description: choice.description, theme: choice.id })),
      { title: 'Convert Deck to Theme', placeHolder: 'The theme this deck should use' },
    );
    if (!picked) {
      return undefined;
    }
    theme = picked.theme;
    first = await convert();
  } catch (error) {
    void vscode.window.showErrorMessage(`decklint could not convert the deck: ${message(error)}`);
    return undefined;
  }
  if (first.edits.length === 0) {
    void vscode.window.showInformationMessage(`The deck already looks the way the theme "${theme}" needs.`);
    return undefined;
  }

  async function convert(): Promise<ConversionPreview> {
    return asConversionPreview(await client!.sendRequest(PREVIEW_CONVERSION_REQUEST,
      { uri: document.uri.toString(), theme }));
  }

  const convertedUri = ConvertedDecks.uriFor(document.uri, theme);
  const subscriptions: vscode.Disposable[] = [];
  const proposal = new ConversionProposal({
    convert,
    version: () => document.version,
    show: (preview) => {
      converted.set(convertedUri, preview.text);
      DeckPreview.showConversion(document, preview.theme, preview.rendered);
    },
    apply: async (preview) => {
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, await client.protocol2CodeConverter.asTextEdits([...preview.edits]));
      // A workspace edit lands in the editor's undo stack, so one Ctrl+Z takes the whole conversion back.
      return vscode.workspace.applyEdit(edit);
    },
    close: (outcome: Outcome) => {
      for (const subscription of subscriptions.splice(0)) {
        subscription.dispose();
      }
      void vscode.commands.executeCommand('setContext', PROPOSED_CONTEXT, false);
      DeckPreview.endConversion(document);
      // The deck's editor gets the focus back once the diff is gone, not while it is closing.
      void closeDiff(convertedUri).then(async () => {
        converted.delete(convertedUri);
        if (outcome !== 'withdrawn') {
          await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
        }
      });
    },
    tell: (text) => void vscode.window.showWarningMessage(text),
  }, RECOMPUTE_MS, first);

  subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document && event.contentChanges.length > 0) {
        proposal.deckChanged();
      }
    }),
    vscode.workspace.onDidCloseTextDocument((closed) => {
      if (closed === document) {
        proposal.cancel();
      }
    }),
    // Closing the diff is a way to say no.
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      if (event.closed.some((tab) => isDiffOf(tab, convertedUri))) {
        proposal.cancel();
      }
    }),
  );

  // A deck opened for a look (its tab in italics) would give its tab to the diff: the deck stays open behind it.
  const deckTab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) =>
    tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === document.uri.toString());
  if (deckTab?.isPreview) {
    await vscode.window.showTextDocument(document, { viewColumn: deckTab.group.viewColumn, preserveFocus: false });
    await vscode.commands.executeCommand('workbench.action.keepEditor');
  }
  converted.set(convertedUri, first.text);
  DeckPreview.showConversion(document, first.theme, first.rendered, { context, server, editor });
  await vscode.commands.executeCommand('vscode.diff', document.uri, convertedUri,
    `${name} ↔ ${theme} (not applied)`, { viewColumn: editor.viewColumn, preview: false });
  void vscode.commands.executeCommand('setContext', PROPOSED_CONTEXT, true);
  // Closing the notification without an answer leaves the choice to the diff's title bar.
  void vscode.window.showInformationMessage(
    `Convert ${name} to the theme ${theme}? The preview shows the converted deck and the diff its changes; the deck `
      + `stays as it is until you apply. ${capitalized(first.summary)}${warnings(first)}`,
    'Apply', 'Cancel',
  ).then((answer) => {
    if (answer === 'Apply') {
      void proposal.apply();
    } else if (answer === 'Cancel') {
      proposal.cancel();
    }
  });
  return proposal;
}

/** The notes the user must look at (what the theme could not place, facts the deck lacks); the rest are in the log. */
function warnings(preview: ConversionPreview): string {
  const warned = preview.notes.filter((note) => / warning: /.test(note));
  return warned.length === 0 ? '' : ` Check: ${warned.map((note) => `line ${note}`).join('; ')}`;
}

function isDiffOf(tab: vscode.Tab, convertedUri: vscode.Uri): boolean {
  return tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === convertedUri.toString();
}

async function closeDiff(convertedUri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => isDiffOf(tab, convertedUri));
  if (tabs.length > 0) {
    await vscode.window.tabGroups.close(tabs);
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
