package io.decklint.lint;

import io.decklint.text.EditDistance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's options from the configuration, with typed getters that fail with a message naming the option
 * and where it was set.
 */
public final class RuleOptions {
    public static final RuleOptions NONE = new RuleOptions(Map.of(), "defaults");

    private final Map<String, Object> values;
    private final String origin;

    public RuleOptions(Map<String, Object> values, String origin) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.origin = origin;
    }

    public Map<String, Object> values() {
        return values;
    }

    /** Where these options were set, e.g. {@code .decklint.yml:12}. */
    public String origin() {
        return origin;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String string(String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw wrongType(key, "a text");
    }

    public boolean bool(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongType(key, "true or false");
    }

    public int integer(String key, int fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw wrongType(key, "a whole number");
    }

    /** A list of texts; a single text counts as a list of one. */
    public List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String || item instanceof Number)) {
                    throw wrongType(key, "a list of texts");
                }
                out.add(item.toString());
            }
            return out;
        }
        throw wrongType(key, "a list of texts");
    }

    /** A list whose items are texts or mappings, as the caller reads them. */
    public List<Object> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(new ArrayList<>(list));
        }
        throw wrongType(key, "a list");
    }

    /**
     * Fails on an option the rule does not take, naming the close match and the options it does take, so a
     * misspelt option is an error rather than a setting that silently does nothing.
     */
    public void allowOnly(String rule, List<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                String hint = EditDistance.closest(key, known, 3).map(s -> " (did you mean '" + s + "'?)").orElse("");
                throw new OptionException(origin + ": '" + key + "' is not an option of " + rule + hint + "; "
                        + (known.isEmpty() ? "it takes none, only a severity (" + rule + ": warning)"
                                : "it takes " + quotedList(known)));
            }
        }
    }

    private static String quotedList(List<String> words) {
        List<String> quoted = words.stream().map(w -> "'" + w + "'").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    public OptionException wrongType(String key, String expected) {
        return new OptionException(origin + ": option '" + key + "' must be " + expected);
    }

    /** A rule option that cannot be used as given. */
    public static final class OptionException extends RuntimeException {
        public OptionException(String message) {
            super(message);
        }
    }
}
