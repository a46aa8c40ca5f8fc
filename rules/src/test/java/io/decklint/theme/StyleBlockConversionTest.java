package io.decklint.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A theme's declarations written into the deck's first style block, one by one, in place. */
class StyleBlockConversionTest {
    private static final Theme OLD = Themes.read("old.yml", """
            name: old
            style: |
              .slides h1 { font-size: 40px; font-family: lato; }
              .slides ul { display: block!important; }
              .slides p { font-size: 18px; margin: 0; }
            """);
    private static final Theme NEW = Themes.read("new.yml", """
            name: new
            style: |
              .slides h1 { font-size: 36px; font-family: lato; }
              .slides p { font-size: 20px; }
              .slides li { font-size: 20px; }
            """);
    private static final ThemeConverter CONVERTER = new ThemeConverter(List.of(OLD, NEW));

    private static String converted(String deck) {
        return CONVERTER.convert(Deck.parse(deck), NEW).apply(deck);
    }

    @Test
    void changesValuesWhereTheDeckHasThemAndAddsWhatItLacks() {
        assertThat(converted("""
                <style>
                    .slides h1 {
                        font-size: 40px;
                        color: "#50c3a5";
                    }
                    /* our own */
                    .slides  p{font-size:18px}
                    .note { color: red; }
                </style>

                # Talk
                """)).isEqualTo("""
                <style>
                    .slides h1 {
                        font-size: 36px;
                        color: "#50c3a5";
                        font-family: lato;
                    }
                    /* our own */
                    .slides  p{font-size:20px}
                    .note { color: red; }
                    .slides li {
                        font-size: 20px;
                    }
                </style>

                # Talk
                """);
    }

    @Test
    void removesTheOldThemesDeclarationsTheNewThemeDoesNotSet() {
        assertThat(converted("""
                <style>
                .slides h1 {
                    font-size: 40px;
                    font-family: lato;
                }
                .slides ul {
                    display: block !important;
                }
                .slides p {
                    font-size: 18px;
                    margin: 0;
                }
                </style>
                """)).isEqualTo("""
                <style>
                .slides h1 {
                    font-size: 36px;
                    font-family: lato;
                }
                .slides p {
                    font-size: 20px;
                }
                .slides li {
                    font-size: 20px;
                }
                </style>
                """);
    }

    @Test
    void keepsAnOldDeclarationTheDeckHasChanged() {
        String deck = "<style>\n.slides h1 { font-size: 40px; font-family: lato; }\n.slides ul { display: block!important; }\n"
                + ".slides p { font-size: 18px; margin: 1em; }\n</style>\n";
        assertThat(converted(deck)).contains("margin: 1em;").doesNotContain(".slides ul");
    }

    @Test
    void addsTheThemesStyleBlockAfterTheFrontMatterWhenTheDeckHasNone() {
        assertThat(converted("---\r\ntype: slide\r\n---\r\n\r\n# Talk\r\n")).isEqualTo("---\r\ntype: slide\r\n---\r\n\r\n"
                + "<style>\r\n.slides h1 { font-size: 36px; font-family: lato; }\r\n.slides p { font-size: 20px; }\r\n"
                + ".slides li { font-size: 20px; }\r\n</style>\r\n\r\n# Talk\r\n");
        assertThat(converted("# Talk\n")).startsWith("<style>\n.slides h1").endsWith("</style>\n\n# Talk\n");
    }

    @Test
    void leavesABrokenStyleBlockAloneAndSaysWhy() {
        String deck = "<style>\n.slides h1 { font-size: 40px;\n</style>\n\n# Talk\n";
        Conversion conversion = CONVERTER.convert(Deck.parse(deck), NEW);
        assertThat(conversion.edits()).isEmpty();
        assertThat(conversion.notes()).singleElement().satisfies(note -> {
            assertThat(note.severity()).isEqualTo(Severity.WARNING);
            assertThat(note.message()).startsWith("The style block has a { that is never closed");
        });
    }

    @Test
    void spacingAndCommentsInAValueAreNotADifference() {
        String deck = "<style>\n.slides h1 { font-size: 36px; font-family:  lato /* ours */; }\n"
                + ".slides p { font-size: 20px }\n.slides li { font-size: 20px; }\n</style>\n";
        assertThat(CONVERTER.convert(Deck.parse(deck), NEW).edits()).isEmpty();
    }
}
