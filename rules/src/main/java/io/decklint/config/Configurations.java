package io.decklint.config;

import io.decklint.files.BoundedFile;
import io.decklint.files.IgnorePattern;
import io.decklint.files.Ignores;
import io.decklint.files.Repository;
import io.decklint.lint.Rule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the configuration for a deck by walking up from its folder to the nearest folder with a
 * {@code .decklint.yml} (or {@code .decklint.yaml}) or a {@code .decklint-words.txt}, and keeps what it read
 * so a thousand decks in one tree read it once.
 */
public final class Configurations {
    public static final List<String> CONFIG_NAMES = List.of(".decklint.yml", ".decklint.yaml");
    public static final String WORDS_FILE = ".decklint-words.txt";
    /** Files a lint of folders and globs skips, in .gitignore syntax. */
    public static final String IGNORE_FILE = ".decklintignore";

    private final Map<String, Rule> rules;
    private final Packs packs;
    private final Map<Path, Optional<Path>> folderOfDirectory = new ConcurrentHashMap<>();
    private final Map<Path, Configuration> byFolder = new ConcurrentHashMap<>();
    private final Map<Path, Ignores> ignoreFiles = new ConcurrentHashMap<>();
    private volatile ClientSettings editorSettings;
    private volatile boolean readOutsideRepositories;

    public Configurations(List<Rule> rules) {
        this.rules = rules.stream().collect(Collectors.toMap(r -> r.meta().id(), Function.identity()));
        this.packs = new Packs(this.rules);
    }

    public Configuration defaults() {
        return new Configuration(packs, editorSettings, null, null, List.of());
    }

    /**
     * Uses settings an editor sent, written as a {@code .decklint.yml} is (JSON is YAML too), under every
     * project's own {@code .decklint.yml}: a project's file wins where both set a rule. Pack files they
     * extend are found relative to {@code folder}, the workspace's root. Null forgets them.
     *
     * @throws ConfigException when they cannot be used; then the settings in use stay as they were
     */
    public void useEditorSettings(String yaml, Path folder) {
        Path root = folder == null ? Path.of("").toAbsolutePath() : folder.toAbsolutePath().normalize();
        editorSettings = yaml == null ? null : new ClientSettings(new ConfigReader("editor settings (decklint)",
                rules).readConfig(null, root, yaml, name -> packs.resolve(name, root, boundary(root))), root);
        clear();
    }

    /** The configuration for a deck saved at {@code deck}; the defaults when none is found. */
    public Configuration forDeck(Path deck) {
        Path directory = deck.toAbsolutePath().normalize().getParent();
        Optional<Path> folder = directory == null ? Optional.empty()
                : folderOfDirectory.computeIfAbsent(directory, Configurations::findFolder);
        return folder.map(f -> byFolder.computeIfAbsent(f, this::load)).orElseGet(this::defaults);
    }

    /** Reads a configuration file given on the command line, whatever its name. */
    public Configuration fromFile(Path configFile) {
        Path absolute = configFile.toAbsolutePath().normalize();
        return load(absolute.getParent(), absolute);
    }

    /**
     * Reads {@code text} as {@code configFile} would be read once written, so a file that would not read back
     * is never written.
     *
     * @throws ConfigException saying what does not read
     */
    public void check(Path configFile, String text) {
        Path absolute = configFile.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        new ConfigReader(absolute.toString(), rules).readConfig(absolute, folder, text,
                packName -> packs.resolve(packName, folder, boundary(folder)));
    }

    /** Forgets what was read, after a configuration, words or ignore file changed. */
    public void clear() {
        folderOfDirectory.clear();
        byFolder.clear();
        ignoreFiles.clear();
    }

    /**
     * Lets configurations read pack files outside their repository (the user asked for it on the command
     * line); otherwise a pack file is read only inside the repository of the configuration that names it.
     */
    public void allowReadingOutsideRepositories() {
        readOutsideRepositories = true;
        clear();
    }

    /** The folder a configuration in {@code folder} may read files from, or null when it may read any. */
    private Path boundary(Path folder) {
        return readOutsideRepositories ? null : Repository.boundaryOf(folder);
    }

    /**
     * What ignores files for a deck under {@code configuration}: the {@value #IGNORE_FILE} files of the file's
     * folder and of each folder above it up to its repository's root (the deeper file wins where both speak),
     * then the configuration's {@code ignores:}.
     */
    public Ignores ignoresFor(Path file, Configuration configuration) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Ignores fromFiles = folder == null ? Ignores.NONE : ignoreFiles(folder);
        return fromFiles.then(configuration.ignores());
    }

    private Ignores ignoreFiles(Path folder) {
        Ignores known = ignoreFiles.get(folder);
        if (known != null) {
            return known;
        }
        boolean top = folder.getParent() == null || Repository.isRoot(folder);
        Ignores above = top ? Ignores.NONE : ignoreFiles(folder.getParent());
        Path ignoreFile = folder.resolve(IGNORE_FILE);
        Ignores here = Files.isRegularFile(ignoreFile) ? above.then(new Ignores(ignorePatterns(ignoreFile))) : above;
        ignoreFiles.put(folder, here);
        return here;
    }

    private static List<IgnorePattern> ignorePatterns(Path ignoreFile) {
        List<IgnorePattern> patterns = new ArrayList<>();
        List<String> lines = read(ignoreFile).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            try {
                IgnorePattern.parse(lines.get(i), ignoreFile.getParent(), ignoreFile + ":" + (i + 1))
                        .ifPresent(patterns::add);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(ignoreFile.toString(), i + 1, e.getMessage());
            }
        }
        return patterns;
    }

    private static Optional<Path> findFolder(Path directory) {
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            if (configFileIn(dir).isPresent() || Files.isRegularFile(dir.resolve(WORDS_FILE))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> configFileIn(Path dir) {
        return CONFIG_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    private Configuration load(Path folder) {
        return load(folder, configFileIn(folder).orElse(null));
    }

    private Configuration load(Path folder, Path configPath) {
        ConfigFile file = null;
        if (configPath != null) {
            String name = configPath.toString();
            file = new ConfigReader(name, rules).readConfig(configPath, folder, read(configPath),
                    packName -> packs.resolve(packName, folder, boundary(folder)));
        }
        return new Configuration(packs, editorSettings, file, folder, words(folder.resolve(WORDS_FILE)));
    }

    /** Configurations, packs and word lists are written by hand: a larger file is not one. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private static String read(Path file) {
        try {
            return BoundedFile.readUtf8(file, MAX_FILE_BYTES);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file.toString(), 0, "not valid UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    /** One word a line; blank lines and lines starting with # are skipped. */
    private static List<String> words(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return read(file).lines().map(String::trim).filter(w -> !w.isEmpty() && !w.startsWith("#")).toList();
    }
}
