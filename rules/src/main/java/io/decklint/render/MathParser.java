package io.decklint.render;

import java.util.HashSet;
import java.util.Set;
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
    /** A formula's text is searched for its end at most this far in all (per paragraph): no input can hang. */
    private static final int SEARCH_BUDGET = 4_000_000;

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

    /** commonmark-java makes a parser per paragraph: end markers not found once are not found later either. */
    private final Set<String> missing = new HashSet<>();
    private int searched;

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        MathInline math = scanner.peek() == '$' ? dollars(scanner) : backslashes(scanner);
        if (math == null) {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        return ParsedInline.of(math, scanner.position());
    }

    private MathInline backslashes(Scanner scanner) {
        scanner.next();
        if (scanner.next('\\')) {
            if (scanner.peek() != '(' && scanner.peek() != '[') {
                return null;
            }
            MathInline.Kind kind = scanner.peek() == '(' ? MathInline.Kind.INLINE : MathInline.Kind.DISPLAY;
            scanner.next();
            String tex = until(scanner, kind == MathInline.Kind.INLINE ? "\\\\)" : "\\\\]");
            return tex == null ? null : new MathInline(kind, tex);
        }
        String name = scanner.next("begin{") ? until(scanner, "}") : null;
        String endMarker = "\\end{" + name + "}";
        String tex = name == null ? null : until(scanner, endMarker);
        return tex == null ? null
                : new MathInline(MathInline.Kind.ENVIRONMENT, "\\begin{" + name + "}" + tex + endMarker);
    }

    private MathInline dollars(Scanner scanner) {
        scanner.next();
        String endMarker = "$";
        if (scanner.next('$')) {
            endMarker = "$$";
            if (scanner.peek() == '$') {
                return null; // three are too many
            }
        } else if (isSpace(scanner.peek()) || scanner.peek() == Scanner.END) {
            return null;
        }
        String tex = until(scanner, endMarker);
        if (tex == null || tex.endsWith("\\")) {
            return null;
        }
        if (endMarker.length() == 1 && (isSpace(tex.charAt(tex.length() - 1))
                || (scanner.peek() >= '0' && scanner.peek() <= '9'))) {
            return null;
        }
        MathInline.Kind kind = endMarker.length() == 1 ? MathInline.Kind.INLINE : MathInline.Kind.DISPLAY;
        return new MathInline(kind, tex);
    }

    /**
     * The text up to the first {@code endMarker} in the rest of the paragraph (markdown-it's
     * {@code indexOf}), leaving the scanner after the marker; null when there is none.
     */
    private String until(Scanner scanner, String endMarker) {
        if (missing.contains(endMarker)) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        while (scanner.hasNext() && searched < SEARCH_BUDGET) {
            text.append(scanner.peek());
            scanner.next();
            searched++;
            int markerStart = text.length() - endMarker.length();
            if (markerStart >= 0 && text.indexOf(endMarker, markerStart) == markerStart) {
                return text.substring(0, markerStart);
            }
        }
        if (!scanner.hasNext()) {
            missing.add(endMarker);
        }
        return null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
