package io.decklint.config;

import io.decklint.deck.Deck;
import io.decklint.files.Ignores;
import io.decklint.lint.LintSettings;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.RuleSetting;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings that apply in one folder tree: the built-in packs that recognise a deck by itself, then the
 * editor's settings (when a language server was given some), then the packs a {@code .decklint.yml} extends,
 * its own rules, and its overrides for matching files, each layer over the one before. Words come from every
 * layer and from {@code .decklint-words.txt}.
 */
public final class Configuration {
    /** A configuration file with the folder its override globs are relative to. */
    private record Layer(ConfigFile file, Path folder, List<List<PathMatcher>> overrideMatchers) {
        static Layer of(ConfigFile file, Path folder) {
            if (file == null) {
                return null;
            }
            List<List<PathMatcher>> matchers = new ArrayList<>();
            for (ConfigFile.Override override : file.overrides()) {
                matchers.add(override.files().stream().map(Configuration::glob).toList());
            }
            return new Layer(file, folder, matchers);
        }
    }

    private final Packs packs;
    private final Layer editor;
    private final Layer project;
    private final Path folder;
    private final List<String> wordsFile;

    Configuration(Packs packs, ClientSettings editor, ConfigFile file, Path folder, List<String> wordsFile) {
        this.packs = packs;
        this.editor = editor == null ? null : Layer.of(editor.file(), editor.folder());
        this.project = Layer.of(file, folder);
        this.folder = folder;
        this.wordsFile = List.copyOf(wordsFile);
    }

    /** The built-in defaults, with no configuration file. */
    public static Configuration defaults(Packs packs) {
        return new Configuration(packs, null, null, null, List.of());
    }

    /** The configuration file in effect, if there is one. */
    public Optional<Path> file() {
        return project == null ? Optional.empty() : Optional.ofNullable(project.file().path());
    }

    /** The folder the configuration belongs to, where workspace words are kept. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The {@code ignores:} of the editor's settings and of the configuration file, in that order. */
    public Ignores ignores() {
        Ignores ignores = Ignores.NONE;
        for (Layer layer : new Layer[] {editor, project}) {
            if (layer != null) {
                ignores = ignores.then(new Ignores(layer.file().ignores()));
            }
        }
        return ignores;
    }

    public LintSettings settingsFor(Path deckPath, Deck deck) {
        Map<String, RuleSetting> rules = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (Pack pack : packs.builtIn()) {
            if (pack.appliesTo(deck) && !extendedBy(editor, pack) && !extendedBy(project, pack)) {
                apply(pack.rules(), rules);
                words.addAll(pack.words());
            }
        }
        for (Layer layer : new Layer[] {editor, project}) {
            if (layer != null) {
                apply(layer, deckPath, rules, words);
            }
        }
        words.addAll(wordsFile);
        return new LintSettings(rules, words);
    }

    private static boolean extendedBy(Layer layer, Pack pack) {
        return layer != null && layer.file().extended().contains(pack);
    }

    private static void apply(Layer layer, Path deckPath, Map<String, RuleSetting> rules, List<String> words) {
        ConfigFile file = layer.file();
        for (Pack pack : file.extended()) {
            apply(pack.rules(), rules);
            words.addAll(pack.words());
        }
        apply(file.rules(), rules);
        words.addAll(file.words());
        String relative = relative(deckPath, layer.folder());
        for (int i = 0; i < file.overrides().size(); i++) {
            if (relative != null && matches(layer.overrideMatchers().get(i), relative)) {
                apply(file.overrides().get(i).rules(), rules);
            }
        }
    }

    private static void apply(Map<String, RuleEntry> entries, Map<String, RuleSetting> settings) {
        entries.forEach((id, entry) -> {
            RuleSetting before = settings.getOrDefault(id, RuleSetting.DEFAULT);
            Map<String, Object> options = new LinkedHashMap<>(before.options().values());
            options.putAll(entry.options().values());
            String origin = entry.options().values().isEmpty() ? before.options().origin() : entry.options().origin();
            settings.put(id, new RuleSetting(
                    entry.enabled() != null ? entry.enabled() : before.enabled(),
                    entry.severity() != null ? entry.severity() : before.severity(),
                    new RuleOptions(options, origin)));
        });
    }

    private static String relative(Path deckPath, Path folder) {
        if (deckPath == null || folder == null) {
            return null;
        }
        Path absolute = deckPath.toAbsolutePath().normalize();
        return absolute.startsWith(folder) ? folder.relativize(absolute).toString().replace('\\', '/') : null;
    }

    private static boolean matches(List<PathMatcher> matchers, String relative) {
        Path path = Path.of(relative);
        return matchers.stream().anyMatch(m -> m.matches(path));
    }

    /** Globs as markdownlint and ESLint users write them: {@code **}{@code /x.md} also matches {@code x.md}. */
    static PathMatcher glob(String pattern) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        if (!pattern.startsWith("**/")) {
            return matcher;
        }
        PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3));
        return path -> matcher.matches(path) || top.matches(path);
    }
}
