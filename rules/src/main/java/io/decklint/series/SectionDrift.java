package io.decklint.series;

import io.decklint.deck.Deck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section headings of a deck that drifted from how its series spells them: close to a section's name or alias
 * ("Team IAM & Sec", "Team Compue" for "Team IAM & Security", "Team Compute") but none of them, and not a
 * heading the series' other decks use themselves.
 */
public final class SectionDrift {
    /**
     * A drifted heading and the section it is meant to be.
     *
     * @param heading where and how the deck writes it
     * @param section the section, as the series spells it
     * @param decks how many decks the section was learnt from
     */
    public record Drift(SectionHeadings.Opening heading, LearntSection section, int decks) {}

    private SectionDrift() {}

    /** The drifted section headings of the deck, learnt from its siblings' (its template's too when it has no others). */
    public static List<Drift> of(Deck deck, SeriesPlace place) {
        List<SeriesDeck> weeks = place.siblings().stream().filter(d -> !d.template()).toList();
        List<SeriesDeck> learntFrom = weeks.isEmpty() ? place.siblings() : weeks;
        SeriesSections sections = SeriesSections.learn(learntFrom);
        Map<String, Integer> usedBySiblings = new HashMap<>();
        for (SeriesDeck sibling : learntFrom) {
            SectionHeadings.distinct(sibling.deck()).keySet().forEach(h -> usedBySiblings.merge(h, 1, Integer::sum));
        }
        List<Drift> drifts = new ArrayList<>();
        for (SectionHeadings.Opening opening : SectionHeadings.of(deck)) {
            if (sections.matching(opening.comparable()).isPresent()
                    || usedBySiblings.getOrDefault(opening.comparable(), 0) >= 2) {
                continue;
            }
            meantSection(opening.comparable(), sections)
                    .ifPresent(section -> drifts.add(new Drift(opening, section, sections.decks())));
        }
        return drifts;
    }

    /** The one section the heading is close to; none when it is close to none, or to two. */
    private static Optional<LearntSection> meantSection(String heading, SeriesSections sections) {
        LearntSection meant = null;
        for (LearntSection section : sections.sections()) {
            boolean close = SeriesSections.names(section).stream()
                    .anyMatch(name -> SeriesSections.closeSpelling(heading, name) || shortened(heading, name));
            if (close) {
                if (meant != null) {
                    return Optional.empty();
                }
                meant = section;
            }
        }
        return Optional.ofNullable(meant);
    }

    /** "team iam & sec" for "team iam & security": the same words, the last one cut short. */
    static boolean shortened(String heading, String name) {
        String[] cut = heading.split(" ");
        String[] full = name.split(" ");
        if (cut.length != full.length) {
            return false;
        }
        for (int i = 0; i < cut.length - 1; i++) {
            if (!cut[i].equals(full[i])) {
                return false;
            }
        }
        String last = cut[cut.length - 1];
        String whole = full[full.length - 1];
        return last.length() >= 2 && last.length() < whole.length() && whole.startsWith(last);
    }
}
