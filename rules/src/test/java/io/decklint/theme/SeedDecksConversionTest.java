package io.decklint.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Severity;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The two seed decks the themes were taken from: the 2023-11-23 call in the old look, the 2024-06-27 call in
 * the new one (examples/).
 */
class SeedDecksConversionTest {
    private static final Path OLD = Path.of("../examples/community-call-2023-11-23.md");
    private static final Path NEW = Path.of("../examples/community-call-2024-06-27.md");
    private static final ThemeConverter CONVERTER = ThemeConverter.withBuiltInThemes();
    private static final Theme SCS_2023 = Themes.builtIn().named("scs-2023").orElseThrow();
    private static final Theme SCS_2024 = Themes.builtIn().named("scs-2024").orElseThrow();

    /** The page's script that hands the deck's options to reveal.js. */
    private static String initialize(Document page) {
        return page.select("script").stream().map(script -> script.data())
                .filter(data -> data.contains("Reveal.initialize(options)")).findFirst().orElseThrow();
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Test
    void the2023CallGetsThe2024LookWithItsOwnDate() throws IOException {
        String old = read(OLD);
        String newLook = read(NEW);
        Deck oldDeck = Deck.parse(old);
        Conversion conversion = CONVERTER.convert(oldDeck, SCS_2024);
        String converted = conversion.apply(old);
        Deck deck = Deck.parse(converted);

        assertThat(frontMatter(deck)).isEqualTo(frontMatter(Deck.parse(newLook)));
        assertThat(CONVERTER.current(deck)).hasValueSatisfying(likeness -> {
            assertThat(likeness.theme().name()).isEqualTo("scs-2024");
            assertThat(likeness.percent()).isEqualTo(100);
        });
        // The 2024 title, with the 2023 call's date and its own subtitle (garbled as it was in that deck).
        String title = titleLines(Deck.parse(newLook)).replace("2024-06-27", "2023-11-23")
                .replace("One platform –", "One platform â€“");
        assertThat(titleLines(deck)).isEqualTo(title);
        assertThat(converted).doesNotContain("data-background").doesNotContain("parallaxBackgroundImage");
        // The two title slides became one; every slide after them is as it was.
        assertThat(deck.slides()).hasSize(oldDeck.slides().size() - 1);
        assertThat(converted).endsWith(old.substring(oldDeck.slides().get(2).separatorBefore().orElseThrow().start()));
        assertThat(conversion.notes()).extracting(ConversionNote::severity).containsOnly(Severity.INFO);
        assertThat(conversion.notes()).extracting(ConversionNote::message).anyMatch(m -> m.startsWith(
                "Removed slideOptions.parallaxBackgroundImage")).anyMatch(m -> m.startsWith(
                "Removed the title slide's background picture (data-background=\"https://input.scs.community/uploads/"
                        + "bf39c780-2432-4c10-a260-349db7d3c6c8.jpg\")"));
    }

    @Test
    void theConverted2023CallRendersWithTheNewLook() throws IOException {
        String old = read(OLD);
        String converted = CONVERTER.convert(Deck.parse(old), SCS_2024).apply(old);
        Document before = Jsoup.parse(new DeckRenderer().render(Deck.parse(old), RenderOptions.standalone()).html());
        Document after = Jsoup.parse(new DeckRenderer().render(Deck.parse(converted), RenderOptions.standalone())
                .html());

        assertThat(before.select("style").outerHtml()).contains("font-size: 40px");
        assertThat(after.select("style").outerHtml()).contains("font-size: 36px").doesNotContain("font-size: 40px");
        assertThat(initialize(before)).contains("parallaxBackgroundImage");
        assertThat(initialize(after)).doesNotContain("parallaxBackgroundImage");
        assertThat(before.select(".slides").outerHtml()).contains("data-background");
        assertThat(after.select(".slides").outerHtml()).doesNotContain("data-background");
        assertThat(after.select(".slides section").first().text()).contains("Community Call").contains("2023-11-23");
    }

    @Test
    void aDeckThatHasTheThemeAlreadyIsLeftAlone() throws IOException {
        assertThat(CONVERTER.convert(Deck.parse(read(NEW)), SCS_2024).edits()).isEmpty();
        assertThat(CONVERTER.convert(Deck.parse(read(NEW)), SCS_2024).notes()).isEmpty();
        assertThat(CONVERTER.convert(Deck.parse(read(OLD)), SCS_2023).edits()).isEmpty();
    }

    @Test
    void convertingBackGivesTheOldDeckByteForByte() throws IOException {
        String old = read(OLD);
        String newLook = CONVERTER.convert(Deck.parse(old), SCS_2024).apply(old);
        assertThat(CONVERTER.convert(Deck.parse(newLook), SCS_2023).apply(newLook)).isEqualTo(old);
    }

    @Test
    void theOldSeedRecognisesAsScs2023AndTheNewAsScs2024() throws IOException {
        assertThat(CONVERTER.current(Deck.parse(read(OLD)))).map(l -> l.theme().name()).hasValue("scs-2023");
        assertThat(CONVERTER.current(Deck.parse(read(NEW)))).map(l -> l.theme().name()).hasValue("scs-2024");
    }

    /**
     * All built-in rules, with the configuration that applies to the deck where it is saved (the SCS pack by
     * its title): every finding on the converted deck was there before, on the same text.
     */
    @Test
    void theConvertedDeckLintsNoWorse() throws IOException {
        String old = read(OLD);
        String converted = CONVERTER.convert(Deck.parse(old), SCS_2024).apply(old);
        Decklint decklint = new Decklint();
        var configuration = decklint.configurations().forDeck(OLD);
        List<String> before = findings(decklint.lint(old, OLD, configuration), old);
        List<String> after = findings(decklint.lint(converted, OLD, configuration), converted);
        assertThat(before).isNotEmpty();
        List<String> left = new ArrayList<>(before);
        for (String finding : after) {
            assertThat(left.remove(finding)).as("new finding after conversion: %s", finding).isTrue();
        }
    }

    /** A finding as rule, severity and the text it points at: slide numbers and lines move in a conversion. */
    private static List<String> findings(List<Diagnostic> diagnostics, String text) {
        return diagnostics.stream().map(d -> d.rule() + " " + d.severity() + " \"" + d.range().of(text) + "\"").toList();
    }

    private static String frontMatter(Deck deck) {
        return deck.frontMatter().orElseThrow().range().of(deck.text());
    }

    private static String titleLines(Deck deck) {
        return TitleSlides.find(deck, java.util.Set.of()).get(0).run().of(deck.text());
    }
}
