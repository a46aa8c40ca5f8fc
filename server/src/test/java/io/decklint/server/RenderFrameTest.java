package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * A preview that shows a deck's page asks for the next rendering with that page's frame: while only slides
 * changed, the answer carries the new slides without the page (250 KB for a real deck), which the preview swaps
 * in; once the page around them changed, the whole page again.
 */
class RenderFrameTest {
    private static final String URI = "untitled:deck.md";
    private static final String DECK = "---\ntype: slide\n---\n\n# First\n\n---\n\n# Second\n";

    @Test
    void anEditedSlideComesWithoutThePageTheEditorShows() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of())).initialize()) {
            lsp.open(URI, DECK);
            RenderResult first = render(lsp, null);
            assertThat(first.html()).startsWith("<!DOCTYPE html>")
                    .contains("<div class=\"slides\">\n" + first.sections() + "</div>\n</div>\n");

            change(lsp, 2, DECK.replace("# Second", "# Second, edited"));
            RenderResult edited = render(lsp, first.frame());
            assertThat(edited.html()).as("the editor has the page already").isNull();
            assertThat(edited.frame()).isEqualTo(first.frame());
            assertThat(edited.sections()).contains("Second, edited").doesNotContain("<script");
            assertThat(edited.slides()).hasSize(2);

            assertThat(render(lsp, "another page's frame").html()).as("a page the editor does not show")
                    .contains("Second, edited");
        }
    }

    @Test
    void aNewThemeComesWithTheWholePage() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of())).initialize()) {
            lsp.open(URI, DECK);
            RenderResult first = render(lsp, null);
            change(lsp, 2, DECK.replace("type: slide", "type: slide\nslideOptions:\n  theme: black"));
            RenderResult themed = render(lsp, first.frame());
            assertThat(themed.frame()).isNotEqualTo(first.frame());
            assertThat(themed.html()).as("the page around the slides changed").contains("<!DOCTYPE html>")
                    .contains(themed.sections());
        }
    }

    private static RenderResult render(InProcessServer lsp, String frame) throws Exception {
        RenderParams params = new RenderParams(URI);
        params.setFrame(frame);
        return lsp.server.render(params).get(30, TimeUnit.SECONDS);
    }

    private static void change(InProcessServer lsp, int version, String text) {
        lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, version), List.of(new TextDocumentContentChangeEvent(text))));
    }
}
