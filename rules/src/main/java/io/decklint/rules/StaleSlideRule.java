package io.decklint.rules;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.deck.SlideIndex;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.series.SeriesDates;
import io.decklint.series.SeriesDeck;
import io.decklint.series.SeriesPlace;
import io.decklint.text.TextRange;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * A slide that says exactly what a slide of the previous deck of its series said: the week's update that was
 * never written, last week's news left in. Slides that recur on purpose are learnt from the series and left
 * alone: the template's own slides, and a slide carried through {@link #RECURRING} or more of its decks (a
 * team's introduction, "Before we start", a reminder, the closing slide). So are slides with nothing to update:
 * headings and pictures only; and a slide that names a day still to come (a reminder of an event, said again
 * until it happens). Silent for a deck without a series, and in a series of two decks, where a
 * slide both share may as well be boiler.
 */
public final class StaleSlideRule implements Rule {
    private static final RuleMeta META = new RuleMeta("stale-slide", Severity.INFO, false,
            "A slide is the same as in the previous deck of the series: an update never written, last week left in.");
    /** A slide in this many decks of a series is carried on purpose; one in two of them was carried over once. */
    static final int RECURRING = 3;
    private static final Pattern PICTURE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /**
     * The slides of saved decks by what they show. The series model keeps a saved deck's {@link Deck} while its file
     * does not change, so each sibling is read once, not once for every deck of its series that is linted.
     */
    private static final Map<Deck, Map<String, SlideIndex>> SAVED = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        Optional<SeriesPlace> found = context.series();
        if (found.isEmpty() || found.get().previous().isEmpty()) {
            return;
        }
        SeriesPlace place = found.get();
        SeriesDeck previous = place.previous().get();
        Map<String, SlideIndex> before = saved(previous.deck());
        Map<String, Slide> slides = contents(deck);
        Set<String> template = new HashSet<>();
        Map<String, Integer> decksWith = new HashMap<>();
        slides.keySet().forEach(content -> decksWith.merge(content, 1, Integer::sum));
        int decks = 1;
        for (SeriesDeck sibling : place.siblings()) {
            if (sibling.template()) {
                template.addAll(saved(sibling.deck()).keySet());
            } else {
                decks++;
                saved(sibling.deck()).keySet().forEach(content -> decksWith.merge(content, 1, Integer::sum));
            }
        }
        int recurring = Math.min(RECURRING, decks);
        Optional<LocalDate> today = place.series().decks().stream().filter(d -> !place.siblings().contains(d))
                .findFirst().flatMap(SeriesDeck::date).or(previous::date);
        slides.forEach((content, slide) -> {
            SlideIndex last = before.get(content);
            if (last != null && !template.contains(content) && decksWith.get(content) < recurring
                    && !stillToCome(content, today)) {
                Node first = slide.visibleBlocks().get(0);
                context.report(slide.rangeOf(first), "Slide " + slide.index() + " is the same as slide " + last
                        + " of the previous deck, " + previous.describe() + ": an update that was never written, or "
                        + "last time's news left in?");
            }
        });
    }

    /** True when the slide names a day on or after the deck's: a reminder of what is still to come, said again. */
    private static boolean stillToCome(String content, Optional<LocalDate> today) {
        if (today.isEmpty()) {
            return false;
        }
        int from = 0;
        for (Optional<TextRange> date = CallDates.find(content); date.isPresent();
                date = CallDates.find(content.substring(from))) {
            TextRange at = date.get().shift(from);
            if (SeriesDates.parse(at.of(content)).filter(day -> !day.isBefore(today.get())).isPresent()) {
                return true;
            }
            from = at.end();
        }
        return false;
    }

    /** A saved deck's slides by what they show: where each stands, which is all a message needs of it. */
    private static Map<String, SlideIndex> saved(Deck deck) {
        return SAVED.computeIfAbsent(deck, d -> {
            Map<String, SlideIndex> indices = new HashMap<>();
            contents(d).forEach((content, slide) -> indices.put(content, slide.index()));
            return indices;
        });
    }

    /** The deck's slides by what they show (first slide for each), leaving out those with nothing to update. */
    private static Map<String, Slide> contents(Deck deck) {
        Map<String, Slide> contents = new LinkedHashMap<>();
        for (Slide slide : deck.slides()) {
            content(deck, slide).ifPresent(content -> contents.putIfAbsent(content, slide));
        }
        return contents;
    }

    /**
     * What the slide shows, as its Markdown with runs of white space as one space (line endings and indentation
     * aside), without speaker notes, comments and style; empty when it shows headings and pictures only.
     */
    private static Optional<String> content(Deck deck, Slide slide) {
        List<Node> blocks = slide.visibleBlocks();
        StringBuilder content = new StringBuilder();
        boolean prose = false;
        for (Node block : blocks) {
            String text = slide.rangeOf(block).of(deck.text());
            prose |= !(block instanceof Heading) && PICTURE.matcher(text).replaceAll("").chars().anyMatch(Character::isLetter);
            content.append(WHITE_SPACE.matcher(text.strip()).replaceAll(" ")).append('\n');
        }
        return prose ? Optional.of(content.toString()) : Optional.empty();
    }
}
