package io.decklint.lint;

import io.decklint.text.TextEdit;
import io.decklint.text.TextEdits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies safe fixes until none is left, as ESLint does: each pass takes the fixes that do not conflict with
 * one taken before, applies them to the text, and lints again, since a fix may uncover or settle others.
 * A fix edits only inside the range of its finding, so every pass changes only what its findings name.
 */
public final class Fixer {
    /**
     * Far more passes than fixes that wait on each other in any real deck; only fixes that undo each other
     * could need more, and then the run says it stopped.
     */
    static final int MAX_PASSES = 100;

    private Fixer() {}

    /** One pass: the findings whose fixes were applied, and their edits, against the text before the pass. */
    public record Pass(List<Diagnostic> fixed, List<TextEdit> edits) {}

    /**
     * The fixed text, how many fixes went into it, the passes that made it, and whether it is a fixpoint
     * (false when the passes ran out or came back to a text seen before while fixes were still left).
     */
    public record Result(String text, int applied, List<Pass> passes, boolean complete) {
        public boolean changed(String original) {
            return !text.equals(original);
        }
    }

    public static Result fixAll(String text, Function<String, List<Diagnostic>> lint) {
        String current = text;
        int applied = 0;
        List<Pass> passes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(current);
        while (true) {
            List<Diagnostic> fixed = new ArrayList<>();
            List<TextEdit> chosen = new ArrayList<>();
            for (Diagnostic diagnostic : lint.apply(current)) {
                List<TextEdit> edits = diagnostic.safeFix().map(Fix::edits).orElse(List.of());
                if (!edits.isEmpty() && TextEdits.fitsWith(chosen, edits)) {
                    chosen.addAll(edits);
                    fixed.add(diagnostic);
                }
            }
            String next = fixed.isEmpty() ? current : TextEdits.apply(current, chosen);
            if (next.equals(current)) {
                return new Result(current, applied, List.copyOf(passes), true);
            }
            if (passes.size() == MAX_PASSES || !seen.add(next)) {
                return new Result(current, applied, List.copyOf(passes), false);
            }
            passes.add(new Pass(List.copyOf(fixed), List.copyOf(chosen)));
            current = next;
            applied += fixed.size();
        }
    }
}
