package io.decklint.cli;

import io.decklint.LintFiles;
import io.decklint.files.GlobPattern;
import io.decklint.files.IgnorePattern;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The files that PATH arguments name, the same for every command that takes decks, folders and globs: folders
 * and globs give the Markdown files nothing ignores; a file named outright is taken unless ignored, which is
 * said (quietly skipped with {@code --decks-only}, which hooks pass every staged file to).
 */
final class Targets {
    private Targets() {}

    /**
     * @param paths the arguments; none means the current folder
     * @param verb what the command does to a file, for the message about an ignored one: "lints"
     */
    static List<Target> of(List<String> paths, LintFiles files, boolean decksOnly, String verb, PrintWriter err,
            CommandLine commandLine) throws IOException {
        List<String> roots = paths.isEmpty() ? List.of("") : paths;
        List<Target> targets = new ArrayList<>();
        for (String given : roots) {
            Path root = Path.of(given);
            if (isFolder(root)) {
                files.inFolder(root).forEach(p -> targets.add(new Target(p, false, false)));
            } else if (isGlob(given)) {
                List<Path> matched = files.matching(given);
                if (matched.isEmpty()) {
                    throw new ParameterException(commandLine, "no Markdown file that is not ignored matches '"
                            + given + "'");
                }
                matched.forEach(p -> targets.add(new Target(p, false, false)));
            } else {
                Optional<IgnorePattern> ignoredBy = files.ignoring(root);
                if (ignoredBy.isEmpty()) {
                    targets.add(new Target(root, !decksOnly, false));
                } else if (!decksOnly) {
                    err.println("decklint: skipped " + root + ": ignored by " + ignoredBy.get().describe()
                            + "; --no-ignore " + verb + " it");
                }
            }
        }
        return targets;
    }

    /** True when the argument names a folder or a glob, which stand for many files. */
    static boolean many(String given) {
        return isFolder(Path.of(given)) || isGlob(given);
    }

    private static boolean isFolder(Path root) {
        return Files.isDirectory(root) && !LintFiles.isMarkdown(root);
    }

    private static boolean isGlob(String given) {
        return !Files.exists(Path.of(given)) && GlobPattern.isGlob(given);
    }
}
