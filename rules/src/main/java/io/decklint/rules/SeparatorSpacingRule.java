package io.decklint.rules;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.lint.Rule;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code ---} or {@code ----} line that HedgeDoc does not treat as a slide separator, because reveal.js's
 * pattern needs a blank line on both sides and nothing else on the line. Such a line silently becomes a
 * heading underline (under a paragraph line) or a horizontal rule. A file in which most separators do not
 * work is written for plain reveal.js, whose default separator needs no blank lines: that is said once.
 */
public final class SeparatorSpacingRule implements Rule {
    /** From this many broken separators, outnumbering the working ones, a file follows plain reveal.js. */
    private static final int PLAIN_REVEAL = 3;

    private static final RuleMeta META = new RuleMeta("separator-spacing", Severity.ERROR, true,
            "A --- or ---- line does not split slides because it is glued to text or has extra spaces.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /**
     * A dashes line that does not split, what is wrong with it, and how to mend it: the fix that leaves the
     * deck clean first, as {@code --fix} applies the first safe fix and the editor prefers it.
     */
    private record Finding(TextRange at, String dashes, String message, List<Fix> fixes, boolean authorsCall) {}

    @Override
    public void check(Deck deck, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            findings(deck, slide, findings);
        }
        // The fences of front matter that does not start the file are front-matter's finding, not ours.
        deck.misplacedFrontMatter().ifPresent(block -> findings.removeIf(f -> block.range().contains(f.at().start())));
        int working = deck.slides().size() - 1;
        if (findings.size() >= PLAIN_REVEAL && findings.size() > working) {
            reportPlainReveal(context, findings);
            return;
        }
        for (Finding finding : findings) {
            context.report(finding.at(), finding.message(), finding.fixes().toArray(Fix[]::new));
        }
    }

    /** Each dashes line is its own finding, so each fix mends only the line it names. */
    private static void reportPlainReveal(RuleContext context, List<Finding> findings) {
        String message = " does not start a new slide: this file separates slides the way plain reveal.js does ("
                + findings.size() + " such lines), but HedgeDoc needs a blank line before and after each "
                + "separator, so it merges those slides.";
        for (Finding finding : findings) {
            Fix first = finding.fixes().get(0);
            Fix fix = first.safe() || finding.authorsCall() ? first
                    : Fix.safe("Add blank lines around the separator", first.edits().toArray(TextEdit[]::new));
            context.report(finding.at(), "This " + finding.dashes() + message, fix);
        }
    }

    /**
     * The dashes lines of a slide that do not split. A line that starts the body is never a separator (the
     * pattern needs a line break before the dashes) and mending its spaces would make it a front-matter fence.
     */
    private static void findings(Deck deck, Slide slide, List<Finding> findings) {
        SourceText source = deck.source();
        int bodyStart = deck.bodyStart();
        if (!slide.text().contains("---")) {
            return;
        }
        List<TextRange> skipped = null; // found only for the slides that have a dashes line: few do
        int first = source.lineOf(slide.range().start());
        int last = source.lineOf(slide.range().end());
        for (int line = first; line <= last; line++) {
            int start = source.lineStart(line);
            if (start < slide.range().start() || start >= slide.range().end() || start == bodyStart) {
                continue;
            }
            String dashes = source.lineText(line).strip();
            if (dashes.equals("---") || dashes.equals("----")) {
                skipped = skipped == null ? codeAndHtml(slide) : skipped;
                if (!inside(skipped, start)) {
                    finding(deck, line, dashes, slide).ifPresent(findings::add);
                }
            }
        }
    }

    private static Optional<Finding> finding(Deck deck, int line, String dashes, Slide slide) {
        SourceText source = deck.source();
        TextRange at = new TextRange(source.lineStart(line), source.lineEnd(line));
        String kind = dashes.length() == 3 ? "slide separator" : "vertical slide separator";
        boolean gluedAbove = line > 0 && !source.lineText(line - 1).isBlank();
        boolean gluedBelow = line + 1 < source.lineCount() && !source.lineText(line + 1).isBlank();
        if (!gluedAbove && !gluedBelow && source.lineText(line).equals(dashes)) {
            return Optional.empty();
        }
        // One edit of the dashes line itself, blank lines included: the fix changes only the line it reports.
        String mended = (gluedAbove ? source.lineEndingAt(at.start()) : "") + dashes
                + (gluedBelow ? source.lineEndingAt(at.end()) : "");
        TextEdit edit = TextEdit.replace(at, mended);
        boolean heading = underlinesHeading(slide, at);
        // Mending this line can make another split or stop splitting: a dashes line next to it (a front matter's
        // fence, say), or the dashes a deck opens with, which a new line break and dashes would close as front
        // matter. Then the author decides, --fix does not.
        boolean authorsCall = isDashes(source, line - 1) || isDashes(source, line + 1)
                || deck.bodyStart() == 0 && source.text().startsWith("---");
        String message;
        if (gluedAbove || gluedBelow) {
            String side = gluedAbove && gluedBelow ? "above and below" : gluedAbove ? "above" : "below";
            message = "This " + dashes + " does not start a new slide: it needs a blank line " + side
                    + (heading ? "; HedgeDoc makes the line above a heading instead "
                            + "(for a heading, start the line with #)." : "; HedgeDoc shows a horizontal rule instead.");
        } else {
            message = "This " + dashes + " does not start a new slide: a " + kind
                    + " line must hold nothing but the dashes.";
        }
        // Under a paragraph line the dashes may be a heading's underline that was meant: splitting the slide
        // there is the author's call, so the fix is offered in the editor only. It is an error all the same: in
        // a deck a --- almost always meant a new slide, and a hook must not let two merged slides pass.
        String mendTitle = gluedAbove ? "Add blank lines around the " + kind : "Make it a " + kind;
        if (!heading && leavesEmptySlide(source, slide, line)) {
            // A stray line: as a separator it would start a slide with nothing on it, which empty-slide then
            // deletes. Deleting the line at once leaves the deck clean in one step, in the editor too.
            // The finding takes in the line break the fix deletes with the dashes: a fix stays inside its finding.
            TextRange wholeLine = source.wholeLine(line);
            return Optional.of(new Finding(wholeLine, dashes, message, List.of(
                    new Fix("Delete this " + dashes + " (as a separator it would start an empty slide)",
                            List.of(TextEdit.delete(wholeLine)), !authorsCall),
                    Fix.suggestion(mendTitle + " (starts an empty slide)", edit)), authorsCall));
        }
        return Optional.of(new Finding(at, dashes, message,
                List.of(new Fix(mendTitle, List.of(edit), !heading && !authorsCall)), authorsCall));
    }

    /** A line of only dashes, as a front matter's fence or a separator is written (a run of " ---" is not). */
    private static boolean isDashes(SourceText source, int line) {
        if (line < 0 || line >= source.lineCount()) {
            return false;
        }
        String text = source.lineText(line);
        return text.equals("---") || text.equals("----");
    }

    /**
     * Whether the dashes, made a separator, would have nothing but blank lines between them and the slide's
     * start or end: the slide they start, or the one they end, would be empty.
     */
    private static boolean leavesEmptySlide(SourceText source, Slide slide, int line) {
        String text = source.text();
        int end = slide.range().end();
        return text.substring(slide.range().start(), source.lineStart(line)).isBlank()
                || source.nextLineStart(line) >= end || text.substring(source.nextLineStart(line), end).isBlank();
    }

    /** A paragraph line followed by dashes is a setext heading. */
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
