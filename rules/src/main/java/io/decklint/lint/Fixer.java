package io.decklint.lint;

import io.decklint.text.TextEdit;
import io.decklint.text.TextEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Applies safe fixes until none is left, as ESLint does: each pass takes the fixes that do not conflict with
 * one taken before, applies them to the text, and lints again, since a fix may uncover or settle others.
 */
public final class Fixer {
    private static final int MAX_PASSES = 10;

    private Fixer() {}

    /** The fixed text and how many fixes went into it. */
    public record Result(String text, int applied) {
        public boolean changed(String original) {
            return !text.equals(original);
        }
    }

    public static Result fixAll(String text, Function<String, List<Diagnostic>> lint) {
        String current = text;
        int applied = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<TextEdit> chosen = new ArrayList<>();
            int taken = 0;
            for (Diagnostic diagnostic : lint.apply(current)) {
                List<TextEdit> edits = diagnostic.safeFix().map(Fix::edits).orElse(List.of());
                if (!edits.isEmpty() && TextEdits.fitsWith(chosen, edits)) {
                    chosen.addAll(edits);
                    taken++;
                }
            }
            if (taken == 0) {
                break;
            }
            String next = TextEdits.apply(current, chosen);
            if (next.equals(current)) {
                break;
            }
            current = next;
            applied += taken;
        }
        return new Result(current, applied);
    }
}
