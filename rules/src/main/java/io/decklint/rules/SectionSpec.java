package io.decklint.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * One section a deck should have: the name a slide's first heading starts with (and the heading a stub
 * slide gets), other spellings that count as the same section, and whether a deck may leave it out. An
 * optional section is not reported when missing, but still counts for order and for where stubs go.
 */
record SectionSpec(String name, List<String> aliases, boolean optional) {
    SectionSpec {
        aliases = List.copyOf(aliases);
    }

    /** The name and every alias, in the form headings are compared in. */
    List<String> comparableNames() {
        List<String> names = new ArrayList<>();
        names.add(HeadingText.comparable(name));
        aliases.forEach(alias -> names.add(HeadingText.comparable(alias)));
        return names;
    }

    /** How many characters of the heading the longest matching name or alias covers; 0 when none matches. */
    int matchLength(String comparableHeading) {
        int longest = 0;
        for (String candidate : comparableNames()) {
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
