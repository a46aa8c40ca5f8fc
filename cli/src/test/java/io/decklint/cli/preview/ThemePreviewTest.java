package io.decklint.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.decklint.deck.Deck;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.Themes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code decklint preview --theme}: the deck converted as {@code decklint convert} would, and what to tell. */
class ThemePreviewTest {
    private static final Path OLD_SEED = Path.of("../examples/community-call-2023-11-23.md");

    @Test
    void showsTheDeckAsConvertWouldWriteItAndSaysHowToApplyIt() throws Exception {
        String text = Files.readString(OLD_SEED, StandardCharsets.UTF_8);
        Path deck = Path.of("talks", "call 2023.md");
        ThemePreview preview = new ThemePreview(Themes.builtIn().resolve("scs-2024"), "scs-2024", deck);

        ThemePreview.Converted converted = preview.convert(Deck.parse(text));

        assertThat(converted.text()).isEqualTo(ThemeConverter.withBuiltInThemes()
                .convert(Deck.parse(text), Themes.builtIn().require("scs-2024")).apply(text))
                .contains("Community Call 2023-11-23");
        assertThat(converted.report()).contains(deck + ":38:14: info: Removed the title slide's background picture "
                + "(data-background=\"https://input.scs.community/uploads/bf39c780-2432-4c10-a260-349db7d3c6c8.jpg\"): "
                + "the theme scs-2024's title has none.");
        assertThat(converted.report()).contains(deck + ": would be converted to scs-2024 (scs-2023, 100% alike "
                + "before); 9 edits.");
        assertThat(converted.report().get(converted.report().size() - 1)).isEqualTo("Shown, not written. To apply "
                + "it: decklint convert --theme scs-2024 --in-place 'talks/call 2023.md'");
    }

    @Test
    void aDeckWithTheThemeAlreadyIsShownAsItIs() throws Exception {
        String text = Files.readString(Path.of("../examples/community-call-2024-06-27.md"), StandardCharsets.UTF_8);
        ThemePreview.Converted converted = new ThemePreview(Themes.builtIn().resolve("scs-2024"), "scs-2024",
                Path.of("call.md")).convert(Deck.parse(text));
        assertThat(converted.text()).isEqualTo(text);
        assertThat(converted.report()).containsExactly("call.md: already has the theme scs-2024: nothing to change.",
                "The deck has the theme already: the preview shows it as it is.");
    }

    @Test
    void theReportCannotEndThePagesScript() {
        // Notes quote the deck, and decks come from anyone.
        String line = "call.md:3:1: info: </script><script>alert(1)</script> & 'x'";
        ThemePreview preview = new ThemePreview(Themes.builtIn().resolve("scs-2024"), "scs-2024", Path.of("call.md"));
        String call = preview.reportCall(new ThemePreview.Converted("", List.of(line)));
        assertThat(call).startsWith("showConversionReport(").endsWith(");\n").doesNotContain("<").doesNotContain(">");
        String json = call.substring("showConversionReport(".length(), call.length() - ");\n".length());
        assertThat(JsonParser.parseString(json).getAsJsonObject().get("lines").getAsJsonArray().get(0).getAsString())
                .isEqualTo(line);
    }
}
