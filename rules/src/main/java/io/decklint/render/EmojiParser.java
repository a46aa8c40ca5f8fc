package io.decklint.render;

import io.decklint.editor.Emoji;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * {@code :cloud:} as an emoji, wherever inline Markdown is read (not in code, not in raw HTML blocks). HedgeDoc
 * matches emojify.js's names ({@code public/js/extra.js}) without regard to case.
 */
final class EmojiParser implements InlineContentParser {
    /** The longest shortcode name in the emoji cheat sheet is well below this. */
    private static final int MAX_NAME = 40;

    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of(':');
        }

        @Override
        public InlineContentParser create() {
            return new EmojiParser();
        }
    };

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next();
        StringBuilder name = new StringBuilder();
        while (name.length() <= MAX_NAME) {
            char c = scanner.peek();
            if (c == ':') {
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+')) {
                return ParsedInline.none();
            }
            name.append(c);
            scanner.next();
        }
        if (name.length() == 0 || !scanner.next(':')) {
            return ParsedInline.none();
        }
        String emoji = Emoji.forName(name.toString().toLowerCase(Locale.ROOT)).orElse(null);
        if (emoji == null) {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        return ParsedInline.of(new Text(emoji), scanner.position());
    }
}
