package io.decklint.rules;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Slide;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.lint.SlideRule;
import java.util.List;

/**
 * A slide whose only content is a heading, left as a placeholder and never filled in. A lone level-1 heading
 * on a horizontal slide is a section divider ("# Updates from the Teams") and stays silent; a lone
 * smaller heading, or any lone heading on a vertical sub-slide, is content that is missing.
 */
public final class PlaceholderSlideRule implements SlideRule {
    private static final RuleMeta META = new RuleMeta("placeholder-slide", Severity.INFO, false,
            "A slide has a heading and nothing else: a placeholder that was never filled in.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSlide(Slide slide, RuleContext context) {
        List<Node> blocks = SlideContent.visibleBlocks(slide);
        if (blocks.size() != 1 || !(blocks.get(0) instanceof Heading heading)) {
            return;
        }
        if (heading.getLevel() == 1 && !slide.isVertical()) {
            return;
        }
        context.report(slide.rangeOf(heading), "Slide " + slide.index() + " has only the heading \""
                + heading.getText().toString().trim() + "\": fill it in or delete it.");
    }
}
