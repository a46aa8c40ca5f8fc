package io.decklint.series;

import io.decklint.deck.Deck;
import java.util.Optional;

/**
 * The series of one deck, for rules that compare a deck with its siblings (see
 * {@link io.decklint.lint.RuleContext#series()}). Bound to where the deck is saved; given the deck's text as
 * it is now (an editor's unsaved text), it says which saved decks form a series with it.
 */
public interface DeckSeries {
    /** For a deck that is not saved anywhere, or a run that does not look at series. */
    DeckSeries NONE = deck -> Optional.empty();

    /** The deck's place in its series; empty when no other deck of its folder belongs with it. */
    Optional<SeriesPlace> place(Deck deck);
}
