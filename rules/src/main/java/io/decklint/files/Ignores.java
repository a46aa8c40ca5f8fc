package io.decklint.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ignore patterns as git applies them: the last line that matches a file or folder decides, a later
 * {@code !pattern} can bring back what an earlier one ignored, and nothing inside an ignored folder can be
 * brought back (git does not look inside it either).
 */
public final class Ignores {
    public static final Ignores NONE = new Ignores(List.of());

    private final List<IgnorePattern> patterns;

    public Ignores(List<IgnorePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** These patterns, then {@code later} ones, which win where both speak. */
    public Ignores then(Ignores later) {
        List<IgnorePattern> all = new ArrayList<>(patterns);
        all.addAll(later.patterns);
        return new Ignores(all);
    }

    /** The line that ignores {@code path} or a folder it is in, if one does. */
    public Optional<IgnorePattern> ignoring(Path path) {
        if (patterns.isEmpty()) {
            return Optional.empty();
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path root = absolute.getRoot();
        Path current = root;
        for (Path name : absolute) {
            current = current == null ? name : current.resolve(name);
            boolean folder = !current.equals(absolute) || Files.isDirectory(absolute);
            Optional<IgnorePattern> decided = decide(current, folder);
            if (decided.isPresent()) {
                return decided;
            }
        }
        return Optional.empty();
    }

    /** The last line that matches, when it ignores (rather than brings back). */
    private Optional<IgnorePattern> decide(Path path, boolean folder) {
        for (int i = patterns.size() - 1; i >= 0; i--) {
            IgnorePattern pattern = patterns.get(i);
            if (pattern.matches(path, folder)) {
                return pattern.negated() ? Optional.empty() : Optional.of(pattern);
            }
        }
        return Optional.empty();
    }
}
