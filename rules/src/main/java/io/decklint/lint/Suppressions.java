package io.decklint.lint;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import java.util.Optional;

/**
 * Edits that switch a rule off where one finding is, with the comments {@link InlineDirectives} reads: for the
 * finding's line ({@code decklint-disable-line}) or for its slide ({@code decklint-disable} at the slide's
 * start, {@code decklint-enable} at its end). Each is offered only where the comment cannot change what the
 * audience sees.
 */
public final class Suppressions {
    private Suppressions() {}

    /**
     * Appends {@code <!-- decklint-disable-line rule -->} to the finding's line, when that line is text of a
     * paragraph or heading: there an HTML comment renders as nothing. Elsewhere (a separator, a table row,
     * code, raw HTML, the front matter) it would change the slide, so none is offered.
     */
    public static Optional<Fix> forLine(Deck deck, Diagnostic diagnostic) {
        SourceText source = deck.source();
        Slide slide = deck.slideAt(diagnostic.range().start());
        if (!suppressible(diagnostic) || diagnostic.range().start() < slide.range().start()) {
            return Optional.empty();
        }
        int line = source.lineOf(diagnostic.range().start());
        int end = source.lineEnd(line);
        String text = source.lineText(line);
        if (end > slide.range().end() || text.isBlank() || text.endsWith("\\") || !inText(slide, end)) {
            return Optional.empty();
        }
        String comment = " <!-- decklint-disable-line " + diagnostic.rule() + " -->";
        return Optional.of(Fix.suggestion("Disable " + diagnostic.rule() + " for this line",
                TextEdit.insert(end, comment)));
    }

    /**
     * Puts {@code <!-- decklint-disable rule -->} on a line of its own at the slide's start and
     * {@code <!-- decklint-enable rule -->} at its end. Not offered for a finding before the slide's text (on
     * its separator), nor when the slide ends inside an unclosed code block or comment.
     */
    public static Optional<Fix> forSlide(Deck deck, Diagnostic diagnostic) {
        SourceText source = deck.source();
        String text = source.text();
        Slide slide = deck.slideAt(diagnostic.range().start());
        int start = slide.range().start();
        // After a separator the slide starts with the blank line the separator needs, after the front matter
        // with the rest of its closing line: the comment goes on the line after either.
        if (start > 0 && !(start == 1 && text.charAt(0) == '\uFEFF')) {
            start = source.nextLineStart(source.lineOf(start));
        }
        if (!suppressible(diagnostic) || diagnostic.range().start() < start || endsOpen(slide)) {
            return Optional.empty();
        }
        int end = slide.range().end();
        boolean atLineStart = end == 0 || SourceText.isLineBreak(text.charAt(end - 1));
        String enable = "<!-- decklint-enable " + diagnostic.rule() + " -->";
        String newline = source.lineEndingAt(end);
        return Optional.of(Fix.suggestion("Disable " + diagnostic.rule() + " for this slide",
                TextEdit.insert(start, "<!-- decklint-disable " + diagnostic.rule() + " -->"
                        + source.lineEndingAt(start)),
                TextEdit.insert(end, atLineStart ? enable + newline : newline + enable)));
    }

    private static boolean suppressible(Diagnostic diagnostic) {
        return !diagnostic.rule().equals(Linter.RULE_FAILURE);
    }

    /** True when the deepest block at {@code offset} is a paragraph or a heading's text line. */
    private static boolean inText(Slide slide, int offset) {
        int relative = offset - slide.range().start();
        Node deepest = null;
        for (Node node : slide.ast().getDescendants()) {
            if (node instanceof Block && node.getStartOffset() < relative && relative <= node.getEndOffset()) {
                deepest = node;
            }
        }
        if (deepest instanceof Heading heading) {
            return heading.isAtxHeading() || relative <= heading.getText().getEndOffset();
        }
        return deepest instanceof Paragraph;
    }

    private static boolean endsOpen(Slide slide) {
        Node last = slide.ast().getLastChild();
        if (last instanceof FencedCodeBlock code && code.getClosingMarker().isEmpty()) {
            return true;
        }
        return slide.comments().stream().anyMatch(c -> !c.terminated());
    }
}
