package io.decklint;

import io.decklint.config.Configuration;
import io.decklint.config.Configurations;
import io.decklint.config.WordsFile;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.lint.DeckFiles;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fixer;
import io.decklint.lint.LinkChecker;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.Linter;
import io.decklint.lint.LocalDeckFiles;
import io.decklint.lint.Rule;
import io.decklint.lint.SlideCache;
import io.decklint.rules.BuiltInRules;
import io.decklint.series.SeriesFolders;
import io.decklint.spelling.VocabularyCache;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The engine's front door for the CLI and the language server: lint or fix a deck's text, with the
 * configuration that applies where the deck is saved.
 */
public final class Decklint {
    private final Linter linter;
    private final Configurations configurations;
    private final LinkChecker links;
    private final boolean checkRemote;
    private final Workspaces workspaces;
    private final SeriesFolders series;

    public Decklint() {
        this(BuiltInRules.all());
    }

    public Decklint(List<Rule> rules) {
        this(rules, LinkChecker.NONE, false);
    }

    /**
     * @param links how remote links are looked up, for rules whose options ask for it
     * @param checkRemote look up every remote link, whatever the rules' options say
     */
    public Decklint(List<Rule> rules, LinkChecker links, boolean checkRemote) {
        this(rules, links, checkRemote, VocabularyCache.NONE, Runnable::run);
    }

    /**
     * @param vocabularyCache where the words of workspace files are kept between runs (for the command line,
     *     which starts afresh for every commit)
     * @param counter runs the counting of each workspace's words, which a lint waits for only when a rule
     *     reads them (see {@link Workspaces})
     */
    public Decklint(List<Rule> rules, LinkChecker links, boolean checkRemote, VocabularyCache vocabularyCache,
            Executor counter) {
        this.workspaces = new Workspaces(vocabularyCache, counter);
        this.linter = new Linter(rules);
        this.configurations = new Configurations(knownRules(rules));
        this.links = links;
        this.checkRemote = checkRemote;
        LintFiles lintFiles = new LintFiles(configurations, null, true);
        this.series = new SeriesFolders(file -> lintFiles.ignoring(file).isPresent());
    }

    /**
     * Configuration is read against every rule there is, so that a pack setting a built-in rule still loads
     * when this instance runs other rules.
     */
    private static List<Rule> knownRules(List<Rule> rules) {
        Map<String, Rule> known = new LinkedHashMap<>();
        BuiltInRules.all().forEach(rule -> known.put(rule.meta().id(), rule));
        rules.forEach(rule -> known.put(rule.meta().id(), rule));
        return List.copyOf(known.values());
    }

    public List<Rule> rules() {
        return linter.rules();
    }

    public Configurations configurations() {
        return configurations;
    }

    /** The workspace vocabularies this instance has built, one per folder tree. */
    public Workspaces workspaces() {
        return workspaces;
    }

    /** The series of the decks in each folder this instance has linted in, kept while their files do not change. */
    public SeriesFolders series() {
        return series;
    }

    /** Lints a deck saved at {@code path} (null for an unsaved one) under the configuration given. */
    public List<Diagnostic> lint(Deck deck, Path path, Configuration configuration) {
        return lint(deck, path, configuration, null);
    }

    /**
     * Lints as above, re-checking with slide rules only the slides that changed since the last call with the
     * same cache (null: every slide): for an editor that lints one document again and again.
     */
    public List<Diagnostic> lint(Deck deck, Path path, Configuration configuration, SlideCache cache) {
        DeckFiles files = path == null ? DeckFiles.NONE : LocalDeckFiles.around(path);
        LintEnvironment environment = new LintEnvironment(files, links, checkRemote,
                workspaces.forDeck(path, configuration), series.around(path));
        return linter.lint(deck, configuration.settingsFor(path, deck), environment, cache);
    }

    public List<Diagnostic> lint(String text, Path path, Configuration configuration) {
        return lint(Deck.parse(text), path, configuration);
    }

    /**
     * "Add to the workspace words": adds a word to the {@code .decklint-words.txt} of the deck's workspace
     * (the folder of its configuration, else its own folder), forgets the configurations read so far so the
     * next lint sees the word, and returns the file written.
     */
    public Path addWorkspaceWord(Path deck, String word) throws java.io.IOException {
        return addWorkspaceWord(deck, null, word);
    }

    /**
     * As above, for an editor with a workspace folder open: a deck below {@code workspaceFolder} with no
     * configuration above it gets the words file in that folder, so the word counts for every deck in it (and
     * for the command line run there), not only for the decks beside this one.
     */
    public Path addWorkspaceWord(Path deck, Path workspaceFolder, String word) throws java.io.IOException {
        Configuration configuration = configurations.forDeck(deck);
        Path folder = configuration.folder().orElseGet(() -> workspaceFolder != null
                && deck.toAbsolutePath().normalize().startsWith(workspaceFolder) ? workspaceFolder
                : Workspaces.root(deck, configuration));
        Path file = WordsFile.add(folder, List.of(word));
        configurations.clear();
        return file;
    }

    /** Applies every safe fix, to a fixpoint; each pass re-parses and re-checks only the slides that changed. */
    public Fixer.Result fix(String text, Path path, Configuration configuration) {
        DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);
        SlideCache cache = new SlideCache();
        return Fixer.fixAll(text, current -> lint(parser.parse(current), path, configuration, cache));
    }
}
