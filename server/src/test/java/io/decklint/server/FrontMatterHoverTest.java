package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Hovering a front-matter key or value says what HedgeDoc and reveal.js do with it, and what it takes. */
class FrontMatterHoverTest {
    private static final String URI = "untitled:deck.md";
    private static final String DECK = """
            ---
            type: slide
            tags: talk
            author: Ada
            slideOptions:
              theme: moon
              transition: zoom
              hashOneBasedIndex: true
              colour: red
            ---

            # Hello
            """;

    @Test
    void keysAndValuesOfTheFrontMatterExplainThemselves() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint()).initialize()) {
            lsp.open(URI, DECK);
            lsp.client.awaitVersion(URI, 1);

            assertThat(text(hover(lsp, 1, 2))).contains("**type** (HedgeDoc)").contains("Values: `slide`");
            assertThat(text(hover(lsp, 3, 1))).as("a key HedgeDoc does not read")
                    .contains("**author**: HedgeDoc ignores this key").contains("`slideOptions`");
            Hover theme = hover(lsp, 5, 4);
            assertThat(text(theme)).contains("**slideOptions.theme** (reveal.js)")
                    .contains("`black`, `blood`").contains("`white`");
            assertThat(theme.getRange()).isEqualTo(new Range(new Position(5, 2), new Position(5, 7)));
            Hover zoom = hover(lsp, 6, 15);
            assertThat(text(zoom)).as("a value").contains("**slideOptions.transition**").contains("`zoom`")
                    .contains("HedgeDoc's default is `none`");
            assertThat(text(hover(lsp, 6, 4))).as("a key that takes one of a few words says what it does")
                    .contains("(reveal.js): the animation from one slide to the next.");
            assertThat(zoom.getRange()).isEqualTo(new Range(new Position(6, 14), new Position(6, 18)));
            assertThat(text(hover(lsp, 7, 5))).as("reveal.js's, but not passed on").contains("ignored")
                    .contains("does not pass it on");
            assertThat(text(hover(lsp, 8, 3))).contains("ignored").contains("not one of them");
            assertThat(hover(lsp, 10, 0)).as("below the front matter").isNull();
        }
    }

    private static Hover hover(InProcessServer lsp, int line, int character) throws Exception {
        return lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(URI),
                new Position(line, character))).get(10, TimeUnit.SECONDS);
    }

    private static String text(Hover hover) {
        assertThat(hover).isNotNull();
        return hover.getContents().getRight().getValue();
    }
}
