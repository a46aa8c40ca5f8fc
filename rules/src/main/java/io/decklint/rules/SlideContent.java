package io.decklint.rules;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Slide;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a slide shows: its top-level blocks, leaving out comments and whatever lies in the speaker notes. */
public final class SlideContent {
    private static final Pattern COMMENTS_AND_STYLES = Pattern.compile(
            "(\\s*(<!--.*?-->|<style\\b.*?</style\\s*>))*\\s*", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private SlideContent() {}

    /** Top-level blocks the audience can see: not comments, style blocks or speaker notes. */
    public static List<Node> visibleBlocks(Slide slide) {
        List<Node> blocks = new ArrayList<>();
        int notesStart = slide.visibleRange().end() - slide.range().start();
        for (Node node = slide.ast().getFirstChild(); node != null; node = node.getNext()) {
            if (node.getStartOffset() >= notesStart || isInvisible(node)) {
                continue;
            }
            blocks.add(node);
        }
        return blocks;
    }

    private static boolean isInvisible(Node node) {
        if (node instanceof HtmlCommentBlock) {
            return true;
        }
        return node instanceof HtmlBlock && COMMENTS_AND_STYLES.matcher(node.getChars()).matches();
    }
}
