package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An editor asks which open Markdown files are decks, to offer the slide preview for those only. */
class IsDeckTest {
    @Test
    void aDeckIsMarkdownWhoseFrontMatterAsksForSlideMode() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of())).initialize()) {
            lsp.open("untitled:deck.md", "---\ntype: slide\n---\n\n# Deck\n\n---\n\n# Two\n");
            lsp.open("untitled:options.md", "---\nslideOptions:\n  theme: black\n---\n\n# Deck\n");
            lsp.open("untitled:README.md", "# A project\n\n---\n\nNotes.\n");
            assertThat(isDeck(lsp, "untitled:deck.md")).isTrue();
            assertThat(isDeck(lsp, "untitled:options.md")).isTrue();
            assertThat(isDeck(lsp, "untitled:README.md")).isFalse();
        }
    }

    private static boolean isDeck(InProcessServer lsp, String uri) throws Exception {
        return lsp.server.isDeck(new RenderParams(uri)).get(10, TimeUnit.SECONDS);
    }
}
