package io.decklint.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import io.decklint.deck.Deck;
import io.decklint.deck.MarkdownParser;
import io.decklint.lint.Severity;
import io.decklint.rules.CallDates;
import io.decklint.rules.HeadingText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversion's guarantees, on decks written from scratch by {@link GeneratedDeck} (each case names its seed,
 * so a failure can be replayed): the deck's own content is kept byte for byte, converting again changes nothing,
 * the title's date is the old deck's (or a reported placeholder), no old title line is lost without a word, and
 * the byte-order mark, the line endings and the deck's own front-matter lines survive.
 */
class GeneratedDecksConversionTest {
    private static final int DECKS = 300;
    private static final ThemeConverter CONVERTER = ThemeConverter.withBuiltInThemes();

    static LongStream seeds() {
        return LongStream.range(0, DECKS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsTheGuarantees(long seed) {
        GeneratedDeck generated = GeneratedDeck.generate(seed);
        for (Theme theme : Themes.builtIn().all()) {
            String old = generated.text();
            Conversion conversion = CONVERTER.convert(Deck.parse(old), theme);
            String converted = conversion.apply(old);
            String context = "seed " + seed + " to " + theme.name() + "\n--- old\n" + old + "\n--- converted\n" + converted;

            assertThat(converted).as(context).endsWith(old.substring(generated.contentStart()));
            assertThat(CONVERTER.convert(Deck.parse(converted), theme).edits()).as(context).isEmpty();
            assertThat(converted.startsWith("\uFEFF")).as(context).isEqualTo(old.startsWith("\uFEFF"));
            if (!old.replace("\r\n", "").contains("\n")) {
                assertThat(converted.replace("\r\n", "")).as(context).doesNotContain("\n");
            }
            if (!generated.frontMatterLines().isEmpty()) {
                assertThat(converted).as(context).containsSubsequence(generated.frontMatterLines());
            }
            checkTitle(generated, theme, conversion, converted, context);
        }
    }

    private static void checkTitle(GeneratedDeck generated, Theme theme, Conversion conversion, String converted,
            String context) {
        String newTitle = converted.substring(0, converted.length() - (generated.text().length() - generated.contentStart()));
        if (generated.titleLines().isEmpty()) {
            assertThat(conversion.notes()).as(context).anyMatch(n -> n.message().startsWith("The deck has no title slide"));
            return;
        }
        if (generated.date().isPresent()) {
            assertThat(newTitle).as(context).contains(generated.date().get());
        } else {
            assertThat(CallDates.find(newTitle)).as(context).isEmpty();
            assertThat(conversion.notes()).as(context).anyMatch(n -> n.severity() == Severity.WARNING
                    && n.message().contains("date"));
        }
        Set<String> newWords = new HashSet<>(Words.of(visibleHeadings(newTitle)));
        theme.replaces().forEach(line -> newWords.addAll(Words.of(line)));
        for (String line : generated.titleLines()) {
            Set<String> words = Words.of(visible(line).replaceAll("20\\d\\d-\\d\\d-\\d\\d|202X-XX-XX", ""));
            assertThat(newWords.containsAll(words) || converted.contains(line)).as(context + "\nlost: " + line).isTrue();
        }
    }

    private static String visibleHeadings(String markdown) {
        StringBuilder visible = new StringBuilder();
        for (String line : markdown.split("\r?\n")) {
            visible.append(visible(line)).append(' ');
        }
        return visible.toString();
    }

    private static String visible(String line) {
        var first = MarkdownParser.parse(line).getFirstChild();
        return first instanceof Heading heading ? HeadingText.visible(heading) : "";
    }

    /** The generator covers what it claims to: checked once, so that the guarantees are not tested on thin air. */
    @org.junit.jupiter.api.Test
    void theGeneratedDecksVary() {
        List<GeneratedDeck> decks = seeds().mapToObj(GeneratedDeck::generate).toList();
        assertThat(decks).anyMatch(d -> d.text().startsWith("\uFEFF"));
        assertThat(decks).anyMatch(d -> d.text().contains("\r\n"));
        assertThat(decks).anyMatch(d -> d.titleLines().isEmpty());
        assertThat(decks).anyMatch(d -> d.date().isEmpty() && !d.titleLines().isEmpty());
        assertThat(decks).anyMatch(d -> d.text().contains("slideOptions: {"));
        assertThat(decks).anyMatch(d -> d.text().contains("SCS Community Call</font>\n### "));
        assertThat(decks).anyMatch(d -> !d.text().startsWith("---") && !d.text().startsWith("\uFEFF---"));
        long converted = decks.stream().filter(d -> CONVERTER.convert(Deck.parse(d.text()),
                Themes.builtIn().named("scs-2024").orElseThrow()).changes()).count();
        assertThat(converted).isGreaterThan(DECKS * 9L / 10);
    }
}
