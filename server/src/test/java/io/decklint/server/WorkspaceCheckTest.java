package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.lint.LinkChecker;
import io.decklint.rules.BuiltInRules;
import io.decklint.spelling.VocabularyCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Check All Decks in the Workspace" on a folder of decks, an ignored one and a plain Markdown file. */
class WorkspaceCheckTest {
    private static final String DECK = "---\ntype: slide\n---\n\n# Intro\n\n* Clouad in a Box\n";

    @TempDir
    Path workspace;

    private static List<String> rules(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    @Test
    void checksEveryDeckTheCommandLineWouldAndKeepsTheirProblemsWhenClosed() throws Exception {
        Path first = Files.writeString(workspace.resolve("first.md"), DECK);
        Path second = Files.writeString(Files.createDirectories(workspace.resolve("talks/2024")).resolve("second.md"),
                DECK.replace("Intro", "Start"));
        Path ignored = Files.writeString(Files.createDirectories(workspace.resolve("drafts")).resolve("draft.md"), DECK);
        Files.writeString(workspace.resolve(".decklintignore"), "drafts/\n");
        Path notes = Files.writeString(workspace.resolve("notes.md"), "# Notes\n\nClouad and improvments\n");
        InitializeParams params = TestClient.initializeParams(workspace);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        params.getCapabilities().setWindow(window);
        Decklint decklint = new Decklint(BuiltInRules.all(), LinkChecker.NONE, false, VocabularyCache.NONE,
                WorkerThread.named("test-count"));
        try (InProcessServer lsp = new InProcessServer(decklint).initialize(params)) {
            Object summary = lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    WorkspaceCheck.COMMAND, List.of())).get(60, TimeUnit.SECONDS);

            assertThat(summary.toString()).isEqualTo("{decks=2.0, problems=2.0, cancelled=false}");
            String firstUri = first.toUri().toString();
            assertThat(rules(lsp.client.awaitDiagnostics(firstUri, p -> true))).containsExactly("spelling");
            assertThat(rules(lsp.client.awaitDiagnostics(second.toUri().toString(), p -> true)))
                    .containsExactly("spelling");
            assertThat(lsp.client.published).extracting(PublishDiagnosticsParams::getUri)
                    .as("ignored by .decklintignore, and not a deck").doesNotContain(ignored.toUri().toString(),
                            notes.toUri().toString());
            assertThat(lsp.client.progress).last().satisfies(p -> assertThat(
                    ((WorkDoneProgressEnd) p.getValue().getLeft()).getMessage())
                    .isEqualTo("checked 2 decks in the workspace: 2 problems"));

            // Opened, fixed in the editor but not saved, closed: the problem on disk shows again.
            lsp.open(firstUri, DECK.replace("Clouad", "Cloud"));
            lsp.client.awaitDiagnostics(firstUri, p -> p.getDiagnostics().isEmpty());
            int before = lsp.client.published.size();
            lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(
                    new TextDocumentIdentifier(firstUri)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lsp.client.published.size() == before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(rules(lsp.client.published.get(lsp.client.published.size() - 1))).containsExactly("spelling");

            // A deck deleted since: the next run clears what was shown for it.
            Files.delete(second);
            assertThat(lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    WorkspaceCheck.COMMAND, List.of())).get(60, TimeUnit.SECONDS).toString())
                    .isEqualTo("{decks=1.0, problems=1.0, cancelled=false}");
            lsp.client.awaitDiagnostics(second.toUri().toString(), p -> p.getDiagnostics().isEmpty());
        }
    }
}
