package io.decklint.deck;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Finds thematic breaks ({@code ***}, {@code - - -}, {@code ___}) in place of flexmark's own finder, whose
 * regular expression recurses once per character: a line of a few thousand dashes overflowed the stack. The
 * same lines start the same blocks, in the same order among the other block starts; this one reads the line
 * in a loop.
 */
final class ThematicBreaks extends StandInExtension {
    ThematicBreaks() {
        super(Parser.THEMATIC_BREAK_PARSER);
    }

    @Override
    CustomBlockParserFactory standIn() {
        return new Factory();
    }

    /** Three or more of one of {@code * - _}, with nothing else on the line but spaces and tabs. */
    static boolean isBreak(CharSequence line) {
        int end = line.length();
        if (end > 0 && isLineTerminator(line.charAt(end - 1))) {
            end -= end > 1 && line.charAt(end - 2) == '\r' && line.charAt(end - 1) == '\n' ? 2 : 1;
        }
        char marker = end > 0 ? line.charAt(0) : 0;
        if (marker != '*' && marker != '-' && marker != '_') {
            return false;
        }
        int markers = 0;
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c == marker) {
                markers++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return markers >= 3;
    }

    /** What {@code $} lets end the line, as flexmark's pattern has it. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static final class Factory extends StandInBlockFactory {
        Factory() {
            super(new ThematicBreakParser.Factory());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser()
                            && !Parser.THEMATIC_BREAK_RELAXED_START.get(options)) {
                        return BlockStart.none();
                    }
                    BasedSequence line = state.getLine();
                    if (!isBreak(line.subSequence(state.getNextNonSpaceIndex(), line.length()))) {
                        return BlockStart.none();
                    }
                    return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex())))
                            .atIndex(line.length());
                }
            };
        }
    }
}
