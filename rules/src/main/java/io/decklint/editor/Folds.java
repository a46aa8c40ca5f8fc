package io.decklint.editor;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.deck.StyleBlock;
import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a deck worth folding: the front matter, each slide (from its separator to its last line of
 * text, as marp-vscode folds slides: a folded slide shows only its separator, and the next separator stays in
 * view; the first slide from its first line of text), each multi-line {@code <style>} block and each slide's
 * speaker notes. Starting at the separator, a slide's fold never starts on the line of a heading, a list or a
 * code block, so an editor that merges these folds with its own Markdown ones (VS Code does; where two start
 * on one line it keeps only one) keeps both.
 */
public final class Folds {
    private Folds() {}

    public static List<Fold> of(Deck deck) {
        SourceText source = deck.source();
        List<Fold> folds = new ArrayList<>();
        deck.frontMatter().ifPresent(fm -> add(folds, source, fm.range(), Fold.Kind.FRONT_MATTER));
        for (Slide slide : deck.slides()) {
            TextRange text = trimmed(source, slide.range());
            if (!text.isEmpty()) {
                add(folds, source, new TextRange(slide.separatorLine().map(TextRange::start).orElse(text.start()),
                        text.end()), Fold.Kind.SLIDE);
            }
            for (StyleBlock style : slide.styleBlocks()) {
                add(folds, source, style.range(), Fold.Kind.STYLE);
            }
            slide.notes().ifPresent(notes -> add(folds, source, trimmed(source, notes), Fold.Kind.NOTES));
        }
        return folds;
    }

    private static void add(List<Fold> folds, SourceText source, TextRange range, Fold.Kind kind) {
        if (range.isEmpty()) {
            return;
        }
        int first = source.lineOf(range.start());
        int last = source.lineOf(range.end() - 1);
        if (last > first) {
            folds.add(new Fold(first, last, kind));
        }
    }

    /** The range without the blank lines around its text. */
    private static TextRange trimmed(SourceText source, TextRange range) {
        String text = source.text();
        int start = range.start();
        int end = range.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextRange(start, end);
    }
}
