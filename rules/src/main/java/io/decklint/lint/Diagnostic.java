package io.decklint.lint;

import io.decklint.deck.SlideIndex;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A finding: which rule, how bad, what is wrong, where, on which slide, and how to fix it. {@code data} is
 * an optional, rule-defined value for editors that act on a finding beyond its fixes (the spelling rule puts
 * the word there, for "add to the workspace words"); null when the rule has none. {@code defaultSeverity} is
 * the severity the rule gave this finding before a configuration set another (a rule may give its findings
 * different ones: the spelling rule's unknown words are {@code info}, its known misspellings {@code warning}).
 */
public record Diagnostic(String rule, Severity severity, String message, TextRange range, SlideIndex slide,
        List<Fix> fixes, String data, Severity defaultSeverity) {
    public Diagnostic {
        fixes = List.copyOf(fixes);
    }

    public Diagnostic(String rule, Severity severity, String message, TextRange range, SlideIndex slide,
            List<Fix> fixes, String data) {
        this(rule, severity, message, range, slide, fixes, data, severity);
    }

    public Diagnostic(String rule, Severity severity, String message, TextRange range, SlideIndex slide,
            List<Fix> fixes) {
        this(rule, severity, message, range, slide, fixes, null);
    }

    /** The fix {@code --fix} applies, if there is one. */
    public Optional<Fix> safeFix() {
        return fixes.stream().filter(Fix::safe).findFirst();
    }

    public boolean fixable() {
        return safeFix().isPresent();
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, message, range, slide, fixes, data, defaultSeverity);
    }

    /** The same finding for the same text moved by {@code delta} characters (its fixes move with it). */
    public Diagnostic shift(int delta) {
        return delta == 0 ? this : new Diagnostic(rule, severity, message, range.shift(delta), slide,
                fixes.stream().map(f -> f.shift(delta)).toList(), data, defaultSeverity);
    }
}
