package io.decklint;

import io.decklint.config.Configuration;
import io.decklint.config.Configurations;
import io.decklint.files.GlobPattern;
import io.decklint.files.IgnorePattern;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which files a lint covers, in one place for the command line and its git hook: the Markdown files below a
 * folder or matching a glob, skipping hidden folders, dependency and build output, and what a
 * {@code .decklintignore} or a configuration's {@code ignores:} leaves out.
 */
public final class LintFiles {
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "build", "dist", "vendor");

    private final Configurations configurations;
    private final Configuration fixed;
    private final boolean honourIgnores;

    /**
     * @param fixed the configuration every file is linted under (given on the command line), or null for each
     *     file's nearest one
     * @param honourIgnores false lints ignored files too
     */
    public LintFiles(Configurations configurations, Configuration fixed, boolean honourIgnores) {
        this.configurations = configurations;
        this.fixed = fixed;
        this.honourIgnores = honourIgnores;
    }

    public static boolean isMarkdown(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** The ignore line that leaves {@code path} (a file or a folder) out, if one does. */
    public Optional<IgnorePattern> ignoring(Path path) {
        if (!honourIgnores) {
            return Optional.empty();
        }
        Configuration configuration = fixed != null ? fixed : configurations.forDeck(path);
        return configurations.ignoresFor(path, configuration).ignoring(path);
    }

    /** The Markdown files below {@code folder} that nothing ignores, sorted. */
    public List<Path> inFolder(Path folder) throws IOException {
        return walk(folder, file -> true);
    }

    /**
     * The Markdown files that {@code glob} matches ({@code talks/*.md}, {@code **}{@code /*.md}), relative to
     * the current folder (or absolute), that nothing ignores, sorted. Its wildcards follow
     * {@link GlobPattern}; the folders before the first wildcard are where the search starts.
     */
    public List<Path> matching(String glob) throws IOException {
        String[] names = glob.split("/", -1);
        int literal = 0;
        while (literal < names.length - 1 && !GlobPattern.isGlob(names[literal])) {
            literal++;
        }
        String start = String.join("/", List.of(names).subList(0, literal));
        Path base = glob.startsWith("/") && start.isEmpty() ? Path.of("/") : Path.of(start);
        GlobPattern rest = GlobPattern.compile("/" + String.join("/", List.of(names).subList(literal, names.length)));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        return walk(base, file -> rest.matches(base.relativize(file).toString().replace('\\', '/')));
    }

    private List<Path> walk(Path folder, Predicate<Path> wanted) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(folder)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                boolean skip = name.startsWith(".") || SKIPPED.contains(name) || ignoring(dir).isPresent();
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isMarkdown(file) && wanted.test(file) && ignoring(file).isEmpty()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
