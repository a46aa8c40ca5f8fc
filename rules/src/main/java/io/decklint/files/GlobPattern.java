package io.decklint.files;

import java.util.regex.Pattern;

/**
 * A pattern in {@code .gitignore} syntax, the one {@code .decklintignore}, the {@code ignores:} of a
 * configuration and globs on the command line share: {@code *} and {@code ?} stay inside one folder name,
 * {@code **} spans folders ({@code a/**}{@code /b} also matches {@code a/b}), {@code [a-z]} and {@code [!a]}
 * are character classes, a backslash makes the next character plain. A pattern with no {@code /} in it
 * ({@code *.md}, {@code fixtures}) matches a name at any depth; one with a {@code /} ({@code /drafts},
 * {@code talks/*.md}) matches from its base folder only.
 */
public final class GlobPattern {
    private final Pattern regex;

    private GlobPattern(Pattern regex) {
        this.regex = regex;
    }

    /**
     * @param glob a pattern without the leading {@code !} or the trailing {@code /} of an ignore line
     * @throws IllegalArgumentException saying what is wrong, for the user
     */
    public static GlobPattern compile(String glob) {
        String body = glob.startsWith("/") ? glob.substring(1) : glob;
        if (body.isEmpty()) {
            throw new IllegalArgumentException("'" + glob + "' matches nothing");
        }
        boolean anchored = glob.startsWith("/") || body.contains("/");
        StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '*' && body.startsWith("**", i) && (i == 0 || body.charAt(i - 1) == '/')
                    && (i + 2 == body.length() || body.charAt(i + 2) == '/')) {
                boolean last = i + 2 == body.length();
                regex.append(last ? ".*" : "(?:.*/)?");
                i += last ? 2 : 3;
                continue;
            }
            if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[') {
                i = characterClass(glob, body, i, regex);
            } else if (c == '\\') {
                if (i + 1 == body.length()) {
                    throw new IllegalArgumentException("'" + glob + "' ends with a lone backslash");
                }
                regex.append(Pattern.quote(String.valueOf(body.charAt(++i))));
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return new GlobPattern(Pattern.compile(regex.toString()));
    }

    /** True when {@code glob} holds a wildcard, so it is a pattern rather than a file name. */
    public static boolean isGlob(String glob) {
        return glob.chars().anyMatch(c -> c == '*' || c == '?' || c == '[');
    }

    /** Matches a path relative to the pattern's base folder, its names separated by {@code /}. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /** Copies {@code [...]} at {@code start} as a class that never matches {@code /}; returns the index of {@code ]}. */
    private static int characterClass(String glob, String body, int start, StringBuilder regex) {
        int i = start + 1;
        StringBuilder members = new StringBuilder();
        boolean negated = i < body.length() && (body.charAt(i) == '!' || body.charAt(i) == '^');
        if (negated) {
            i++;
        }
        for (boolean first = true; i < body.length() && (first || body.charAt(i) != ']'); i++, first = false) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            members.append(c == '-' && members.length() > 0 && i + 1 < body.length() && body.charAt(i + 1) != ']'
                    ? "-" : "\\" + (Character.isLetterOrDigit(c) ? "x{" + Integer.toHexString(c) + "}" : c));
        }
        if (i >= body.length()) {
            throw new IllegalArgumentException("'" + glob + "' has a '[' that is not closed by ']' (write \\[ for a "
                    + "plain '[')");
        }
        regex.append('[').append(negated ? "^/" : "").append(members).append(negated ? "]" : "&&[^/]]");
        return i;
    }
}
