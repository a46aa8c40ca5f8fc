package io.decklint.rules;

import io.decklint.lint.RuleOptions;
import io.decklint.lint.RuleOptions.OptionException;
import io.decklint.text.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code required-sections}, read from the plain values of a {@code .decklint.yml} or rule
 * pack: {@code sections} (names, or mappings of {@code name}, {@code aliases} and {@code optional}) and
 * {@code ordered}.
 */
record SectionOptions(List<SectionSpec> sections, boolean ordered) {
    private static final Set<String> SECTION_KEYS = Set.of("name", "aliases", "optional");

    static SectionOptions read(RuleOptions options) {
        List<SectionSpec> sections = new ArrayList<>();
        for (Object item : options.list("sections")) {
            sections.add(section(options, item, sections.size() + 1));
        }
        checkUnique(options, sections);
        return new SectionOptions(List.copyOf(sections), options.bool("ordered", true));
    }

    private static SectionSpec section(RuleOptions options, Object item, int number) {
        if (isText(item)) {
            return new SectionSpec(name(options, item.toString(), number), List.of(), false);
        }
        if (!(item instanceof Map<?, ?> map)) {
            throw problem(options, "section " + number + " must be a name or a mapping with 'name', 'aliases' "
                    + "and 'optional'");
        }
        for (Object key : map.keySet()) {
            if (!SECTION_KEYS.contains(String.valueOf(key))) {
                throw problem(options, "section " + number + ": '" + key + "' is not a key of a section"
                        + hint(String.valueOf(key), SECTION_KEYS) + "; a section has 'name', 'aliases' and 'optional'");
            }
        }
        if (!isText(map.get("name"))) {
            throw problem(options, "section " + number + " needs a 'name' (a text)");
        }
        String name = map.get("name").toString();
        List<String> aliases = new ArrayList<>();
        Object aliasValue = map.get("aliases");
        if (isText(aliasValue)) {
            aliases.add(name(options, aliasValue.toString(), number));
        } else if (aliasValue instanceof List<?> list) {
            for (Object alias : list) {
                if (!isText(alias)) {
                    throw problem(options, "section " + number + ": 'aliases' must be a list of texts");
                }
                aliases.add(name(options, alias.toString(), number));
            }
        } else if (aliasValue != null) {
            throw problem(options, "section " + number + ": 'aliases' must be a text or a list of texts");
        }
        Object optional = map.get("optional");
        if (optional != null && !(optional instanceof Boolean)) {
            throw problem(options, "section " + number + ": 'optional' must be true or false");
        }
        return new SectionSpec(name(options, name, number), aliases, Boolean.TRUE.equals(optional));
    }

    /** YAML reads an unquoted {@code 2024} as a number; as a name it is the same text. */
    private static boolean isText(Object value) {
        return value instanceof String || value instanceof Number;
    }

    private static String name(RuleOptions options, String name, int number) {
        if (HeadingText.comparable(name).isEmpty()) {
            throw problem(options, "section " + number + ": '" + name + "' has no letters or digits to match a "
                    + "heading by");
        }
        return name.strip();
    }

    /** Two sections that answer to the same heading would make "found once" ambiguous. */
    private static void checkUnique(RuleOptions options, List<SectionSpec> sections) {
        Map<String, String> owners = new HashMap<>();
        for (SectionSpec section : sections) {
            for (String spelling : section.comparableNames()) {
                String owner = owners.putIfAbsent(spelling, section.name());
                if (owner != null) {
                    throw problem(options, "'" + spelling + "' is listed twice (under \"" + owner + "\" and \""
                            + section.name() + "\"); each name or alias may belong to one section only");
                }
            }
        }
    }

    private static String hint(String key, Set<String> known) {
        return EditDistance.closest(key, known, 3).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static OptionException problem(RuleOptions options, String message) {
        return new OptionException(options.origin() + ": " + message);
    }
}
