package io.decklint.theme;

import io.decklint.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * What theme conversion needs to know of CSS, in one place: checking a theme's style sheet, telling how much
 * of it a deck's style block already has, and the edits that give a style block a theme's declarations.
 * Offsets are into the CSS text given.
 */
interface StyleSheets {
    /** A theme's CSS that cannot be used, and where (one-based line of the CSS). */
    record Problem(int line, String message) {}

    /** Edits to a style block's CSS, and what could not be placed (each a sentence for the user). */
    record Edits(List<TextEdit> edits, List<String> unplaced) {}

    /** How many of a theme's declarations a style sheet has with the theme's value, out of how many. */
    record Likeness(int same, int total) {}

    Optional<Problem> problem(String css);

    Likeness likeness(String css, String themeCss);

    /**
     * Gives {@code css} every declaration of {@code themeCss}, changing values in place and adding what is
     * missing; removes the declarations of {@code oldThemeCss} (the deck's current theme, or null) that the new
     * theme does not set, where they still have the old theme's value.
     */
    /** A deck's CSS as a theme writes it, and what of it a theme cannot hold (each a sentence for the user). */
    record Learnt(String css, List<String> leftOut) {}

    Edits convert(String css, String themeCss, String oldThemeCss, String lineEnding);

    /**
     * The look a deck's style block gives, as a theme's CSS: its plain rules' declarations that browsers keep,
     * one rule per selector, a selector's later declaration of a property winning as in the cascade.
     */
    Learnt learn(String css);
}
