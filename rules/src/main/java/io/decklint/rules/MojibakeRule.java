package io.decklint.rules;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.lint.Fix;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Text garbled by a wrong encoding round trip ("â€“" for "–", "Ã¼" for "ü"), and U+FFFD where text was lost.
 * It looks at the whole deck, front matter included (a garbled title shows in the browser's tab), so it is a
 * plain rule, not a {@link io.decklint.lint.SlideRule}. Code is checked too, since a round trip garbles code like
 * everything else, but there the repair is only offered: a deck about encodings may show garbled text on purpose.
 */
public final class MojibakeRule implements Rule {
    private static final RuleMeta META = new RuleMeta("mojibake", Severity.ERROR, true,
            "Text garbled by a wrong encoding (\"â€“\" for \"–\"), or lost to one (U+FFFD).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        String text = deck.text();
        List<Mojibake.Damage> damages = Mojibake.find(text);
        List<TextRange> code = damages.isEmpty() ? List.of() : code(deck);
        for (Mojibake.Damage damage : damages) {
            TextRange at = new TextRange(damage.start(), damage.end());
            String garbled = at.of(text);
            if (damage.repaired() == null) {
                String what = garbled.charAt(0) == '\uFFFD'
                        ? (garbled.length() == 1 ? "U+FFFD (\uFFFD) stands" : garbled.length() + " U+FFFD (\uFFFD) stand")
                        : "\"" + garbled + "\" is a garbled U+FFFD (\uFFFD), which stands";
                context.report(at, what + " where text was lost to a wrong encoding: HedgeDoc shows it as it is. "
                        + "Retype what was there.");
                continue;
            }
            boolean inCode = code.stream().anyMatch(r -> r.contains(damage.start()));
            context.report(at, message(garbled, damage, inCode), fix(at, damage, inCode));
        }
    }

    private static String message(String garbled, Mojibake.Damage damage, boolean inCode) {
        String was = damage.repaired().isEmpty() ? "a byte-order mark" : "\"" + visible(damage.repaired()) + "\"";
        String how = damage.rounds() > 1 ? " garbled more than once" : " garbled";
        String message = "\"" + visible(garbled) + "\" is " + (damage.guessed() ? "probably " : "") + was + how
                + " by a wrong encoding (UTF-8 read as Windows-1252"
                + (damage.guessed() ? ", and its last byte lost" : "") + "): HedgeDoc shows the garbled characters.";
        return inCode ? message + " It is in code, so the repair is offered, not made by --fix." : message;
    }

    private static Fix fix(TextRange at, Mojibake.Damage damage, boolean inCode) {
        TextEdit edit = TextEdit.replace(at, damage.repaired());
        String title = damage.repaired().isEmpty() ? "Delete the garbled byte-order mark"
                : "Repair to \"" + visible(damage.repaired()) + "\"";
        return inCode || damage.guessed() ? Fix.suggestion(title, edit) : Fix.safe(title, edit);
    }

    /**
     * Shows what cannot be seen: C1 control characters (bytes Windows-1252 leaves undefined), no-break and other
     * special spaces, soft hyphens and zero-width characters, as {@code <U+00A0>}.
     */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean invisible = Character.isISOControl(c) || (Character.isSpaceChar(c) && c != ' ')
                    || Character.getType(c) == Character.FORMAT;
            out.append(invisible ? String.format("<U+%04X>", c) : Character.toString(c));
        });
        return out.toString();
    }

    /** Code spans and blocks, where text is shown as written. */
    private static List<TextRange> code(Deck deck) {
        List<TextRange> ranges = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            for (Node node : slide.ast().getDescendants()) {
                if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                    ranges.add(slide.rangeOf(node));
                }
            }
        }
        return ranges;
    }
}
