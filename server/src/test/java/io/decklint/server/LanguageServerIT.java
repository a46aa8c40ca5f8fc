package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.RealDecks;
import io.decklint.deck.Deck;
import io.decklint.editor.DeckOutline;
import io.decklint.editor.OutlineItem;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import io.decklint.render.SlideLines;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextEdits;
import io.decklint.text.TextRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server jar in a child process, driven over stdio the way an editor drives it. */
class LanguageServerIT {
    private static final Decklint DECKLINT = new Decklint();

    @TempDir
    Path workspace;

    @Test
    void aSeedDeckGetsDiagnosticsAnOutlineFoldsAndASlideMap() throws Exception {
        Path seed = RealDecks.seed("community-call-2023-11-23.md");
        String text = RealDecks.read(seed);
        String uri = seed.toUri().toString();
        try (ServerProcess lsp = new ServerProcess().initialize(seed.getParent())) {
            lsp.open(uri, text);
            PublishDiagnosticsParams published = lsp.client.awaitVersion(uri, 1);
            assertThat(published.getDiagnostics()).isEqualTo(expected(text, seed));
            assertThat(published.getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .contains("separator-spacing");

            List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = lsp.server
                    .getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                    .get(10, TimeUnit.SECONDS);
            List<OutlineItem> outline = DeckOutline.of(Deck.parse(text));
            assertThat(symbols).extracting(s -> s.getRight().getName())
                    .containsExactlyElementsOf(outline.stream().map(OutlineItem::label).toList());
            assertThat(symbols.get(3).getRight().getChildren()).extracting(DocumentSymbol::getName)
                    .containsExactlyElementsOf(outline.get(3).children().stream().map(OutlineItem::label).toList());

            List<FoldingRange> folds = lsp.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS);
            assertThat(folds).as("the front matter and the slides fold").anyMatch(f -> f.getStartLine() == 0)
                    .hasSizeGreaterThanOrEqualTo(Deck.parse(text).slides().size() / 2);

            RenderResult render = lsp.server.render(new RenderParams(uri)).get(10, TimeUnit.SECONDS);
            assertThat(render.html()).as("the page decklint render writes").startsWith("<!DOCTYPE html>")
                    .contains("Reveal.initialize(").contains("Content-Security-Policy")
                    .contains("<h2><font color=\"#0f5fe1\">SCS Community Call</font></h2>");
            assertThat(Jsoup.parse(render.html()).select("div.slides section[data-line-start]"))
                    .hasSize(Deck.parse(text).slides().size());
            assertThat(render.slides()).hasSize(Deck.parse(text).slides().size());
            assertThat(render.slides().get(1)).as("from the blank line before its --- to the line before the next")
                    .isEqualTo(new SlideLines(1, 0, 40, 45));

            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aQuickFixFromTheServerMakesItsDiagnosticGoAway() throws Exception {
        // A deck whose licence allows changes, with one separator glued to the text above it.
        Path source = RealDecks.changeable().get(0);
        String original = RealDecks.read(source);
        int separator = original.indexOf("\n\n---\n\n");
        assertThat(separator).isPositive();
        String text = original.substring(0, separator) + "\n---\n\n" + original.substring(separator + 7);
        Path deck = Files.writeString(workspace.resolve("deck.md"), text);
        String uri = deck.toUri().toString();
        try (ServerProcess lsp = new ServerProcess().initialize(workspace)) {
            lsp.open(uri, text);
            Diagnostic glued = lsp.client.awaitVersion(uri, 1).getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("separator-spacing")).findFirst().orElseThrow();

            List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = codeActions(lsp, uri, glued.getRange());
            CodeAction fix = actions.stream().map(Either::getRight)
                    .filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst().orElseThrow();
            assertThat(fix.getKind()).isEqualTo("quickfix");
            assertThat(fix.getDiagnostics()).containsExactly(glued);
            assertThat(actions).extracting(a -> a.getRight().getTitle())
                    .contains("Disable separator-spacing for this slide");

            TextDocumentEdit edit = fix.getEdit().getDocumentChanges().get(0).getLeft();
            assertThat(edit.getTextDocument().getVersion()).isEqualTo(1);
            String fixed = applyLsp(text, edit.getEdits().stream().map(Either::getLeft).toList());
            change(lsp, uri, 2, List.of(new TextDocumentContentChangeEvent(fixed)));

            List<Diagnostic> after = lsp.client.awaitVersion(uri, 2).getDiagnostics();
            assertThat(after).noneMatch(d -> d.getRange().getStart().getLine() == glued.getRange().getStart().getLine()
                    && d.getCode().getLeft().equals("separator-spacing"));
            assertThat(after).isEqualTo(expected(fixed, deck));

            String fixAllKind = CodeActions.FIX_ALL;
            assertThat(codeActions(lsp, uri, new Range(new Position(0, 0), new Position(0, 0)))).extracting(
                    a -> a.getRight().getKind()).doesNotContain(fixAllKind);
        }
    }

    /**
     * Random edits sent as incremental changes (some several to a notification), checked against a copy kept
     * here: the server's findings for the last version must be those of the copy, and versions only go up.
     */
    @Test
    void incrementalEditsKeepTheServersTextEqualToAShadowCopy() throws Exception {
        Path source = RealDecks.changeable().get(3);
        String shadow = RealDecks.read(source);
        Path deck = Files.writeString(workspace.resolve("edited.md"), shadow);
        String uri = deck.toUri().toString();
        Random random = new Random(42);
        String[] snippets = {"x", "é", "😀", "\n", "\r\n", "\n\n---\n\n", "\n---\n", "---", "# Title\n", " ", ""};
        try (ServerProcess lsp = new ServerProcess().initialize(workspace)) {
            lsp.open(uri, shadow);
            lsp.client.awaitVersion(uri, 1);
            int version = 1;
            for (int round = 0; round < 150; round++) {
                List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
                int count = 1 + (random.nextInt(5) == 0 ? random.nextInt(3) : 0);
                for (int c = 0; c < count; c++) {
                    SourceText text = new SourceText(shadow);
                    int start = random.nextInt(shadow.length() + 1);
                    int end = Math.min(shadow.length(), start + (random.nextInt(3) == 0 ? random.nextInt(30) : 0));
                    end = Math.max(end, start);
                    // An editor's positions never fall inside a surrogate pair or a \r\n.
                    if (start > 0 && start < shadow.length() && splits(shadow, start)) {
                        start--;
                    }
                    if (end > 0 && end < shadow.length() && splits(shadow, end)) {
                        end++;
                    }
                    String insert = snippets[random.nextInt(snippets.length)];
                    changes.add(new TextDocumentContentChangeEvent(Positions.range(text, new TextRange(start, end)),
                            insert));
                    shadow = TextEdits.apply(shadow, List.of(new TextEdit(start, end - start, insert)));
                }
                change(lsp, uri, ++version, changes);
            }
            PublishDiagnosticsParams last = lsp.client.awaitVersion(uri, version);
            assertThat(last.getDiagnostics()).isEqualTo(expected(shadow, deck));

            List<Integer> versions = lsp.client.published.stream().filter(p -> p.getUri().equals(uri))
                    .map(PublishDiagnosticsParams::getVersion).toList();
            assertThat(versions).as("never an older version after a newer one").isSorted();
            RenderResult render = lsp.server.render(new RenderParams(uri)).get(10, TimeUnit.SECONDS);
            assertThat(render.slides()).hasSize(Deck.parse(shadow).slides().size());
            assertThat(render.html()).as("re-rendering only the edited slides gives the page a fresh render gives")
                    .isEqualTo(new DeckRenderer().render(Deck.parse(shadow),
                            RenderOptions.standalone().withTitle(deck.getFileName().toString())).html());
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }

    @Test
    void requestsAfterShutdownAreRefusedAndExitEndsTheProcess() throws Exception {
        try (ServerProcess lsp = new ServerProcess().initialize(null)) {
            lsp.open("untitled:a.md", "# A\n");
            lsp.client.awaitVersion("untitled:a.md", 1);
            assertThat(lsp.server.shutdown().get(10, TimeUnit.SECONDS)).isNull();
            var late = lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(
                    new TextDocumentIdentifier("untitled:a.md")));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> late.get(10, TimeUnit.SECONDS))
                    .hasMessageContaining("after shutdown");
            lsp.server.exit();
            assertThat(lsp.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(lsp.process.exitValue()).isZero();
        }
    }

    @Test
    void exitWithoutShutdownExitsWithOne() throws Exception {
        try (ServerProcess lsp = new ServerProcess().initialize(null)) {
            lsp.server.exit();
            assertThat(lsp.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(lsp.process.exitValue()).isEqualTo(1);
        }
    }

    private static boolean splits(String text, int offset) {
        char before = text.charAt(offset - 1);
        char after = text.charAt(offset);
        return Character.isHighSurrogate(before) && Character.isLowSurrogate(after) || before == '\r' && after == '\n';
    }

    static List<Either<org.eclipse.lsp4j.Command, CodeAction>> codeActions(ServerProcess lsp, String uri, Range range)
            throws Exception {
        return lsp.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                range, new CodeActionContext(List.of()))).get(10, TimeUnit.SECONDS);
    }

    static void change(ServerProcess lsp, String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), changes));
    }

    /** What the engine finds in the text, as the server should publish it. */
    static List<Diagnostic> expected(String text, Path path) {
        Deck deck = Deck.parse(text);
        DiagnosticMapper mapper = new DiagnosticMapper(RuleDocs.beside(DecklintServer.class));
        return DECKLINT.lint(deck, path, DECKLINT.configurations().forDeck(path)).stream()
                .map(d -> mapper.toLsp(deck.source(), d)).toList();
    }

    static String applyLsp(String text, List<org.eclipse.lsp4j.TextEdit> edits) {
        SourceText source = new SourceText(text);
        return TextEdits.apply(text, edits.stream().map(e -> TextEdit.replace(Positions.textRange(source,
                e.getRange()), e.getNewText())).toList());
    }
}
