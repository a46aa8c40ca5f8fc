package io.decklint.series;

import io.decklint.deck.Deck;
import io.decklint.deck.StyleBlock;
import io.decklint.rules.CallDates;
import io.decklint.text.TextRange;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes decks of one folder a series. Decks with a front-matter title belong together when their titles
 * are the same once dates and numbers are left out ("SCS Community Call", "Sprint 14 Review") and, for a title
 * with a colon, only its part before the colon counts ("Lecture 3: CMake"): the survey's series name
 * themselves that way, and no two unrelated talks there do. Decks without a title belong together when they
 * share a template: most of the lines of their front matter and {@code <style>} blocks are the same, as in a
 * course whose every lecture starts from one file. A deck with too little of either (a bare reveal.js deck)
 * stands alone.
 */
record SeriesKey(Optional<String> title, Set<String> template) {
    /** A template must have this many lines to tell decks apart; fewer match by chance. */
    static final int MIN_TEMPLATE_LINES = 4;
    /** Share of their template lines (of the union) two untitled decks must have in common. */
    static final double ALIKE = 0.6;
    private static final Set<String> OWN_KEYS = Set.of("title", "date", "description", "tags", "lang");

    static SeriesKey of(Deck deck) {
        return new SeriesKey(title(deck).flatMap(SeriesKey::titleKey), template(deck));
    }

    /**
     * The deck's front-matter title, also from front matter that a blank line pushed off the top (HedgeDoc then
     * shows it as text, but the deck still says which series it is of).
     */
    static Optional<String> title(Deck deck) {
        return deck.frontMatter().or(deck::misplacedFrontMatter).flatMap(front -> front.string("title"));
    }

    /** True when the two decks belong to one series. */
    boolean belongsWith(SeriesKey other) {
        if (title.isPresent() || other.title.isPresent()) {
            return title.equals(other.title);
        }
        return alike(template, other.template);
    }

    /** The title as series share it, or empty when nothing of it is left. */
    static Optional<String> titleKey(String title) {
        String text = title;
        int colon = text.indexOf(':');
        if (colon > 0) {
            text = text.substring(0, colon);
        }
        for (TextRange date : CallDates.find(text).stream().toList()) {
            text = text.substring(0, date.start()) + " " + text.substring(date.end());
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private static Set<String> template(Deck deck) {
        Set<String> lines = new HashSet<>();
        deck.frontMatter().ifPresent(front -> addLines(front.yamlRange().of(deck.text()), lines, true));
        for (var slide : deck.slides().subList(0, Math.min(1, deck.slides().size()))) {
            for (StyleBlock style : slide.styleBlocks()) {
                addLines(style.css().of(deck.text()), lines, false);
            }
        }
        return lines;
    }

    private static void addLines(String text, Set<String> lines, boolean yaml) {
        for (String line : text.split("\\R")) {
            String kept = line.strip().replaceAll("\\s+", " ");
            if (kept.isEmpty() || kept.equals("}") || yaml && OWN_KEYS.contains(kept.split(":", 2)[0])) {
                continue;
            }
            lines.add(kept);
        }
    }

    private static boolean alike(Set<String> a, Set<String> b) {
        if (a.size() < MIN_TEMPLATE_LINES || b.size() < MIN_TEMPLATE_LINES) {
            return false;
        }
        int common = 0;
        for (String line : a) {
            if (b.contains(line)) {
                common++;
            }
        }
        return common >= ALIKE * (a.size() + b.size() - common);
    }

    /** What the decks have in common, for people: "titled \"X\"", or "made from the template of lecture-1.md". */
    static String describe(List<SeriesDeck> decks) {
        return decks.stream().map(d -> title(d.deck())).flatMap(Optional::stream).findFirst()
                .map(t -> "titled \"" + t.strip() + "\"")
                .orElse("made from the template of " + decks.stream().map(SeriesDeck::file).min(NaturalOrder.INSTANCE)
                        .orElseThrow());
    }
}
