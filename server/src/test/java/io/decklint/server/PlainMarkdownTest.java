package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Markdown that is not a deck (a README, notes) gets no findings in the editor, as {@code decklint lint} skips
 * it in a folder; once its front matter makes it a deck, the next edit checks it.
 */
class PlainMarkdownTest {
    private static final String URI = "untitled:notes.md";

    @Test
    void theVsCodeGuideHasNoFindingsInTheEditor() throws Exception {
        String guide = Files.readString(Path.of("../docs/vscode.md"));
        try (InProcessServer lsp = new InProcessServer(new Decklint()).initialize()) {
            lsp.open(URI, guide);
            assertThat(lsp.client.awaitVersion(URI, 1).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void aFileBecomesADeckWhenItsFrontMatterSaysSo() throws Exception {
        String notes = "# Notes\n\n- item\n---\nmore\n";
        try (InProcessServer lsp = new InProcessServer(new Decklint()).initialize()) {
            lsp.open(URI, notes);
            assertThat(lsp.client.awaitVersion(URI, 1).getDiagnostics()).as("plain Markdown").isEmpty();

            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(URI, 2), List.of(new TextDocumentContentChangeEvent(
                            new Range(new Position(0, 0), new Position(0, 0)), "---\ntype: slide\n---\n"))));
            assertThat(lsp.client.awaitVersion(URI, 2).getDiagnostics()).as("a deck now")
                    .anyMatch(d -> d.getCode().getLeft().equals("separator-spacing"));

            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(URI, 3), List.of(new TextDocumentContentChangeEvent(
                            new Range(new Position(1, 6), new Position(1, 11)), "note"))));
            assertThat(lsp.client.awaitVersion(URI, 3).getDiagnostics()).as("`type: note` is not a deck").isEmpty();
        }
    }
}
