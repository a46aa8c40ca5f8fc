package io.decklint.lint;

import io.decklint.deck.Deck;
import io.decklint.series.SeriesPlace;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one rule sees during one run, and where it reports. */
public final class RuleContext {
    private final Deck deck;
    private final RuleMeta meta;
    private final Severity severity;
    private final boolean severityConfigured;
    private final RuleOptions options;
    private final LintEnvironment environment;
    private final List<String> words;
    private final List<Diagnostic> reported = new ArrayList<>();

    RuleContext(Deck deck, RuleMeta meta, Severity severity, boolean severityConfigured, RuleOptions options,
            LintEnvironment environment, List<String> words) {
        this.deck = deck;
        this.meta = meta;
        this.severity = severity;
        this.severityConfigured = severityConfigured;
        this.options = options;
        this.environment = environment;
        this.words = words;
    }

    public Deck deck() {
        return deck;
    }

    public RuleOptions options() {
        return options;
    }

    public LintEnvironment environment() {
        return environment;
    }

    /**
     * The deck's place in its series (its siblings, its previous deck), read from the folder it is saved in;
     * empty when no other deck there belongs with it, so a series rule has nothing to say.
     */
    public Optional<SeriesPlace> series() {
        return environment.series().place(deck);
    }

    /** The words the user's configuration adds to the speller's. */
    public List<String> words() {
        return words;
    }

    public void report(TextRange range, String message, Fix... fixes) {
        report(meta.severity(), range, message, fixes);
    }

    /**
     * Reports a finding whose default severity differs from the rule's (a YAML error beside an ignored key);
     * a severity set in the configuration still wins.
     */
    public void report(Severity findingSeverity, TextRange range, String message, Fix... fixes) {
        reportWithData(findingSeverity, range, message, null, fixes);
    }

    /** Reports a finding that carries {@link Diagnostic#data() data} for editors. */
    public void reportWithData(Severity findingSeverity, TextRange range, String message, String data, Fix... fixes) {
        Severity effective = severityConfigured ? severity : findingSeverity;
        reported.add(new Diagnostic(meta.id(), effective, message, range, deck.slideAt(range.start()).index(),
                List.of(fixes), data, findingSeverity));
    }

    List<Diagnostic> reported() {
        return reported;
    }
}
