package io.decklint.spelling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The vocabulary of cloud and open-source decks that dictionaries lack ({@value #RESOURCE}): matched
 * ignoring case, and suggested in the spelling it is listed with ({@code OpenStack}).
 */
final class TechnicalWords {
    static final String RESOURCE = "io/decklint/spelling/technical-words.txt";

    private static final class Holder {
        static final Map<String, String> WORDS = load();
    }

    private TechnicalWords() {}

    /** The listed spelling of a word, by its lower-case form. */
    static Map<String, String> byLowerCase() {
        return Holder.WORDS;
    }

    private static Map<String, String> load() {
        try (InputStream in = TechnicalWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One word a line; blank lines and {@code #} comments are skipped. */
    static Map<String, String> parse(String text) {
        Map<String, String> words = new HashMap<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(word -> words.putIfAbsent(word.toLowerCase(Locale.ROOT), word));
        return Map.copyOf(words);
    }
}
