package io.decklint.fuzz;

import io.decklint.Decklint;
import io.decklint.config.Configuration;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.deck.Slide;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fix;
import io.decklint.lint.Fixer;
import io.decklint.lint.Linter;
import io.decklint.text.TextEdit;
import io.decklint.text.TextEdits;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What must hold for any deck, however damaged, run through the engine as the command line runs it (an
 * unsaved deck: no files around it, no workspace): no exception and no failed rule; every finding inside the
 * text, never between the halves of a {@code \r\n} or a surrogate pair; {@code --fix} reaching its fixpoint,
 * changing only what its findings report and no slide structure they do not name, and fixing its own output
 * changes nothing.
 */
final class DeckInvariants {
    /** A broken invariant: {@code kind} says which (and which rule), to keep the same one while shrinking. */
    record Violation(String kind, String detail) {}

    private final Decklint decklint;
    private final Configuration configuration;
    /** Keeps the slides of the last deck it read: the text after a fix differs from the text before in few. */
    private final DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);

    DeckInvariants(Decklint decklint) {
        this.decklint = decklint;
        this.configuration = decklint.configurations().defaults();
    }

    Optional<Violation> check(String text) {
        try {
            return lintChecks(text).or(() -> fixChecks(text));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Optional.of(new Violation("exception " + e.getClass().getSimpleName() + " at " + origin(e),
                    String.valueOf(e)));
        }
    }

    private Optional<Violation> lintChecks(String text) {
        for (Diagnostic d : decklint.lint(text, null, configuration)) {
            if (d.rule().equals(Linter.RULE_FAILURE)) {
                return Optional.of(new Violation("rule-failure " + d.message().replaceAll("\\(.*", ""), d.message()));
            }
            Optional<String> bad = badRange(text, d.range());
            if (bad.isPresent()) {
                return Optional.of(new Violation("range " + d.rule(), bad.get() + ": " + describe(d)));
            }
            for (TextEdit edit : d.safeFix().map(Fix::edits).orElse(List.of())) {
                if (!d.range().contains(edit.range())) {
                    return Optional.of(new Violation("fix outside its finding " + d.rule(),
                            "edit " + edit + " outside " + describe(d)));
                }
                Optional<String> split = badRange(text, edit.range());
                if (split.isPresent()) {
                    return Optional.of(new Violation("fix splits " + d.rule(), split.get() + ": " + edit));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Violation> fixChecks(String text) {
        Fixer.Result fixed = decklint.fix(text, null, configuration);
        if (!fixed.changed(text) && fixed.complete()) {
            return Optional.empty(); // the text already checked, and a fixpoint
        }
        if (!fixed.complete()) {
            return Optional.of(new Violation("fix not finished", fixed.passes().size() + " passes"));
        }
        String before = text;
        for (Fixer.Pass pass : fixed.passes()) {
            String after = TextEdits.apply(before, pass.edits());
            Optional<Violation> broken = structure(before, after, pass);
            if (broken.isPresent()) {
                return broken;
            }
            before = after;
        }
        Fixer.Result again = decklint.fix(fixed.text(), null, configuration);
        if (again.changed(fixed.text())) {
            String rules = again.passes().get(0).fixed().stream().map(Diagnostic::rule).distinct().toList().toString();
            return Optional.of(new Violation("fix not idempotent " + rules, "fixing the fixed deck again applies "
                    + again.passes().get(0).fixed().stream().map(DeckInvariants::describe).toList()));
        }
        return lintChecks(fixed.text()).map(v -> new Violation(v.kind() + " (in the fixed deck)", v.detail()));
    }

    /**
     * Every separator outside the pass's findings keeps its kind ({@code ---} or {@code ----}) and stays a
     * separator; a new one appears only inside a finding.
     */
    private Optional<Violation> structure(String before, String after, Fixer.Pass pass) {
        List<TextRange> named = pass.fixed().stream().map(Diagnostic::range).toList();
        List<Separator> was = separators(parser.parse(before));
        List<Separator> now = separators(parser.parse(after));
        List<Integer> kept = new ArrayList<>();
        for (Separator separator : was) {
            if (named.stream().anyMatch(r -> r.start() <= separator.dashes.end() && separator.dashes.start() <= r.end())) {
                continue;
            }
            int moved = shifted(separator.dashes.start(), pass.edits(), true);
            kept.add(moved);
            if (now.stream().noneMatch(s -> s.dashes.start() == moved && s.vertical == separator.vertical)) {
                return Optional.of(new Violation("slide structure changed by " + rules(pass),
                        "the separator " + separator + " outside every finding changed; findings: "
                                + pass.fixed().stream().map(DeckInvariants::describe).toList()));
            }
        }
        for (Separator separator : now) {
            int at = separator.dashes.start();
            boolean inFinding = named.stream().anyMatch(r -> shifted(r.start(), pass.edits(), false) <= at
                    && at <= shifted(r.end(), pass.edits(), true));
            if (!kept.contains(at) && !inFinding) {
                return Optional.of(new Violation("slide structure changed by " + rules(pass),
                        "a new separator " + separator + " outside every finding; findings: "
                                + pass.fixed().stream().map(DeckInvariants::describe).toList()));
            }
        }
        return Optional.empty();
    }

    private record Separator(TextRange dashes, boolean vertical) {}

    private static List<Separator> separators(Deck deck) {
        List<Separator> separators = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            slide.separatorLine().ifPresent(dashes -> separators.add(new Separator(dashes, slide.isVertical())));
        }
        return separators;
    }

    /**
     * Where an offset of the text before the edits is after them; {@code afterInserts} decides whether text
     * inserted right at the offset goes before it.
     */
    private static int shifted(int offset, List<TextEdit> edits, boolean afterInserts) {
        int delta = 0;
        for (TextEdit edit : edits) {
            boolean before = edit.end() < offset || (edit.end() == offset && (afterInserts || edit.length() > 0));
            if (before) {
                delta += edit.replacement().length() - edit.length();
            }
        }
        return offset + delta;
    }

    /** Why a range cannot be shown in the text, if it cannot. */
    static Optional<String> badRange(String text, TextRange range) {
        if (range.end() > text.length()) {
            return Optional.of("range " + range + " past the end of the text (" + text.length() + ")");
        }
        for (int offset : new int[] {range.start(), range.end()}) {
            if (offset > 0 && offset < text.length()) {
                if (text.charAt(offset - 1) == '\r' && text.charAt(offset) == '\n') {
                    return Optional.of("offset " + offset + " between \\r and \\n");
                }
                if (Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
                    return Optional.of("offset " + offset + " inside a surrogate pair");
                }
            }
        }
        return Optional.empty();
    }

    private static String rules(Fixer.Pass pass) {
        return pass.fixed().stream().map(Diagnostic::rule).distinct().sorted().toList().toString();
    }

    private static String describe(Diagnostic d) {
        return d.rule() + " " + d.range() + " \"" + d.message() + "\" fix " + d.safeFix().map(Fix::edits).orElse(List.of());
    }

    private static String origin(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.decklint")) {
                return frame.getClassName().replaceAll(".*\\.", "") + "." + frame.getMethodName();
            }
        }
        return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
    }
}
