package io.decklint.render;

import java.util.Set;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads {@code {%youtube ID %}} and the other embeds ({@link HedgeDocEmbeds}) wherever inline Markdown is read,
 * as markdown-it-regexp does: at a {@code {}, across line breaks, up to the first {@code %}}.
 */
final class EmbedParser implements InlineContentParser {
    /** Far longer than any embed; a {@code {%} with no {@code %}} in reach is plain text. */
    private static final int MAX_LENGTH = 2048;

    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return new EmbedParser();
        }
    };

    private static final int NOT_SEARCHED = -2;
    private static final int NONE_AHEAD = -1;

    /*
     * Where the text after a {@code {} was last searched for {@code %}}, as offsets from the first {@code {} this
     * parser saw (a parser reads one block's inline text, left to right): each {@code {} reuses the close found
     * for an earlier one, so a run of {@code {}s is read once, not up to MAX_LENGTH characters each.
     */
    private Position last;
    private int lastOffset;
    private int closeEnd = NOT_SEARCHED;

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        int offset = offsetOf(scanner, start);
        if (closeEnd == NOT_SEARCHED || (closeEnd != NONE_AHEAD && closeEnd < offset + 3)) {
            closeEnd = findCloseEnd(scanner, offset);
            scanner.setPosition(start);
        }
        if (closeEnd == NONE_AHEAD || closeEnd - offset > MAX_LENGTH) {
            return ParsedInline.none();
        }
        StringBuilder text = new StringBuilder();
        for (int i = offset; i < closeEnd; i++) {
            text.append(scanner.peek());
            scanner.next();
        }
        scanner.setPosition(start);
        return HedgeDocEmbeds.at(text.toString()).map(match -> {
            for (int i = 0; i < match.length(); i++) {
                scanner.next();
            }
            HtmlInline html = new HtmlInline();
            html.setLiteral(match.html());
            return ParsedInline.of(html, scanner.position());
        }).orElseGet(ParsedInline::none);
    }

    private int offsetOf(Scanner scanner, Position start) {
        if (last == null || start.compareTo(last) < 0) {
            lastOffset = 0;
            closeEnd = NOT_SEARCHED;
        } else {
            lastOffset += scanner.getSource(last, start).getContent().length();
        }
        last = start;
        return lastOffset;
    }

    /** The offset just past the first {@code %}} after the {@code {} at {@code offset}, or NONE_AHEAD. */
    private static int findCloseEnd(Scanner scanner, int offset) {
        scanner.next();
        int at = offset + 1;
        while (true) {
            int skipped = scanner.find('%');
            if (skipped < 0) {
                return NONE_AHEAD;
            }
            scanner.next();
            at += skipped + 1;
            if (scanner.peek() == '}') {
                return at + 1;
            }
        }
    }
}
