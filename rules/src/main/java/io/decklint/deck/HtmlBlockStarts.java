package io.decklint.deck;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.HtmlTagBlocks;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * flexmark's HTML block finder, except for a line that can only start a block by being one whole tag
 * (CommonMark's type 7): flexmark matches that tag with a pattern that recurses once per attribute, so a line
 * {@code <span a a a ...} of a few thousand attributes overflowed the stack. Such a line is read by
 * {@link HtmlMarkup} in a loop; every other line goes to flexmark as before.
 */
final class HtmlBlockStarts extends StandInExtension {
    private static final List<String> RAW_TEXT_TAGS = List.of("script", "pre", "style");

    HtmlBlockStarts() {
        super(Parser.HTML_BLOCK_PARSER);
    }

    @Override
    CustomBlockParserFactory standIn() {
        return new Factory();
    }

    /**
     * Whether flexmark would try the whole-tag pattern on this line, from its {@code <}: it starts a tag and
     * none of the block kinds flexmark tries first (raw text tags, block tags) matches.
     */
    static boolean isLeftToTagPattern(CharSequence line, List<String> blockTags) {
        boolean closing = HtmlMarkup.startsWith(line, 0, "</");
        int name = closing ? 2 : 1;
        if (name >= line.length() || !HtmlMarkup.isAsciiLetter(line.charAt(name))) {
            return false;
        }
        int end = name;
        while (end < line.length() && HtmlMarkup.isAsciiLetterOrDigit(line.charAt(end))) {
            end++;
        }
        String tag = line.subSequence(name, end).toString();
        boolean rawText = !closing && containsIgnoreCase(RAW_TEXT_TAGS, tag) && endsName(line, end, false);
        boolean block = containsIgnoreCase(blockTags, tag) && endsName(line, end, true);
        return !rawText && !block;
    }

    /** Whether the line is one whole tag, then only white space. */
    static boolean isTagLine(CharSequence line) {
        int end = HtmlMarkup.tagEnd(line, 0);
        if (end == -1) {
            return false;
        }
        while (end < line.length() && HtmlMarkup.isSpace(line.charAt(end))) {
            end++;
        }
        return isLineEnd(line, end);
    }

    /** What may follow a raw text or block tag's name: white space, {@code >}, the line's end, or {@code />}. */
    private static boolean endsName(CharSequence line, int at, boolean selfClosing) {
        return isLineEnd(line, at) || HtmlMarkup.isSpace(line.charAt(at)) || line.charAt(at) == '>'
                || selfClosing && HtmlMarkup.startsWith(line, at, "/>");
    }

    /** Where {@code $} matches in flexmark's patterns: the end, or before a last line terminator. */
    private static boolean isLineEnd(CharSequence line, int at) {
        int rest = line.length() - at;
        return rest == 0 || rest == 1 && HtmlMarkup.isLineTerminator(line.charAt(at))
                || rest == 2 && HtmlMarkup.startsWith(line, at, "\r\n");
    }

    private static boolean containsIgnoreCase(List<String> tags, String tag) {
        return tags.stream().anyMatch(tag::equalsIgnoreCase);
    }

    private static final class Factory extends StandInBlockFactory {
        Factory() {
            super(new HtmlBlockParser.Factory());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory html = flexmark.apply(options);
            return (ParserState state, MatchedBlockParser matched) -> {
                BasedSequence line = state.getLine();
                CharSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
                // flexmark's own conditions for trying the whole-tag pattern at all
                boolean tagPatternTried = state.getIndent() < 4 && HtmlMarkup.startsWith(rest, 0, "<")
                        && !(matched.getBlockParser() instanceof HtmlBlockParser)
                        && !(matched.getBlockParser().getBlock() instanceof Paragraph)
                        && isLeftToTagPattern(rest, Parser.HTML_BLOCK_TAGS.get(state.getProperties()));
                if (!tagPatternTried) {
                    return html.tryStart(state, matched);
                }
                return isTagLine(rest) ? BlockStart.of(HtmlTagBlocks.open(state.getProperties()))
                        .atIndex(state.getIndex()) : BlockStart.none();
            };
        }
    }
}
