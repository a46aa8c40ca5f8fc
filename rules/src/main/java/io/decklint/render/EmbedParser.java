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

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        StringBuilder text = new StringBuilder();
        while (scanner.hasNext() && text.length() < MAX_LENGTH && !(text.length() > 2 && endsWithClose(text))) {
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

    private static boolean endsWithClose(StringBuilder text) {
        return text.charAt(text.length() - 2) == '%' && text.charAt(text.length() - 1) == '}';
    }
}
