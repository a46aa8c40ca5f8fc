package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration files, editor settings, workspace words, completion and hover, through the real server. */
class WorkspaceIT {
    private static final String DECK = "---\ntype: slide\n---\n\n# Welcome :wave:\n\n---\n\n## Team IaaS\n\n---\n\n\n"
            + "---\n\n# Thanks\n";

    @TempDir
    Path workspace;

    private static List<String> rules(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    @Test
    void configurationFilesAreReadAgainWhenTheyChange() throws Exception {
        Path config = Files.writeString(workspace.resolve(".decklint.yml"), "rules:\n  placeholder-slide: off\n");
        Path deck = Files.writeString(workspace.resolve("deck.md"), DECK);
        String uri = deck.toUri().toString();
        try (ServerProcess lsp = new ServerProcess().initialize(workspace)) {
            lsp.open(uri, DECK);
            assertThat(rules(lsp.client.awaitVersion(uri, 1))).containsExactly("empty-slide");
            // The registration went out while handling 'initialized', before the diagnostics above.
            assertThat(lsp.client.registrations).as("asks to watch configuration files")
                    .anyMatch(r -> r.getRegistrations().get(0).getMethod().equals("workspace/didChangeWatchedFiles"));

            Files.writeString(config, "rules:\n  placeholder-slide: error\n");
            changed(lsp, config);
            PublishDiagnosticsParams error = lsp.client.awaitDiagnostics(uri, p -> rules(p).contains("placeholder-slide"));
            assertThat(error.getDiagnostics()).filteredOn(d -> d.getCode().getLeft().equals("placeholder-slide"))
                    .extracting(Diagnostic::getSeverity).containsExactly(DiagnosticSeverity.Error);

            Files.writeString(config, "rules:\n  placeholder-slid: error\n");
            awaitConfigurationProblem(lsp, uri, config, 2, "unknown rule 'placeholder-slid'");

            Files.writeString(config, "# nothing set yet\n");
            changed(lsp, config);
            lsp.client.awaitDiagnostics(uri, p -> rules(p).equals(List.of("placeholder-slide", "empty-slide")));
            lsp.client.awaitDiagnostics(config.toUri().toString(), p -> p.getDiagnostics().isEmpty());

            Files.writeString(config, "rules:\n  empty-slide: {maxx: 3}\n");
            awaitConfigurationProblem(lsp, uri, config, 2, "rules.empty-slide: 'maxx' is not an option of empty-slide");

            Files.writeString(config, "rules: {}\n");
            changed(lsp, config);
            lsp.client.awaitDiagnostics(uri, p -> rules(p).equals(List.of("placeholder-slide", "empty-slide")));
            lsp.client.awaitDiagnostics(config.toUri().toString(), p -> p.getDiagnostics().isEmpty());
        }
    }

    @Test
    void editorSettingsApplyUnderTheProjectsFile() throws Exception {
        Path deck = Files.writeString(workspace.resolve("deck.md"), DECK);
        String uri = deck.toUri().toString();
        try (ServerProcess lsp = new ServerProcess().initialize(workspace)) {
            lsp.open(uri, DECK);
            assertThat(rules(lsp.client.awaitVersion(uri, 1))).containsExactly("placeholder-slide", "empty-slide");
            JsonObject settings = JsonParser.parseString(
                    "{\"decklint\": {\"rules\": {\"empty-slide\": \"off\"}}}").getAsJsonObject();
            lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            lsp.client.awaitDiagnostics(uri, p -> rules(p).equals(List.of("placeholder-slide")));

            JsonObject bad = JsonParser.parseString("{\"decklint\": {\"rulez\": {}}}").getAsJsonObject();
            lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(bad));
            long deadline = System.currentTimeMillis() + 10_000;
            while (lsp.client.shown.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(lsp.client.shown).anyMatch(m -> m.getMessage().contains("'rulez' is not a key"));
        }
    }

    @Test
    void addingAWordWritesTheWorkspaceWordsFile() throws Exception {
        Files.writeString(workspace.resolve(".decklint.yml"), "rules: {}\n");
        Path sub = Files.createDirectories(workspace.resolve("calls"));
        Path deck = Files.writeString(sub.resolve("deck.md"), DECK);
        String uri = deck.toUri().toString();
        try (ServerProcess lsp = new ServerProcess().initialize(workspace)) {
            lsp.open(uri, DECK);
            lsp.client.awaitVersion(uri, 1);
            Object file = lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    CodeActions.ADD_WORD_COMMAND, List.of(uri, "Kubernetes"))).get(10, TimeUnit.SECONDS);
            Path words = workspace.resolve(".decklint-words.txt");
            assertThat(file.toString()).contains(words.toUri().toString());
            assertThat(Files.readString(words)).isEqualTo("Kubernetes\n");
        }
    }

    @Test
    void completionAndHoverComeFromTheEngine() throws Exception {
        try (ServerProcess lsp = new ServerProcess().initialize(null)) {
            String uri = "untitled:deck.md";
            String text = "---\ntype: slide\n---\n# Weather :clo\n\n---\n\n## Lonely\n\n---\n\n<!-- .slide: data-tr -->\n# x :wave:\n";
            lsp.open(uri, text);
            lsp.client.awaitVersion(uri, 1);
            var service = lsp.server.getTextDocumentService();
            TextDocumentIdentifier document = new TextDocumentIdentifier(uri);

            CompletionList emoji = service.completion(new CompletionParams(document, new Position(3, 14)))
                    .get(10, TimeUnit.SECONDS).getRight();
            CompletionItem cloud = emoji.getItems().stream().filter(i -> i.getLabel().equals(":cloud:")).findFirst()
                    .orElseThrow();
            assertThat(cloud.getTextEdit().getLeft().getNewText()).isEqualTo("cloud:");
            assertThat(cloud.getTextEdit().getLeft().getRange().getStart()).isEqualTo(new Position(3, 11));

            CompletionList attributes = service.completion(new CompletionParams(document, new Position(11, 20)))
                    .get(10, TimeUnit.SECONDS).getRight();
            CompletionItem transition = attributes.getItems().stream()
                    .filter(i -> i.getLabel().equals("data-transition")).findFirst().orElseThrow();
            assertThat(transition.getTextEdit().getLeft().getNewText()).isEqualTo("data-transition=\"$0\"");

            Hover onFinding = service.hover(new HoverParams(document, new Position(7, 4))).get(10, TimeUnit.SECONDS);
            assertThat(onFinding.getContents().getRight().getValue()).contains("placeholder-slide")
                    .contains("a heading and nothing else").contains("docs/rules/placeholder-slide.md)");
            Hover onEmoji = service.hover(new HoverParams(document, new Position(12, 6))).get(10, TimeUnit.SECONDS);
            assertThat(onEmoji.getContents().getRight().getValue()).isEqualTo("👋 `:wave:`");
            assertThat(service.hover(new HoverParams(document, new Position(3, 3))).get(10, TimeUnit.SECONDS))
                    .as("plain text").isNull();
        }
    }

    /**
     * Tells the server the configuration changed and waits until the deck shows only the problem, with the
     * file and the 1-based line as the command line prints them, and the configuration file shows it at that line.
     */
    private static void awaitConfigurationProblem(ServerProcess lsp, String uri, Path config, int line, String problem) {
        changed(lsp, config);
        lsp.client.awaitDiagnostics(uri, p -> rules(p).equals(List.of("configuration"))
                && p.getDiagnostics().get(0).getMessage().getLeft().contains(config + ":" + line + ": " + problem));
        lsp.client.awaitDiagnostics(config.toUri().toString(), p -> !p.getDiagnostics().isEmpty()
                && p.getDiagnostics().get(0).getMessage().getLeft().startsWith(problem)
                && p.getDiagnostics().get(0).getRange().getStart().getLine() == line - 1);
    }

    private static void changed(ServerProcess lsp, Path file) {
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(file.toUri().toString(), FileChangeType.Changed))));
    }
}
