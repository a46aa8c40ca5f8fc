package io.decklint.render;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * The two inline rules of markdown-it-mathjax 2.0.0, the plugin HedgeDoc 1.x's {@code public/js/extra.js} uses:
 * {@code math}, tried before backslash escapes, takes {@code \\[…\\]}, {@code \\(…\\)} (two backslashes, as a
 * single one is a Markdown escape) and {@code \begin{env}…\end{env}}; {@code texMath} takes Pandoc's dollars:
 * {@code $$…$$}, and {@code $…$} unless the opening {@code $} is followed by a space, the closing one preceded
 * by a space or followed by a digit, so {@code $5 and $10} stays text. Either ends at the first end marker in the
 * rest of the paragraph, even on a later line; a closing dollar after a backslash ends nothing, and then there
 * is no formula at all (the plugin gives up rather than look further).
 */
final class MathParser implements InlineContentParser {
    private static final Pattern BACKSLASH_OPENING = Pattern.compile("\\\\(?:\\\\\\[|\\\\\\(|begin\\{([^}]*)})");

    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$', '\\');
        }

        @Override
        public InlineContentParser create() {
            return new MathParser();
        }
    };

    private record Found(MathInline node, int length) {}

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        String rest = rest(scanner);
        scanner.setPosition(start);
        Found found = rest.charAt(0) == '$' ? dollars(rest) : backslashes(rest);
        if (found == null) {
            return ParsedInline.none();
        }
        for (int i = 0; i < found.length(); i++) {
            scanner.next();
        }
        return ParsedInline.of(found.node(), scanner.position());
    }

    /** What markdown-it's {@code state.src.slice(state.pos)} is: the paragraph's text from here on. */
    private static String rest(Scanner scanner) {
        StringBuilder rest = new StringBuilder();
        while (scanner.hasNext()) {
            rest.append(scanner.peek());
            scanner.next();
        }
        return rest.toString();
    }

    private static Found backslashes(String rest) {
        Matcher opening = BACKSLASH_OPENING.matcher(rest);
        if (!opening.lookingAt()) {
            return null;
        }
        MathInline.Kind kind;
        String endMarker;
        if (opening.group(1) != null) {
            kind = MathInline.Kind.ENVIRONMENT;
            endMarker = "\\end{" + opening.group(1) + "}";
        } else if (rest.charAt(2) == '[') {
            kind = MathInline.Kind.DISPLAY;
            endMarker = "\\\\]";
        } else {
            kind = MathInline.Kind.INLINE;
            endMarker = "\\\\)";
        }
        int end = rest.indexOf(endMarker, opening.end());
        if (end < 0) {
            return null;
        }
        int next = end + endMarker.length();
        String tex = kind == MathInline.Kind.ENVIRONMENT ? rest.substring(0, next) : rest.substring(opening.end(), end);
        return new Found(new MathInline(kind, tex), next);
    }

    private static Found dollars(String rest) {
        int contentStart = 1;
        String endMarker = "$";
        if (rest.length() > 1 && rest.charAt(1) == '$') {
            endMarker = "$$";
            contentStart = 2;
            if (rest.length() > 2 && rest.charAt(2) == '$') {
                return null; // three are too many
            }
        } else if (rest.length() < 2 || isSpace(rest.charAt(1))) {
            return null;
        }
        int end = rest.indexOf(endMarker, contentStart);
        if (end < 0 || rest.charAt(end - 1) == '\\') {
            return null;
        }
        int next = end + endMarker.length();
        if (endMarker.length() == 1 && (isSpace(rest.charAt(end - 1))
                || (next < rest.length() && rest.charAt(next) >= '0' && rest.charAt(next) <= '9'))) {
            return null;
        }
        MathInline.Kind kind = endMarker.length() == 1 ? MathInline.Kind.INLINE : MathInline.Kind.DISPLAY;
        return new Found(new MathInline(kind, rest.substring(contentStart, end)), next);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
