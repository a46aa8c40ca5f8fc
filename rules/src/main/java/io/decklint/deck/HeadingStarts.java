package io.decklint.deck;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's heading finder, asked only about lines that can be a heading: an ATX opening ({@code #} to
 * {@code ######}, then a space or the line's end) or a setext underline ({@code ===}, {@code ---}). flexmark's
 * finder copies the whole paragraph so far for every line it is asked about, so a paragraph of a few
 * thousand lines starting with punctuation took minutes to parse; now it copies a paragraph only at a line
 * that ends it.
 */
final class HeadingStarts extends StandInExtension {
    private static final int MAX_LEVEL = 6;

    HeadingStarts() {
        super(Parser.HEADING_PARSER);
    }

    @Override
    CustomBlockParserFactory standIn() {
        return new Factory();
    }

    /** Whether a line, from its first non-blank character, may open or underline a heading. */
    static boolean mayBeHeading(CharSequence line) {
        char first = line.length() > 0 ? line.charAt(0) : 0;
        if (first == '#') {
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            return level <= MAX_LEVEL && (level == line.length() || isSpaceOrLineEnd(line.charAt(level)));
        }
        if (first != '=' && first != '-') {
            return false;
        }
        int i = 0;
        while (i < line.length() && line.charAt(i) == first) {
            i++;
        }
        while (i < line.length() && isSpaceOrLineEnd(line.charAt(i))) {
            i++;
        }
        return i == line.length();
    }

    private static boolean isSpaceOrLineEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static final class Factory extends StandInBlockFactory {
        Factory() {
            super(new HeadingParser.Factory());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory headings = flexmark.apply(options);
            return (state, matched) -> {
                BasedSequence line = state.getLine();
                return mayBeHeading(line.subSequence(state.getNextNonSpaceIndex(), line.length()))
                        ? headings.tryStart(state, matched) : BlockStart.none();
            };
        }
    }
}
