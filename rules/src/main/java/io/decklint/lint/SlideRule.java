package io.decklint.lint;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;

/**
 * A rule that looks at one slide at a time. Its findings on a slide may depend only on that slide's text and
 * index, on the rule's options and the configuration's words (not on the files around the deck), and its
 * fixes may only edit the slide itself; then an editor that changes one slide needs to re-check only that slide
 * ({@link SlideCache}). A rule that compares slides, or looks at the front matter,
 * is a plain {@link Rule}.
 */
public interface SlideRule extends Rule {
    void checkSlide(Slide slide, RuleContext context);

    @Override
    default void check(Deck deck, RuleContext context) {
        for (Slide slide : deck.slides()) {
            checkSlide(slide, context);
        }
    }
}
