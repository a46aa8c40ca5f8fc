package io.decklint.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One line of a {@code .decklintignore} (or one item of a configuration's {@code ignores:}): a
 * {@link GlobPattern} relative to {@code base}, {@code !} in front re-includes what an earlier line ignored,
 * {@code /} at the end matches folders only.
 *
 * @param source where the line was written, for messages ({@code .decklintignore:3})
 */
public record IgnorePattern(Path base, GlobPattern glob, boolean negated, boolean foldersOnly, String line,
        String source) {

    /**
     * Reads one line; blank lines and {@code #} comments give nothing. {@code \#} and {@code \!} start a
     * pattern with a plain {@code #} or {@code !}; trailing spaces are dropped unless escaped.
     *
     * @throws IllegalArgumentException when the pattern is malformed, saying how
     */
    public static Optional<IgnorePattern> parse(String line, Path base, String source) {
        String text = line.endsWith("\\ ") ? line : line.stripTrailing();
        if (text.isEmpty() || text.startsWith("#")) {
            return Optional.empty();
        }
        boolean negated = text.startsWith("!");
        String pattern = negated ? text.substring(1) : text;
        boolean foldersOnly = pattern.endsWith("/") && !pattern.endsWith("\\/");
        if (foldersOnly) {
            pattern = pattern.substring(0, pattern.length() - 1);
        }
        if (pattern.startsWith("\\#") || pattern.startsWith("\\!")) {
            pattern = pattern.substring(1);
        }
        return Optional.of(new IgnorePattern(base, GlobPattern.compile(pattern), negated, foldersOnly, line.strip(),
                source));
    }

    /** Whether this line speaks of {@code path} (absolute and normalized), a folder when {@code folder}. */
    boolean matches(Path path, boolean folder) {
        if ((foldersOnly && !folder) || !path.startsWith(base) || path.equals(base)) {
            return false;
        }
        return glob.matches(base.relativize(path).toString().replace('\\', '/'));
    }

    /** How a message names this line: {@code .decklintignore:3 ('fixtures/')}. */
    public String describe() {
        return source + " ('" + line + "')";
    }
}
