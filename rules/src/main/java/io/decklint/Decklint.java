package io.decklint;

import io.decklint.config.Configuration;
import io.decklint.config.Configurations;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.lint.DeckFiles;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fixer;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.Linter;
import io.decklint.lint.LocalDeckFiles;
import io.decklint.lint.Rule;
import io.decklint.lint.SlideCache;
import io.decklint.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine's front door for the CLI and the language server: lint or fix a deck's text, with the
 * configuration that applies where the deck is saved.
 */
public final class Decklint {
    private final Linter linter;
    private final Configurations configurations;

    public Decklint() {
        this(BuiltInRules.all());
    }

    public Decklint(List<Rule> rules) {
        this.linter = new Linter(rules);
        this.configurations = new Configurations(rules);
    }

    public List<Rule> rules() {
        return linter.rules();
    }

    public Configurations configurations() {
        return configurations;
    }

    /** Lints a deck saved at {@code path} (null for an unsaved one) under the configuration given. */
    public List<Diagnostic> lint(Deck deck, Path path, Configuration configuration) {
        DeckFiles files = path == null ? DeckFiles.NONE : LocalDeckFiles.around(path);
        return linter.lint(deck, configuration.settingsFor(path, deck), new LintEnvironment(files));
    }

    /**
     * Lints as above, re-checking with slide rules only the slides that changed since the last call with the
     * same cache: for an editor that lints one document again and again.
     */
    public List<Diagnostic> lint(Deck deck, Path path, Configuration configuration, SlideCache cache) {
        DeckFiles files = path == null ? DeckFiles.NONE : LocalDeckFiles.around(path);
        return linter.lint(deck, configuration.settingsFor(path, deck), new LintEnvironment(files), cache);
    }

    public List<Diagnostic> lint(String text, Path path, Configuration configuration) {
        return lint(Deck.parse(text), path, configuration);
    }

    /** Applies every safe fix, to a fixpoint; each pass re-parses and re-checks only the slides that changed. */
    public Fixer.Result fix(String text, Path path, Configuration configuration) {
        DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);
        SlideCache cache = new SlideCache();
        return Fixer.fixAll(text, current -> lint(parser.parse(current), path, configuration, cache));
    }
}
