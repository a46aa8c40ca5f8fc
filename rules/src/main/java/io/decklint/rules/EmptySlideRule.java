package io.decklint.rules;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.lint.Fix;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.List;

/** A slide that shows nothing: only blank lines, comments or speaker notes. */
public final class EmptySlideRule implements Rule {
    private static final RuleMeta META = new RuleMeta("empty-slide", Severity.WARNING, true,
            "A slide shows nothing: it has only blank lines, comments or speaker notes.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        List<Slide> slides = deck.slides();
        if (slides.size() < 2) {
            return;
        }
        for (int i = 0; i < slides.size(); i++) {
            Slide slide = slides.get(i);
            if (!slide.visibleBlocks().isEmpty()) {
                continue;
            }
            TextEdit removal = removal(deck.text(), slides, i);
            TextRange removed = removal.range();
            String where = "Slide " + slide.index();
            if (slide.text().isBlank()) {
                context.report(removed, where + " is empty: the audience sees a blank slide.",
                        Fix.safe("Delete the empty slide", removal));
            } else if (slide.styleBlocks().isEmpty()) {
                String holds = slide.notes().isPresent() ? "only speaker notes" : "only comments";
                context.report(removed, where + " shows nothing: it holds " + holds + ".",
                        Fix.suggestion("Delete the slide with its " + (slide.notes().isPresent() ? "notes" : "comments"),
                                removal));
            } else {
                context.report(slide.separatorLine().orElse(slide.range()), where + " shows nothing: it holds only "
                        + "a <style> block, which HedgeDoc applies to every slide; move it to the first slide.");
            }
        }
    }

    /**
     * The slide with one of its separators, from its dashes to the next slide's dashes, which is the range the
     * finding reports. The separator before it goes, unless the slide heads its column (the first slide, or a
     * horizontal slide with vertical slides below): then the one after it goes, so the next slide takes its
     * place and nothing moves between columns.
     */
    private static TextEdit removal(String text, List<Slide> slides, int i) {
        Slide slide = slides.get(i);
        Slide next = i + 1 < slides.size() ? slides.get(i + 1) : null;
        boolean headsColumn = slide.index().v() == 0 && (i == 0 || (next != null && next.isVertical()));
        if (headsColumn && next != null) {
            TextRange nextDashes = next.separatorLine().orElseThrow();
            return slide.separatorLine()
                    .map(dashes -> new TextEdit(dashes.start(), nextDashes.end() - dashes.start(), "---"))
                    .orElseGet(() -> TextEdit.delete(new TextRange(slide.range().start(),
                            next.separatorBefore().orElseThrow().end())));
        }
        int start = slide.separatorLine().orElseThrow().start();
        int end = next == null ? text.length() : next.separatorLine().orElseThrow().start();
        return TextEdit.delete(new TextRange(start, end));
    }
}
