package io.decklint.rules;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import java.util.List;

/**
 * A slide for a missing section, with its heading and a line the author has to replace, inserted right after
 * a given slide. It gets a separator HedgeDoc splits on (a blank line before and after the dashes, see
 * {@link io.decklint.deck.DeckParser}) in the deck's own line endings: {@code ----} when the slide after the
 * insertion point is a vertical sub-slide (the stub joins that column), {@code ---} otherwise.
 */
final class StubSlide {
    static final String PLACEHOLDER = "TODO: fill in this section, or delete this slide.";

    private StubSlide() {}

    static TextEdit after(Deck deck, int slideIndex, String heading) {
        List<Slide> slides = deck.slides();
        Slide slide = slides.get(slideIndex);
        boolean intoColumn = slideIndex + 1 < slides.size() && slides.get(slideIndex + 1).isVertical();
        int at = slide.range().end();
        String newline = deck.source().lineEndingAt(at);
        StringBuilder stub = new StringBuilder();
        // The separator after this slide (if any) starts with the blank line the stub needs below it; the stub
        // needs a blank line above its own separator too.
        stub.append(newline.repeat(Math.max(0, 2 - trailingLineBreaks(deck.source(), slide.range().start(), at))));
        stub.append(intoColumn ? "----" : "---").append(newline).append(newline);
        stub.append("# ").append(heading).append(newline).append(newline);
        stub.append(PLACEHOLDER).append(newline);
        return TextEdit.insert(at, stub.toString());
    }

    private static int trailingLineBreaks(SourceText source, int start, int end) {
        String text = source.text();
        int count = 0;
        int at = end;
        while (at > start && SourceText.isLineBreak(text.charAt(at - 1))) {
            at -= at - 1 > start && text.charAt(at - 1) == '\n' && text.charAt(at - 2) == '\r' ? 2 : 1;
            count++;
        }
        return count;
    }
}
