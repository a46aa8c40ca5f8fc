package io.decklint.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deck's look, as data: the {@code slideOptions} values it sets and removes, the CSS of its {@code <style>}
 * block, its title slides, the old title lines its title stands for, and defaults for facts a deck may lack.
 * Everything else in a deck is the deck's own.
 *
 * @param origin where the theme was read from, for messages
 * @param style the CSS between {@code <style>} and {@code </style>}, or null when the theme has none
 * @param replaces title lines (such as "SCS Community Call") that the theme's title slide stands for
 */
public record Theme(String name, String description, String origin, Map<String, OptionValue> slideOptions,
        List<String> removeSlideOptions, String style, List<TitleSlideTemplate> titleSlides, List<String> replaces,
        Map<Fact, String> defaults) {
    public Theme {
        slideOptions = Collections.unmodifiableMap(new LinkedHashMap<>(slideOptions));
        removeSlideOptions = List.copyOf(removeSlideOptions);
        titleSlides = List.copyOf(titleSlides);
        replaces = List.copyOf(replaces);
        defaults = Map.copyOf(defaults);
    }

    public Optional<String> styleSheet() {
        return Optional.ofNullable(style);
    }

    /** Every fact the title slides name. */
    public Set<Fact> facts() {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        titleSlides.forEach(slide -> facts.addAll(slide.facts()));
        return facts;
    }

    /** Every line of every title slide, in order. */
    public List<String> titleLines() {
        List<String> lines = new ArrayList<>();
        titleSlides.forEach(slide -> lines.addAll(slide.headings()));
        return lines;
    }
}
