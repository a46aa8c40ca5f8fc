package io.decklint.theme;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One slide of a theme's title: heading lines with {@code {fact}} placeholders, and the attributes its
 * {@code <!-- .slide: … -->} comment sets (values may hold placeholders too).
 */
public record TitleSlideTemplate(Map<String, String> attributes, List<String> headings) {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)}");

    public TitleSlideTemplate {
        // in the theme's order, which is the order a converted deck's .slide comment writes them in
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        headings = List.copyOf(headings);
    }

    /** The facts the headings and attributes name. */
    public Set<Fact> facts() {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        for (String line : headings) {
            facts.addAll(factsIn(line));
        }
        attributes.values().forEach(value -> facts.addAll(factsIn(value)));
        return facts;
    }

    static Set<Fact> factsIn(String text) {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            Fact.byKey(placeholder.group(1)).ifPresent(facts::add);
        }
        return facts;
    }
}
