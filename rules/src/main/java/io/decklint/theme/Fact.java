package io.decklint.theme;

import java.util.Locale;
import java.util.Optional;

/**
 * What a title slide says that belongs to the deck, not to its look: a theme's template names these as
 * {@code {title}}, {@code {subtitle}}, {@code {date}} and {@code {background}}, and the converter fills them
 * in with what it finds on the old title slides. A fact the deck does not have becomes a visible placeholder.
 */
public enum Fact {
    /** The first title line that is not the date line. */
    TITLE("[TITLE]"),
    /** The second title line that is not the date line: SCS decks' tagline. */
    SUBTITLE("[SUBTITLE]"),
    /** The date of the talk; its placeholder is the one the title-date rule reports. */
    DATE("YYYY-MM-DD"),
    /** The title slide's background picture ({@code data-background} of its {@code .slide} comment). */
    BACKGROUND(null);

    private final String placeholder;

    Fact(String placeholder) {
        this.placeholder = placeholder;
    }

    /** How templates name the fact: {@code date} for {@code {date}}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a template shows where the deck lacks the fact; none for a fact only attributes may hold. */
    public Optional<String> placeholder() {
        return Optional.ofNullable(placeholder);
    }

    public static Optional<Fact> byKey(String key) {
        for (Fact fact : values()) {
            if (fact.key().equals(key)) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }
}
