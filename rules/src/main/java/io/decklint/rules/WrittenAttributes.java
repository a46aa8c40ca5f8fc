package io.decklint.rules;

import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes an author wrote in a comment, read as leniently as a browser reads an HTML tag: any quotes or
 * none, values with {@code =}, several lines. Comparing these with what HedgeDoc reads shows what it drops.
 */
final class WrittenAttributes {
    /** How a value was written. */
    enum Quote {
        DOUBLE, SINGLE, NONE, NO_VALUE
    }

    /** One attribute as written; {@code valueRange} excludes the quotes. */
    record Written(String name, TextRange nameRange, Quote quote, String value, TextRange valueRange,
            TextRange range) {}

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s*([^\\s\"'=<>`/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'<>`]+)))?");

    private WrittenAttributes() {}

    /**
     * The attributes in {@code text[from, to)}, with offsets shifted by {@code base}; empty if the text is not
     * a list of attributes (prose, a stray quote). Only {@code data-*} names count without a value: a bare word
     * is more likely prose than an attribute.
     */
    static Optional<List<Written>> read(String text, int from, int to, int base) {
        List<Written> found = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(text).region(from, to);
        int pos = from;
        while (pos < to) {
            if (text.substring(pos, to).isBlank()) {
                break;
            }
            matcher.region(pos, to);
            if (!matcher.lookingAt()) {
                return Optional.empty();
            }
            Written attribute = written(matcher, base);
            if (attribute.quote() == Quote.NO_VALUE && !attribute.name().startsWith("data-")) {
                return Optional.empty();
            }
            found.add(attribute);
            pos = matcher.end();
        }
        return Optional.of(found);
    }

    private static Written written(Matcher m, int base) {
        TextRange name = new TextRange(base + m.start(1), base + m.end(1));
        TextRange whole = new TextRange(name.start(), base + m.end());
        for (int group = 2; group <= 4; group++) {
            if (m.group(group) != null) {
                Quote quote = group == 2 ? Quote.DOUBLE : group == 3 ? Quote.SINGLE : Quote.NONE;
                TextRange value = new TextRange(base + m.start(group), base + m.end(group));
                return new Written(m.group(1), name, quote, m.group(group), value, whole);
            }
        }
        return new Written(m.group(1), name, Quote.NO_VALUE, "", TextRange.at(name.end()), whole);
    }
}
