package io.decklint.rules;

import com.vladsch.flexmark.ast.Heading;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where each configured section stands in a deck. A section starts at the first slide whose first heading
 * starts with its name or an alias (preferring a slide that heads a column), and runs on through the vertical sub-slides below it and through
 * horizontal slides that repeat its heading. It ends at a slide that belongs to another section or at a
 * horizontal slide that does not repeat its heading. A later slide that repeats the heading again does not
 * make a second section: a section is found once.
 */
final class DeckSections {
    /** A section found in the deck: its place in the configured list and its first and last slide. */
    record Found(int order, SectionSpec spec, int first, int last) {}

    private final Deck deck;
    private final List<Found> byOrder;

    private DeckSections(Deck deck, List<Found> byOrder) {
        this.deck = deck;
        this.byOrder = byOrder;
    }

    static DeckSections locate(Deck deck, List<SectionSpec> specs) {
        List<Slide> slides = deck.slides();
        int[] owner = new int[slides.size()];
        for (int i = 0; i < slides.size(); i++) {
            owner[i] = owner(slides.get(i), specs);
        }
        Found[] found = new Found[specs.size()];
        // A slide that heads a column is a section's home; a sub-slide elsewhere that repeats its heading
        // ("Team Ops (2/2)" below "SIG Central API (1/2)") only counts when the section has no column.
        for (boolean columnHeadsOnly : new boolean[] {true, false}) {
            for (int i = 0; i < slides.size(); i++) {
                int order = owner[i];
                if (order >= 0 && found[order] == null && !(columnHeadsOnly && slides.get(i).isVertical())) {
                    found[order] = new Found(order, specs.get(order), i, lastSlide(slides, owner, i));
                }
            }
        }
        return new DeckSections(deck, Arrays.asList(found));
    }

    /** The section found for the configured entry at {@code order}. */
    Optional<Found> at(int order) {
        return Optional.ofNullable(byOrder.get(order));
    }

    /** The sections found, in the order they appear in the deck. */
    List<Found> inDeckOrder() {
        List<Found> found = new ArrayList<>(byOrder.stream().filter(f -> f != null).toList());
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return found;
    }

    /** The nearest section before {@code order} in the configured list that the deck has. */
    Optional<Found> presentBefore(int order) {
        for (int i = order - 1; i >= 0; i--) {
            if (byOrder.get(i) != null) {
                return Optional.of(byOrder.get(i));
            }
        }
        return Optional.empty();
    }

    /** The nearest section after {@code order} in the configured list that the deck has. */
    Optional<Found> presentAfter(int order) {
        for (int i = order + 1; i < byOrder.size(); i++) {
            if (byOrder.get(i) != null) {
                return Optional.of(byOrder.get(i));
            }
        }
        return Optional.empty();
    }

    /** The first heading of the section's first slide: what a finding about it points at. */
    Heading heading(Found found) {
        return HeadingText.firstHeading(slide(found.first())).orElseThrow();
    }

    Slide slide(int index) {
        return deck.slides().get(index);
    }

    private static int owner(Slide slide, List<SectionSpec> specs) {
        Optional<Heading> heading = HeadingText.firstHeading(slide);
        if (heading.isEmpty()) {
            return -1;
        }
        String text = HeadingText.comparable(HeadingText.visible(heading.get()));
        int best = -1;
        int longest = 0;
        for (int i = 0; i < specs.size(); i++) {
            int length = specs.get(i).matchLength(text);
            if (length > longest) {
                longest = length;
                best = i;
            }
        }
        return best;
    }

    private static int lastSlide(List<Slide> slides, int[] owner, int first) {
        int last = first;
        while (last + 1 < slides.size()) {
            int next = last + 1;
            boolean sameSection = owner[next] == owner[first];
            boolean unclaimedBelow = owner[next] < 0 && slides.get(next).isVertical();
            if (!sameSection && !unclaimedBelow) {
                break;
            }
            last = next;
        }
        return last;
    }
}
