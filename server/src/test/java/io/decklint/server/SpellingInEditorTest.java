package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.decklint.Decklint;
import io.decklint.lint.LinkChecker;
import io.decklint.rules.BuiltInRules;
import io.decklint.spelling.VocabularyCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spelling as a user meets it in the editor: adding words, the hover's severity, words still being typed. */
class SpellingInEditorTest {
    private static final String DECK = "---\ntype: slide\n---\n\n# Our cloud\n\n* Clouad in a Box\n";
    /** Long enough that a finding shown within it was not shown because typing paused. */
    private static final long NEVER = 600_000;

    @TempDir
    Path workspace;

    private static Decklint engine() {
        return new Decklint(BuiltInRules.all(), LinkChecker.NONE, false, VocabularyCache.NONE,
                WorkerThread.named("test-count"));
    }

    private static List<String> misspelt(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("spelling"))
                .map(d -> d.getMessage().getLeft().substring(1, d.getMessage().getLeft().indexOf('"', 1))).toList();
    }

    private InitializeParams withUserWords(boolean userWords) {
        InitializeParams params = TestClient.initializeParams(workspace);
        if (userWords) {
            params.getCapabilities().setExperimental(JsonParser.parseString(
                    "{\"decklint\": {\"userWordsCommand\": \"decklint.addToUserWords\"}}"));
        }
        return params;
    }

    private static List<Command> quickFixCommands(InProcessServer lsp, String uri, Diagnostic finding)
            throws Exception {
        return lsp.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                finding.getRange(), new CodeActionContext(List.of(finding)))).get(10, TimeUnit.SECONDS).stream()
                .map(Either::getRight).map(CodeAction::getCommand).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void addingAWordToTheWorkspaceWritesItBesideTheDecksAndClearsItInEveryOpenDeck() throws Exception {
        Path first = Files.writeString(Files.createDirectories(workspace.resolve("2023")).resolve("a.md"), DECK);
        Path second = Files.writeString(Files.createDirectories(workspace.resolve("2024")).resolve("b.md"), DECK);
        String a = first.toUri().toString();
        String b = second.toUri().toString();
        try (InProcessServer lsp = new InProcessServer(engine()).initialize(withUserWords(false))) {
            lsp.open(a, DECK);
            lsp.open(b, DECK);
            Diagnostic finding = lsp.client.awaitDiagnostics(a, p -> misspelt(p).equals(List.of("Clouad")))
                    .getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("spelling")).findFirst()
                    .orElseThrow();
            lsp.client.awaitDiagnostics(b, p -> misspelt(p).equals(List.of("Clouad")));

            List<Command> commands = quickFixCommands(lsp, a, finding);
            assertThat(commands).extracting(Command::getTitle).as("no user words: the client keeps none")
                    .containsExactly("Add \"Clouad\" to workspace words");
            Command add = commands.get(0);
            lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(add.getCommand(),
                    add.getArguments())).get(10, TimeUnit.SECONDS);

            // No configuration above the decks: the word goes to the workspace folder, so it counts for both.
            assertThat(Files.readString(workspace.resolve(".decklint-words.txt"))).isEqualTo("Clouad\n");
            lsp.client.awaitDiagnostics(a, p -> misspelt(p).isEmpty());
            lsp.client.awaitDiagnostics(b, p -> misspelt(p).isEmpty());
        }
    }

    @Test
    void aClientThatKeepsUserWordsIsOfferedToAddTheWordThere() throws Exception {
        String uri = Files.writeString(workspace.resolve("deck.md"), DECK).toUri().toString();
        try (InProcessServer lsp = new InProcessServer(engine()).initialize(withUserWords(true))) {
            lsp.open(uri, DECK);
            Diagnostic finding = lsp.client.awaitDiagnostics(uri, p -> !misspelt(p).isEmpty()).getDiagnostics()
                    .stream().filter(d -> d.getCode().getLeft().equals("spelling")).findFirst().orElseThrow();
            Command user = quickFixCommands(lsp, uri, finding).stream()
                    .filter(c -> c.getTitle().equals("Add \"Clouad\" to user words")).findFirst().orElseThrow();
            assertThat(user.getCommand()).isEqualTo("decklint.addToUserWords");
            assertThat(user.getArguments()).extracting(Object::toString).containsExactly("\"" + uri + "\"",
                    "\"Clouad\"");

            // The client runs it: it adds the word to its settings, which reach the server as words.
            JsonObject settings = JsonParser.parseString("{\"decklint\": {\"words\": [\"Clouad\"]}}")
                    .getAsJsonObject();
            lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            lsp.client.awaitDiagnostics(uri, p -> misspelt(p).isEmpty());
        }
    }

    @Test
    void theHoverOfAnInfoFindingSaysItIsInfoByDefaultAndWhatTheConfigurationMadeIt() throws Exception {
        String uri = Files.writeString(workspace.resolve("deck.md"), DECK).toUri().toString();
        Position onWord = new Position(6, 4);
        try (InProcessServer lsp = new InProcessServer(engine()).initialize(withUserWords(false))) {
            lsp.open(uri, DECK);
            lsp.client.awaitDiagnostics(uri, p -> !misspelt(p).isEmpty());
            assertThat(hover(lsp, uri, onWord)).startsWith("**decklint spelling** (info by default): ");

            Files.writeString(workspace.resolve(".decklint.yml"), "rules:\n  spelling: error\n");
            lsp.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                    List.of()));
            lsp.client.awaitDiagnostics(uri, p -> p.getDiagnostics().stream().anyMatch(d -> d.getSeverity()
                    == org.eclipse.lsp4j.DiagnosticSeverity.Error));
            assertThat(hover(lsp, uri, onWord)).startsWith("**decklint spelling** (info by default, error as "
                    + "configured): ");
        }
    }

    private static String hover(InProcessServer lsp, String uri, Position at) throws Exception {
        return lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at))
                .get(10, TimeUnit.SECONDS).getContents().getRight().getValue();
    }

    @Test
    void aWordBeingTypedIsNotSquiggledUntilTypingPauses() throws Exception {
        String uri = "untitled:deck.md";
        String text = "---\ntype: slide\n---\n\n# Our cloud\n\n* \n";
        try (InProcessServer lsp = new InProcessServer(engine(), 300).initialize()) {
            lsp.open(uri, text);
            lsp.client.awaitVersion(uri, 1);
            int version = type(lsp, uri, 1, new Position(6, 2), "Clouad ");
            // The space ended the word: its squiggle shows with the text that has the space, without a pause.
            assertThat(firstPublished(lsp, uri, version)).containsExactly("Clouad");
            assertThat(firstPublished(lsp, uri, version - 1)).as("the whole word, the caret at its end").isEmpty();

            int more = type(lsp, uri, version, new Position(6, 9), "improvments");
            assertThat(firstPublished(lsp, uri, more)).as("held while typing").containsExactly("Clouad");
            lsp.client.awaitDiagnostics(uri, p -> p.getVersion() == more
                    && misspelt(p).equals(List.of("Clouad", "improvments")));
        }
    }

    @Test
    void aWordBeingTypedIsSquiggledAsSoonAsTheCursorLeavesIt() throws Exception {
        String uri = "untitled:deck.md";
        String text = "---\ntype: slide\n---\n\n# Our cloud\n\n* \n";
        try (InProcessServer lsp = new InProcessServer(engine(), NEVER).initialize()) {
            lsp.open(uri, text);
            lsp.client.awaitVersion(uri, 1);
            int version = type(lsp, uri, 1, new Position(6, 2), "Clouad");
            assertThat(firstPublished(lsp, uri, version)).isEmpty();
            TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
            lsp.server.didMoveCursor(new TextDocumentPositionParams(document, new Position(6, 5)));
            lsp.server.didMoveCursor(new TextDocumentPositionParams(document, new Position(6, 0)));
            lsp.client.awaitDiagnostics(uri, p -> p.getVersion() == version && misspelt(p).equals(List.of("Clouad")));
            assertThat(lsp.client.published).filteredOn(p -> p.getUri().equals(uri) && p.getVersion() == version)
                    .as("published once held, once when the cursor left the word, not when it moved within it")
                    .hasSize(2);
        }
    }

    /** Types {@code text} one character a change from {@code at}, as an editor sends it; the last version. */
    private static int type(InProcessServer lsp, String uri, int version, Position at, String text) {
        int v = version;
        for (int i = 0; i < text.length(); i++) {
            Position here = new Position(at.getLine(), at.getCharacter() + i);
            TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(new Range(here, here),
                    text.substring(i, i + 1));
            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, ++v), List.of(change)));
            lsp.client.awaitVersion(uri, v);
        }
        return v;
    }

    /** The misspelt words of the first diagnostics published for {@code version}. */
    private static List<String> firstPublished(InProcessServer lsp, String uri, int version) {
        lsp.client.awaitVersion(uri, version);
        return lsp.client.published.stream().filter(p -> p.getUri().equals(uri) && p.getVersion() == version)
                .findFirst().map(SpellingInEditorTest::misspelt).orElseThrow();
    }
}
