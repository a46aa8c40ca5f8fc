package io.decklint.render;

import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * markdown-it-container as HedgeDoc registers it ({@code public/js/extra.js}): a line of three or more colons
 * whose first word is success, info, warning or danger opens a block of Markdown; a line of at least as many
 * colons and nothing else closes it (even inside a code fence: the plugin looks at lines, not blocks).
 */
final class AlertContainerParser extends AbstractBlockParser {
    private static final Set<String> KINDS = Set.of("success", "info", "warning", "danger");

    private final AlertContainer block;
    private final int markers;

    private AlertContainerParser(String kind, int markers) {
        this.block = new AlertContainer(kind);
        this.markers = markers;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int start = state.getNextNonSpaceIndex();
        if (state.getIndent() < 4) {
            int colons = colons(line, start);
            if (colons >= markers && line.subSequence(start + colons, line.length()).toString().isBlank()) {
                return BlockContinue.finished();
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    private static int colons(CharSequence line, int start) {
        int end = start;
        while (end < line.length() && line.charAt(end) == ':') {
            end++;
        }
        return end - start;
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            int colons = colons(line, start);
            if (colons < 3) {
                return BlockStart.none();
            }
            String params = line.subSequence(start + colons, line.length()).toString().strip();
            String kind = params.split(" ", 2)[0];
            if (!KINDS.contains(kind)) {
                return BlockStart.none();
            }
            return BlockStart.of(new AlertContainerParser(kind, colons)).atIndex(line.length());
        }
    }
}
