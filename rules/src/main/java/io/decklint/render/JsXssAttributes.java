package io.decklint.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * js-xss's attribute reader ({@code parseAttr} in {@code lib/parser.js} of {@code xss} 1.0.15), step for step,
 * because its reading differs from a browser's (an unquoted value stops at a space, a value in quotes keeps
 * everything to the same quote, names lose characters it does not like) and HedgeDoc shows what it reads.
 */
final class JsXssAttributes {
    private static final Pattern ILLEGAL_NAME = Pattern.compile("[^a-zA-Z0-9\\\\_:.-]");

    private JsXssAttributes() {}

    /**
     * Reads {@code text} (a tag's attributes, trimmed, without the tag name and the closing {@code >} or
     * {@code />}) and returns what {@code onAttribute} makes of each, joined by spaces; {@code onAttribute} gets
     * the lower-cased name and the value (empty when there is none) and returns null to drop the attribute.
     */
    static String parse(String text, BiFunction<String, String, String> onAttribute) {
        List<String> kept = new ArrayList<>();
        String html = text;
        int length = html.length();
        int lastPos = 0;
        int lastMarkPos = -2;
        String name = null;
        for (int i = 0; i < length; i++) {
            char c = html.charAt(i);
            if (name == null && c == '=') {
                name = html.substring(lastPos, i);
                lastPos = i + 1;
                lastMarkPos = lastPos < length && isQuote(html.charAt(lastPos)) ? lastPos : nextQuote(html, i + 1);
                continue;
            }
            if (name != null && i == lastMarkPos) {
                int end = html.indexOf(c, i + 1);
                if (end < 0) {
                    break;
                }
                add(kept, name, html.substring(lastMarkPos + 1, end).strip(), onAttribute);
                name = null;
                i = end;
                lastPos = i + 1;
                continue;
            }
            if (JsXssTags.isSpace(c)) {
                html = spacesOnly(html);
                if (name == null) {
                    int equals = nextEquals(html, i);
                    if (equals < 0) {
                        add(kept, html.substring(lastPos, i).strip(), "", onAttribute);
                        lastPos = i + 1;
                    } else {
                        i = equals - 1;
                    }
                } else if (equalsBefore(html, i - 1) < 0) {
                    add(kept, name, unquote(html.substring(lastPos, i).strip()), onAttribute);
                    name = null;
                    lastPos = i + 1;
                }
            }
        }
        if (lastPos < html.length()) {
            if (name == null) {
                add(kept, html.substring(lastPos), "", onAttribute);
            } else {
                add(kept, name, unquote(html.substring(lastPos).strip()), onAttribute);
            }
        }
        return String.join(" ", kept).strip();
    }

    private static void add(List<String> kept, String rawName, String value,
            BiFunction<String, String, String> onAttribute) {
        String name = ILLEGAL_NAME.matcher(rawName.strip()).replaceAll("").toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
            String attribute = onAttribute.apply(name, value);
            if (attribute != null && !attribute.isEmpty()) {
                kept.add(attribute);
            }
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** js-xss turns every whitespace character into a space once it meets the first one. */
    private static String spacesOnly(String html) {
        StringBuilder out = new StringBuilder(html);
        for (int i = 0; i < out.length(); i++) {
            if (JsXssTags.isSpace(out.charAt(i))) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** {@code findNextQuotationMark}: a quote after only spaces, else -1 (-2 when the text ends first). */
    private static int nextQuote(String html, int from) {
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c != ' ') {
                return isQuote(c) ? i : -1;
            }
        }
        return -2;
    }

    /** {@code findNextEqual}: an {@code =} after only spaces, else -1. */
    private static int nextEquals(String html, int from) {
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c != ' ') {
                return c == '=' ? i : -1;
            }
        }
        return -1;
    }

    /**
     * {@code findBeforeEqual}: an {@code =} before, after only spaces, else -1. Reaching the start, js-xss gets
     * {@code undefined}, which its caller takes as found.
     */
    private static int equalsBefore(String html, int from) {
        for (int i = from; i > 0; i--) {
            char c = html.charAt(i);
            if (c != ' ') {
                return c == '=' ? i : -1;
            }
        }
        return 0;
    }

    /** {@code stripQuoteWrap}. */
    private static String unquote(String text) {
        if (text.isEmpty() || !isQuote(text.charAt(0)) || text.charAt(text.length() - 1) != text.charAt(0)) {
            return text;
        }
        return text.length() == 1 ? "" : text.substring(1, text.length() - 1);
    }
}
