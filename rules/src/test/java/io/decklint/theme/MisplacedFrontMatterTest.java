package io.decklint.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.decklint.deck.Deck;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MisplacedFrontMatterTest {
    private static final ThemeConverter CONVERTER = ThemeConverter.withBuiltInThemes();
    private static final Theme THEME = Themes.builtIn().all().get(0);

    private static Conversion convert(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CONVERTER.convert(Deck.parse(text), THEME));
    }

    @Test
    void frontMatterBelowBlankLinesIsNotConverted() {
        for (String blanks : new String[] {"\n", " \t\r\n\n", "\r", "\n".repeat(100_000)}) {
            Conversion conversion = convert(blanks + "---\ntype: slide\n---\n# A\n");
            assertThat(conversion.edits()).as(blanks.length() + " blanks").isEmpty();
            assertThat(conversion.notes()).singleElement().extracting(ConversionNote::message).asString().contains("does not start on the deck's first line");
        }
    }
}
