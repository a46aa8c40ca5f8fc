package io.decklint.css;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of CSS a linter needs: known property names (from the npm package {@code known-css-properties},
 * MIT) and colours (named colours from the npm package {@code color-name}, MIT, plus the colour syntaxes of
 * CSS Color 4). The lists ship as resources beside this class, with their licences.
 */
public final class CssVocabulary {
    private static final Set<String> PROPERTIES = load("known-css-properties.txt");
    private static final Set<String> NAMED_COLORS = load("named-colors.txt");
    private static final Pattern COLOR_SYNTAX = Pattern.compile(
            "#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})"
                    + "|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\\(.*\\)"
                    + "|transparent|currentcolor",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private CssVocabulary() {}

    /** Every known property name, in lower case. */
    public static Set<String> properties() {
        return PROPERTIES;
    }

    public static boolean isKnownProperty(String name) {
        return PROPERTIES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A text that is a CSS colour on its own: {@code #50c3a5}, {@code rgb(0 0 0)}, {@code teal}. */
    public static boolean isColor(String text) {
        String trimmed = text.strip();
        return COLOR_SYNTAX.matcher(trimmed).matches() || NAMED_COLORS.contains(trimmed.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = CssVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(words);
    }
}
