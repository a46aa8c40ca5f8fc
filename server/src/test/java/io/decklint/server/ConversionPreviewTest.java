package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.Decklint;
import io.decklint.deck.Deck;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.Themes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An editor asks what converting the open deck to a theme would look like, to show it before the user agrees:
 * the converted deck as text and as the preview's page, and the edit, while the deck stays as it is.
 */
class ConversionPreviewTest {
    private static final Path OLD_SEED = Path.of("../examples/community-call-2023-11-23.md");

    @Test
    void theConvertedDeckIsRenderedAndTheDeckStaysAsItIs() throws Exception {
        String text = Files.readString(OLD_SEED, StandardCharsets.UTF_8);
        String uri = OLD_SEED.toAbsolutePath().normalize().toUri().toString();
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of())).initialize()) {
            lsp.open(uri, text);
            String before = lsp.server.render(new RenderParams(uri)).get(10, TimeUnit.SECONDS).html();

            ConversionPreview preview = preview(lsp, uri, "scs-2024");

            String expected = ThemeConverter.withBuiltInThemes().convert(Deck.parse(text),
                    Themes.builtIn().require("scs-2024")).apply(text);
            assertThat(preview.text()).isEqualTo(expected).isNotEqualTo(text);
            assertThat(LanguageServerIT.applyLsp(text, preview.edits())).as("the edit gives the text shown")
                    .isEqualTo(expected);
            assertThat(preview.version()).isEqualTo(1);
            assertThat(preview.theme()).isEqualTo("scs-2024");
            assertThat(preview.summary()).startsWith("converted to scs-2024");
            assertThat(preview.notes()).anyMatch(note -> note.startsWith("38:14: info: Removed the title slide's "
                    + "background picture"));

            // The page shows the deck in the new theme: the 2024 title slide, without the 2023 background.
            Element title = Jsoup.parse(preview.html()).selectFirst("div.slides > section");
            assertThat(title.text()).contains("Community Call 2023-11-23");
            assertThat(title.hasAttr("data-background")).isFalse();
            Element oldTitle = Jsoup.parse(before).selectFirst("div.slides > section");
            assertThat(oldTitle.attr("data-background")).isNotEmpty();
            assertThat(preview.slides()).hasSize(Deck.parse(expected).slides().size());
            assertThat(preview.slides().get(1).startLine()).as("lines of the converted text")
                    .isEqualTo(Deck.parse(expected).source().lineOf(
                            Deck.parse(expected).slides().get(1).separatorBefore().orElseThrow().start()));

            // Nothing changed: the deck renders as before, nothing was applied or popped up.
            assertThat(lsp.server.render(new RenderParams(uri)).get(10, TimeUnit.SECONDS).html()).isEqualTo(before);
            assertThat(lsp.client.editsAsked).isEmpty();
            assertThat(lsp.client.shown).as("the notes come in the answer, for the editor to show").isEmpty();
        }
    }

    @Test
    void theAnswerSaysWhichVersionOfTheDeckItFits() throws Exception {
        String uri = "untitled:review.md";
        String text = "---\ntype: slide\nslideOptions:\n  theme: black\n---\n\n# Review\n\n---\n\n## Agenda\n";
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of())).initialize()) {
            lsp.open(uri, text);
            String edited = text + "\n---\n\n## Next steps\n";
            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 7), List.of(new TextDocumentContentChangeEvent(edited))));
            ConversionPreview preview = preview(lsp, uri, "scs-2024");
            assertThat(preview.version()).isEqualTo(7);
            assertThat(preview.text()).endsWith("## Next steps\n").contains("theme: white");
            assertThat(LanguageServerIT.applyLsp(edited, preview.edits())).isEqualTo(preview.text());
        }
    }

    @Test
    void aDeckWithTheThemeAlreadyGetsNoEdits() throws Exception {
        String text = Files.readString(Path.of("../examples/community-call-2024-06-27.md"), StandardCharsets.UTF_8);
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of())).initialize()) {
            lsp.open("untitled:2024.md", text);
            ConversionPreview preview = preview(lsp, "untitled:2024.md", "scs-2024");
            assertThat(preview.edits()).isEmpty();
            assertThat(preview.text()).isEqualTo(text);
            assertThat(preview.summary()).startsWith("already has the theme scs-2024");
        }
    }

    @Test
    void anUnknownThemeOrClosedDeckOrMissingParameterGetsAClearError() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of())).initialize()) {
            lsp.open("untitled:deck.md", "# Hello\n");
            assertThatThrownBy(() -> preview(lsp, "untitled:deck.md", "scs-2025"))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ResponseErrorException.class)
                    .hasMessageContaining("decklint/previewConversion").hasMessageContaining("no built-in theme 'scs-2025'");
            assertThatThrownBy(() -> preview(lsp, "untitled:closed.md", "scs-2024"))
                    .cause().hasMessageContaining("untitled:closed.md is not open");
            assertThatThrownBy(() -> preview(lsp, "untitled:deck.md", null))
                    .cause().hasMessageContaining("needs {\"uri\": \"<deck>\", \"theme\"");
            // The server carries on.
            assertThat(preview(lsp, "untitled:deck.md", "scs-2024").text()).contains("# Hello");
        }
    }

    private static ConversionPreview preview(InProcessServer lsp, String uri, String theme) throws Exception {
        return lsp.server.previewConversion(new ConversionParams(uri, theme)).get(30, TimeUnit.SECONDS);
    }
}
