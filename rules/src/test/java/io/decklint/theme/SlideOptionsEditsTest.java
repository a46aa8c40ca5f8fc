package io.decklint.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.lint.Severity;
import org.junit.jupiter.api.Test;

/** A theme's slideOptions written into the deck's YAML in place: values, new keys, removed keys. */
class SlideOptionsEditsTest {
    private static final Theme THEME = Themes.read("t.yml", """
            name: t
            slideOptions:
              theme: white
              transition: 'slide'
            removeSlideOptions: [parallaxBackgroundImage]
            """);
    private static final ThemeConverter CONVERTER = new ThemeConverter(java.util.List.of(THEME));

    private static Conversion convert(String deck) {
        return CONVERTER.convert(Deck.parse(deck), THEME);
    }

    private static String converted(String deck) {
        return convert(deck).apply(deck);
    }

    @Test
    void changesValuesInTheDecksOwnQuotingAndKeepsEverythingElse() {
        assertThat(converted("""
                ---
                title: Call   # weekly
                slideOptions:
                  theme: black # dark for the projector
                  transition: "zoom"
                  controls: false
                ---
                # Hi
                """)).isEqualTo("""
                ---
                title: Call   # weekly
                slideOptions:
                  theme: white # dark for the projector
                  transition: "slide"
                  controls: false
                ---
                # Hi
                """);
    }

    @Test
    void addsMissingKeysAtTheMappingsIndentationAndRemovesTheThemesOldKeysLineByLine() {
        assertThat(converted("""
                ---
                slideOptions:
                    parallaxBackgroundImage: 'https://example.org/a.png'
                    # the next one is ours
                    controls: false
                tags: call
                ---
                """)).isEqualTo("""
                ---
                slideOptions:
                    # the next one is ours
                    controls: false
                    theme: white
                    transition: 'slide'
                tags: call
                ---
                """);
    }

    @Test
    void addsAfterANestedMappingAtTheEnd() {
        String converted = converted("""
                ---
                slideOptions:
                  keyboard:
                    13: next
                ---
                """);
        assertThat(converted).isEqualTo("""
                ---
                slideOptions:
                  keyboard:
                    13: next
                  theme: white
                  transition: 'slide'
                ---
                """);
    }

    @Test
    void writesSlideOptionsWhereTheDeckHasNone() {
        assertThat(converted("---\ntitle: Call\n---\n# Hi\n")).isEqualTo(
                "---\ntitle: Call\nslideOptions:\n  theme: white\n  transition: 'slide'\n---\n# Hi\n");
        assertThat(converted("---\nslideOptions:\n---\n")).isEqualTo(
                "---\nslideOptions:\n  theme: white\n  transition: 'slide'\n---\n");
        assertThat(converted("---\n---\n# Hi\n")).isEqualTo(
                "---\nslideOptions:\n  theme: white\n  transition: 'slide'\n---\n# Hi\n");
    }

    @Test
    void writesAFrontMatterAfterTheByteOrderMarkWithTheDecksLineEndings() {
        assertThat(converted("\uFEFF# Hi\r\n\r\ntext\r\n")).isEqualTo(
                "\uFEFF---\r\nslideOptions:\r\n  theme: white\r\n  transition: 'slide'\r\n---\r\n\r\n# Hi\r\n\r\ntext\r\n");
    }

    @Test
    void keepsCarriageReturnsWhenAddingAKey() {
        assertThat(converted("---\r\nslideOptions:\r\n  theme: white\r\n---\r\n")).isEqualTo(
                "---\r\nslideOptions:\r\n  theme: white\r\n  transition: 'slide'\r\n---\r\n");
    }

    @Test
    void changesValuesOnOneLineButSaysWhatItCannotAdd() {
        Conversion conversion = convert("---\nslideOptions: {theme: black}\n---\n");
        assertThat(conversion.apply("---\nslideOptions: {theme: black}\n---\n"))
                .isEqualTo("---\nslideOptions: {theme: white}\n---\n");
        assertThat(conversion.notes()).anyMatch(n -> n.severity() == Severity.WARNING
                && n.message().contains("could not be added: add them by hand") && n.message().contains("transition"));
    }

    @Test
    void leavesAFrontMatterHedgeDocCannotReadAsItIs() {
        Conversion conversion = convert("---\nslideOptions:\n  theme: black\n  theme: white\n---\n");
        assertThat(conversion.edits()).isEmpty();
        assertThat(conversion.notes()).singleElement().satisfies(note -> {
            assertThat(note.severity()).isEqualTo(Severity.WARNING);
            assertThat(note.message()).startsWith("The front matter cannot be read (duplicated mapping key 'theme')");
        });
    }

    @Test
    void aDeckWithTheThemesOptionsIsLeftAlone() {
        assertThat(convert("---\nslideOptions:\n  transition: slide\n  theme: white\n---\n").edits()).isEmpty();
    }
}
