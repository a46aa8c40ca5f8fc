package io.decklint.editor;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A deck's slides as an outline: horizontal slides, each with its vertical slides below it. */
public final class DeckOutline {
    private static final int MAX_TITLE = 80;
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)");

    private DeckOutline() {}

    public static List<OutlineItem> of(Deck deck) {
        List<OutlineItem> columns = new ArrayList<>();
        List<Slide> slides = deck.slides();
        int i = 0;
        while (i < slides.size()) {
            Slide head = slides.get(i);
            List<OutlineItem> below = new ArrayList<>();
            int j = i + 1;
            for (; j < slides.size() && slides.get(j).isVertical(); j++) {
                below.add(item(deck, slides.get(j), List.of(), slides.get(j).range().end()));
            }
            columns.add(item(deck, head, below, slides.get(j - 1).range().end()));
            i = j;
        }
        return columns;
    }

    /**
     * Where a slide begins for the outline: at its separator's dashes; for the first slide, on the line after
     * the front matter's closing fence (the rest of that line belongs to the slide, but it is the fence's line).
     */
    public static int start(Deck deck, Slide slide) {
        if (slide.separatorLine().isPresent()) {
            return slide.separatorLine().get().start();
        }
        int start = slide.range().start();
        SourceText source = deck.source();
        int line = source.lineOf(start);
        if (start > source.lineStart(line) && deck.frontMatter().isPresent()) {
            return Math.min(source.nextLineStart(line), slide.range().end());
        }
        return start;
    }

    private static OutlineItem item(Deck deck, Slide slide, List<OutlineItem> children, int end) {
        TextRange range = new TextRange(start(deck, slide), end);
        for (Node node : slide.ast().getDescendants()) {
            if (node instanceof Heading heading && !slide.isInNotes(slide.rangeOf(heading).start())) {
                String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
                if (!text.isEmpty()) {
                    return new OutlineItem(slide.index(), shorten(text), range, slide.rangeOf(heading), children);
                }
            }
        }
        SourceText source = deck.source();
        TextRange visible = slide.visibleRange();
        for (int line = source.lineOf(visible.start()); line <= source.lineOf(visible.end()); line++) {
            int start = Math.max(source.lineStart(line), visible.start());
            int lineEnd = Math.min(source.lineEnd(line), visible.end());
            if (start >= lineEnd) {
                continue;
            }
            String text = COMMENT.matcher(source.text().substring(start, lineEnd)).replaceAll("").strip();
            if (!text.isEmpty()) {
                return new OutlineItem(slide.index(), shorten(text), range, new TextRange(start, lineEnd), children);
            }
        }
        return new OutlineItem(slide.index(), "(empty slide)", range, TextRange.at(range.start()), children);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TITLE ? oneLine : oneLine.substring(0, MAX_TITLE - 1) + "…";
    }
}
