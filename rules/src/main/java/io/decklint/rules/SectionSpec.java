package io.decklint.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * One section a deck should have: the name a slide's first heading starts with (and the heading a stub
 * slide gets), other spellings that count as the same section, and whether a deck may leave it out. An
 * optional section is not reported when missing, but still counts for order and for where stubs go.
 */
final class SectionSpec {
    private final String name;
    private final List<String> aliases;
    private final boolean optional;
    private final List<String> comparableNames;

    SectionSpec(String name, List<String> aliases, boolean optional) {
        this.name = name;
        this.aliases = List.copyOf(aliases);
        this.optional = optional;
        List<String> names = new ArrayList<>();
        names.add(HeadingText.comparable(name));
        aliases.forEach(alias -> names.add(HeadingText.comparable(alias)));
        // Every heading of every slide is compared with these: normalise them once.
        this.comparableNames = List.copyOf(names);
    }

    String name() {
        return name;
    }

    boolean optional() {
        return optional;
    }

    /** The name and every alias, in the form headings are compared in. */
    List<String> comparableNames() {
        return comparableNames;
    }

    /** How many characters of the heading the longest matching name or alias covers; 0 when none matches. */
    int matchLength(String comparableHeading) {
        int longest = 0;
        for (String candidate : comparableNames) {
            if (candidate.length() > longest && HeadingText.startsWithWords(comparableHeading, candidate)) {
                longest = candidate.length();
            }
        }
        return longest;
    }

    /** The spellings to show in a message: "Team IAM & Security" or "Team IAM". */
    String spellings() {
        StringBuilder out = new StringBuilder("\"" + name + "\"");
        for (String alias : aliases) {
            out.append(" or \"").append(alias).append('"');
        }
        return out.toString();
    }
}
