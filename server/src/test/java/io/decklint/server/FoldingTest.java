package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** A deck folds per slide, at its separator, and its front matter folds; Markdown that is no deck gets none. */
class FoldingTest {
    private static final String DECK = """
            ---
            type: slide
            title: Call
            ---

            # Call

            - one
            - two

            ---

            ## Team IaaS

            text

            ----

            ## Below
            """;

    @Test
    void eachSlideFoldsFromItsSeparator() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint()).initialize()) {
            lsp.open("untitled:deck.md", DECK);
            assertThat(folds(lsp, "untitled:deck.md")).extracting(FoldingRange::getStartLine,
                    FoldingRange::getEndLine, FoldingRange::getKind).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(0, 3, FoldingRangeKind.Region),
                            org.assertj.core.groups.Tuple.tuple(5, 8, FoldingRangeKind.Region),
                            org.assertj.core.groups.Tuple.tuple(10, 14, FoldingRangeKind.Region),
                            org.assertj.core.groups.Tuple.tuple(16, 18, FoldingRangeKind.Region));
        }
    }

    @Test
    void markdownThatIsNoDeckIsLeftToTheEditorsOwnFolding() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint()).initialize()) {
            lsp.open("untitled:notes.md", DECK.replace("type: slide\n", ""));
            assertThat(folds(lsp, "untitled:notes.md")).isEmpty();
        }
    }

    private static List<FoldingRange> folds(InProcessServer lsp, String uri) throws Exception {
        return lsp.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(
                new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS);
    }
}
