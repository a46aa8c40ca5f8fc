package io.decklint.series;

import io.decklint.config.ConfigException;
import io.decklint.config.Configurations;
import io.decklint.files.AtomicFile;
import io.decklint.spelling.WorkspaceVocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code decklint init}: learns a folder's series and writes what it learnt as the folder's
 * {@code .decklint.yml}, replacing the file in one step, and an existing configuration only when asked to.
 */
public final class SeriesInit {
    /** What was written where. */
    public record Result(Path file, LearntSeries learnt, boolean replaced) {}

    private SeriesInit() {}

    /**
     * @param folders how the folder's decks are read (ignore rules, caching)
     * @param configurations reads the written text back before it replaces anything
     * @param force replace an existing {@code .decklint.yml} (or {@code .decklint.yaml})
     * @throws IllegalArgumentException with a message for the user: the folder is none, has no series, or
     *     has a configuration already
     */
    public static Result run(Path folder, SeriesFolders folders, Configurations configurations, boolean force) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        Optional<Path> existing = Configurations.CONFIG_NAMES.stream().map(folder::resolve)
                .filter(file -> Files.exists(file, LinkOption.NOFOLLOW_LINKS)).findFirst();
        if (existing.isPresent() && !force) {
            throw new IllegalArgumentException(existing.get() + " exists already; `decklint init --force` replaces "
                    + "it with what the decks say");
        }
        LearntSeries learnt = LearntSeries.of(folders.of(folder), WorkspaceVocabulary.of(folder));
        Path file = existing.orElse(folder.resolve(Configurations.CONFIG_NAMES.get(0)));
        String text = SeriesConfig.write(learnt);
        try {
            configurations.check(file, text);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("what was learnt does not read back as a configuration, so "
                    + file + " was not written: " + e.getMessage());
        }
        AtomicFile.write(file, text);
        return new Result(file, learnt, existing.isPresent());
    }
}
