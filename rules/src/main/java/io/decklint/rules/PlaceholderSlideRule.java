package io.decklint.rules;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import java.util.List;

/**
 * A slide whose only content is a heading, left as a placeholder and never filled in. Not every lone heading
 * is one: a slide with speaker notes is talked over, and a lone heading at the level the deck titles its
 * slides with (or higher) on a horizontal slide is a section divider ("# Updates from the Teams"). A lone
 * heading below that level, or on a vertical sub-slide (which holds a column's content), is missing its
 * content.
 */
public final class PlaceholderSlideRule implements Rule {
    private static final RuleMeta META = new RuleMeta("placeholder-slide", Severity.INFO, false,
            "A slide has a heading and nothing else: a placeholder that was never filled in.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        int titleLevel = titleLevel(deck);
        for (Slide slide : deck.slides()) {
            if (slide.notes().isPresent() || !(loneHeading(slide) instanceof Heading heading)) {
                continue;
            }
            if (!slide.isVertical() && heading.getLevel() <= titleLevel) {
                continue;
            }
            context.report(slide.rangeOf(heading), "Slide " + slide.index() + " has only the heading \""
                    + heading.getText().toString().trim() + "\": fill it in or delete it.");
        }
    }

    private static Node loneHeading(Slide slide) {
        List<Node> blocks = slide.visibleBlocks();
        return blocks.size() == 1 && blocks.get(0) instanceof Heading ? blocks.get(0) : null;
    }

    /** The heading level most slides open with: decks title their slides with # or with ##. */
    private static int titleLevel(Deck deck) {
        int[] counts = new int[7];
        for (Slide slide : deck.slides()) {
            List<Node> blocks = slide.visibleBlocks();
            if (!blocks.isEmpty() && blocks.get(0) instanceof Heading heading) {
                counts[heading.getLevel()]++;
            }
        }
        int level = 1;
        for (int i = 2; i < counts.length; i++) {
            if (counts[i] > counts[level]) {
                level = i;
            }
        }
        return level;
    }
}
