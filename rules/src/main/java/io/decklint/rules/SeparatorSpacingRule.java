package io.decklint.rules;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Slide;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.lint.SlideRule;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ---} or {@code ----} line that HedgeDoc does not treat as a slide separator, because reveal.js's
 * pattern needs a blank line on both sides and nothing else on the line. Such a line silently becomes a
 * heading underline (under a paragraph line) or a horizontal rule.
 */
public final class SeparatorSpacingRule implements SlideRule {
    private static final RuleMeta META = new RuleMeta("separator-spacing", Severity.ERROR, true,
            "A --- or ---- line does not split slides because it is glued to text or has extra spaces.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSlide(Slide slide, RuleContext context) {
        SourceText source = context.deck().source();
        String newline = source.lineEnding();
        List<TextRange> skipped = codeAndHtml(slide);
        int first = source.lineOf(slide.range().start());
        int last = source.lineOf(slide.range().end());
        for (int line = first; line <= last; line++) {
            int start = source.lineStart(line);
            if (start < slide.range().start() || start >= slide.range().end() || inside(skipped, start)) {
                continue;
            }
            String dashes = source.lineText(line).strip();
            if (dashes.equals("---") || dashes.equals("----")) {
                check(context, source, line, dashes, slide, newline);
            }
        }
    }

    private static void check(RuleContext context, SourceText source, int line, String dashes, Slide slide,
            String newline) {
        TextRange at = new TextRange(source.lineStart(line), source.lineEnd(line));
        String kind = dashes.length() == 3 ? "slide separator" : "vertical slide separator";
        boolean gluedAbove = line > 0 && !source.lineText(line - 1).isBlank();
        boolean gluedBelow = line + 1 < source.lineCount() && !source.lineText(line + 1).isBlank();
        List<TextEdit> edits = new ArrayList<>();
        if (gluedAbove) {
            edits.add(TextEdit.insert(at.start(), newline));
        }
        if (!source.lineText(line).equals(dashes)) {
            edits.add(TextEdit.replace(at, dashes));
        }
        if (gluedBelow) {
            edits.add(TextEdit.insert(source.nextLineStart(line), newline));
        }
        if (edits.isEmpty()) {
            return;
        }
        String message;
        if (gluedAbove || gluedBelow) {
            String side = gluedAbove && gluedBelow ? "above and below" : gluedAbove ? "above" : "below";
            message = "This " + dashes + " does not start a new slide: it needs a blank line " + side
                    + (underlinesHeading(slide, at) ? "; HedgeDoc makes the line above a heading instead."
                            : "; HedgeDoc shows a horizontal rule instead.");
        } else {
            message = "This " + dashes + " does not start a new slide: a " + kind
                    + " line must hold nothing but the dashes.";
        }
        Fix fix = new Fix(gluedAbove ? "Add blank lines around the " + kind : "Make it a " + kind, edits,
                !underlinesHeading(slide, at));
        Severity severity = underlinesHeading(slide, at) ? Severity.WARNING : Severity.ERROR;
        context.report(severity, at, message, fix);
    }

    /** A paragraph line followed by dashes is a setext heading: maybe meant, so only a warning. */
    private static boolean underlinesHeading(Slide slide, TextRange dashes) {
        for (Node node : slide.ast().getDescendants()) {
            if (node instanceof Heading heading && heading.isSetextHeading()
                    && slide.rangeOf(heading).contains(dashes.start())) {
                return true;
            }
        }
        return false;
    }

    /** Dashes in code or raw HTML are text, not separators. */
    private static List<TextRange> codeAndHtml(Slide slide) {
        List<TextRange> ranges = new ArrayList<>();
        for (Node node : slide.ast().getDescendants()) {
            if (node instanceof Block && isCodeOrHtml(node)) {
                ranges.add(slide.rangeOf(node));
            }
        }
        return ranges;
    }

    private static boolean isCodeOrHtml(Node node) {
        return node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock
                || node instanceof com.vladsch.flexmark.ast.HtmlBlockBase;
    }

    private static boolean inside(List<TextRange> ranges, int offset) {
        return ranges.stream().anyMatch(r -> r.contains(offset));
    }
}
