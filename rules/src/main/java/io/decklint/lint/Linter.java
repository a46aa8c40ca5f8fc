package io.decklint.lint;

import io.decklint.deck.Deck;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

/** Runs the enabled rules over a deck, applies the configuration and inline directives, and sorts findings. */
public final class Linter {
    /** The id of findings about a rule that failed, rather than about the deck. */
    public static final String RULE_FAILURE = "rule-failure";

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.range().start())
            .thenComparingInt(d -> d.range().end())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    private final List<Rule> rules;

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Diagnostic> lint(Deck deck, LintSettings settings, LintEnvironment environment) {
        return lint(deck, settings, environment, null);
    }

    /**
     * Lints as above, but slide rules re-check only the slides that changed since the last run with the same
     * cache (null: check every slide). The findings are the same either way.
     */
    public List<Diagnostic> lint(Deck deck, LintSettings settings, LintEnvironment environment, SlideCache cache) {
        if (cache != null) {
            cache.begin(deck, settings);
        }
        InlineDirectives directives = InlineDirectives.of(deck);
        List<Diagnostic> findings = new ArrayList<>();
        for (Rule rule : rules) {
            checkpoint();
            RuleSetting setting = settings.forRule(rule.meta().id());
            if (!setting.enabled()) {
                continue;
            }
            Severity severity = setting.severity() != null ? setting.severity() : rule.meta().severity();
            RuleContext context = new RuleContext(deck, rule.meta(), severity, setting.severity() != null,
                    setting.options(), environment, settings.words());
            try {
                if (cache != null && rule instanceof SlideRule slideRule) {
                    cache.check(slideRule, setting, deck, context);
                } else {
                    rule.check(deck, context);
                }
            } catch (RuleOptions.OptionException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                checkpoint(); // a rule stopped by the interrupt was cancelled, it did not fail
                findings.add(failure(deck, rule, e));
                continue;
            }
            for (Diagnostic diagnostic : context.reported()) {
                if (!directives.suppresses(diagnostic, deck.source())) {
                    findings.add(diagnostic);
                }
            }
        }
        findings.sort(ORDER);
        if (cache != null) {
            cache.end();
        }
        return findings;
    }

    /**
     * Where a run may be cancelled: an editor interrupts the thread linting a text it has since changed, and the
     * run stops here (between rules, and between the slides a slide rule checks) instead of finishing for nothing.
     */
    static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the lint was cancelled");
        }
    }

    /** A rule that throws must not take the others down: it becomes one finding that names it. */
    private static Diagnostic failure(Deck deck, Rule rule, Throwable e) {
        String message = "rule '" + rule.meta().id() + "' failed on this deck and was skipped ("
                + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "")
                + "); please report this";
        return new Diagnostic(RULE_FAILURE, Severity.ERROR, message, TextRange.at(0), deck.slideAt(0).index(),
                List.of());
    }
}
