package io.decklint.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.lint.Severity;
import io.decklint.rules.CallDates;
import io.decklint.text.TextRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real SCS community call (2023-08 to 2024-06, the template, and the seed decks in examples/) converted
 * to each built-in theme: the conversion applies, converting again changes nothing, and every slide after the
 * title slides is byte for byte what it was.
 */
class RealDecksConversionTest {
    private static final Path DECKS = Path.of("src/test/resources/decks/scs-community-call");
    private static final Path EXAMPLES = Path.of("../examples");
    private static final ThemeConverter CONVERTER = ThemeConverter.withBuiltInThemes();
    private static final Pattern FILE_DATE = Pattern.compile("(20\\d\\d)-?(\\d\\d)-?(\\d\\d)");

    record Case(String name, String text, Theme theme) {
        @Override
        public String toString() {
            return name + " -> " + theme.name();
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(DECKS), Files.list(EXAMPLES))) {
            for (Path path : files.filter(p -> !p.getFileName().toString().equals("ATTRIBUTION.md")).sorted().toList()) {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                for (Theme theme : Themes.builtIn().all()) {
                    cases.add(new Case(path.getFileName().toString(), text, theme));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsOnceAndKeepsEverySlideAfterTheTitle(Case c) {
        Deck deck = Deck.parse(c.text());
        Conversion conversion = CONVERTER.convert(deck, c.theme());
        String converted = conversion.apply(c.text());
        Conversion again = CONVERTER.convert(Deck.parse(converted), c.theme());
        assertThat(again.edits()).as("converting %s a second time\n%s", c, again.apply(converted)).isEmpty();
        assertThat(converted).endsWith(c.text().substring(afterTitle(deck)));
    }

    /**
     * The date the old title slides show is on the new title, and the new title shows no date the old one did
     * not; a missing date is reported.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void carriesTheCallsDateOverAndInventsNone(Case c) {
        Deck deck = Deck.parse(c.text());
        Conversion conversion = CONVERTER.convert(deck, c.theme());
        String oldTitle = titleText(deck);
        String newTitle = titleText(Deck.parse(conversion.apply(c.text())));
        Optional<TextRange> date = CallDates.find(oldTitle);
        if (date.isPresent()) {
            assertThat(newTitle).contains(date.get().of(oldTitle));
            Matcher name = FILE_DATE.matcher(c.name());
            if (name.find()) {
                assertThat(date.get().of(oldTitle)).isEqualTo(name.group(1) + "-" + name.group(2) + "-" + name.group(3));
            }
        } else {
            assertThat(CallDates.find(newTitle)).isEmpty();
            assertThat(conversion.notes()).anyMatch(n -> n.severity() == Severity.WARNING && (n.message().contains(
                    "no date") || n.message().contains("placeholder date") || n.message().contains("no title slide")
                    || n.message().contains("Nothing was changed")));
        }
    }

    private static String titleText(Deck deck) {
        StringBuilder text = new StringBuilder();
        TitleSlides.find(deck, Set.of("scs", "community", "call")).forEach(t -> text.append(t.run().of(deck.text())));
        return text.toString();
    }

    /** Where the first slide after the deck's title slides begins (its separator included). */
    static int afterTitle(Deck deck) {
        List<TitleSlide> title = TitleSlides.find(deck, Set.of("scs", "community", "call"));
        int slides = Math.max(1, title.size());
        return deck.slides().size() > slides ? deck.slides().get(slides).separatorBefore().orElseThrow().start()
                : deck.text().length();
    }
}
