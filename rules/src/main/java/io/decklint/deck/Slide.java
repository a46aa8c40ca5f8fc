package io.decklint.deck;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One slide as HedgeDoc splits it. Its Markdown is parsed on its own, as HedgeDoc renders it, so AST offsets
 * are relative to the slide's start: use {@link #rangeOf(Node)} for offsets into the deck.
 */
public final class Slide {
    private final SlideIndex index;
    private final TextRange range;
    private final TextRange separatorBefore;
    private final int leadingBreak;
    private final TextRange notes;
    private final String text;
    private final SlideMarkdown markdown;

    Slide(SlideIndex index, TextRange range, TextRange separatorBefore, int leadingBreak, TextRange notes,
            String text, SlideMarkdown markdown) {
        this.index = index;
        this.range = range;
        this.separatorBefore = separatorBefore;
        this.leadingBreak = leadingBreak;
        this.notes = notes;
        this.text = text;
        this.markdown = markdown;
    }

    public SlideIndex index() {
        return index;
    }

    /** The slide's Markdown, between the separators. */
    public TextRange range() {
        return range;
    }

    /** The separator match that opened this slide (a blank line, the dashes, their line break); none for the first. */
    public Optional<TextRange> separatorBefore() {
        return Optional.ofNullable(separatorBefore);
    }

    /** Where the separator that opened this slide starts; where the slide starts for the first. */
    int openedAt() {
        return separatorBefore == null ? range.start() : separatorBefore.start();
    }

    /** The dashes of the separator that opened this slide, without the line breaks around them. */
    public Optional<TextRange> separatorLine() {
        return separatorBefore().map(s -> new TextRange(s.start() + leadingBreak, s.start() + leadingBreak
                + (index.v() > 0 ? 4 : 3)));
    }

    /** True when the separator before this slide is {@code ----}, making it a vertical sub-slide. */
    public boolean isVertical() {
        return index.v() > 0;
    }

    /** The speaker notes, from the {@code note:} line to the slide's end, when HedgeDoc will find them. */
    public Optional<TextRange> notes() {
        return Optional.ofNullable(notes);
    }

    /** The part of the slide the audience sees: all of it but the speaker notes. */
    public TextRange visibleRange() {
        return notes == null ? range : new TextRange(range.start(), notes.start());
    }

    public String text() {
        return text;
    }

    public Document ast() {
        return markdown.ast();
    }

    /** The top-level blocks the audience sees: not comments, style blocks or speaker notes. */
    public List<Node> visibleBlocks() {
        return markdown.visibleBlocks();
    }

    public List<HtmlComment> comments() {
        if (markdown.comments().isEmpty()) {
            return List.of();
        }
        return markdown.comments().stream().map(c -> new HtmlComment(c.range().shift(range.start()),
                c.body().shift(range.start()), c.terminated())).toList();
    }

    public List<StyleBlock> styleBlocks() {
        return markdown.styleBlocks().stream().map(s -> new StyleBlock(s.range().shift(range.start()),
                s.css().shift(range.start()), s.terminated())).toList();
    }

    /** Where an AST node of this slide stands in the deck. */
    public TextRange rangeOf(Node node) {
        return new TextRange(range.start() + node.getStartOffset(), range.start() + node.getEndOffset());
    }

    /** Converts an offset into {@link #text()} to an offset into the deck. */
    public int deckOffset(int slideOffset) {
        return range.start() + slideOffset;
    }

    public boolean isInNotes(int deckOffset) {
        return notes != null && deckOffset >= notes.start();
    }
}
