package io.decklint.render;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * {@code H~2~O} and {@code 2^10^}: markdown-it-sub and markdown-it-sup take the text up to the next marker, which
 * must not be empty and must not contain an unescaped space or line break. A double {@code ~~} is left to
 * strikethrough.
 */
final class SuperSubscriptParser implements InlineContentParser {
    private final char marker;
    private final String tag;

    private SuperSubscriptParser(char marker, String tag) {
        this.marker = marker;
        this.tag = tag;
    }

    static InlineContentParserFactory factory(char marker, String tag) {
        return new InlineContentParserFactory() {
            @Override
            public Set<Character> getTriggerCharacters() {
                return Set.of(marker);
            }

            @Override
            public InlineContentParser create() {
                return new SuperSubscriptParser(marker, tag);
            }
        };
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next();
        if (scanner.peek() == marker) {
            return ParsedInline.none();
        }
        StringBuilder content = new StringBuilder();
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == marker) {
                break;
            }
            if (c == ' ' || c == '\t' || c == '\n') {
                return ParsedInline.none();
            }
            scanner.next();
            if (c == '\\' && isEscapable(scanner.peek())) {
                c = scanner.peek();
                scanner.next();
            }
            content.append(c);
        }
        if (content.length() == 0 || !scanner.next(marker)) {
            return ParsedInline.none();
        }
        Position end = scanner.position();
        TaggedInline node = new TaggedInline(tag);
        node.appendChild(new Text(content.toString()));
        return ParsedInline.of(node, end);
    }

    /** What markdown-it-sub and -sup unescape: a space or ASCII punctuation. */
    private static boolean isEscapable(char c) {
        return c == ' ' || (c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0);
    }
}
