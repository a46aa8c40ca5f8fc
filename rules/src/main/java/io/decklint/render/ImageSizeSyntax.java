package io.decklint.render;

import java.util.Locale;

/**
 * The inline part of an image with a size, {@code (src "title" =WxH)}, read after the {@code ]} exactly as
 * markdown-it-imsize 2.0.1 ({@code lib/index.js}) reads it: spaces and line breaks may separate the parts, the
 * size needs a space before it, and a destination markdown-it refuses ({@code javascript:} and friends)
 * leaves the image without a source.
 */
final class ImageSizeSyntax {
    private ImageSizeSyntax() {}

    /** What was read: the image node and how many characters it took, from the {@code (} to past the {@code )}. */
    record Parsed(SizedImage image, int length) {}

    /** Reads from {@code text} (starting at the {@code (}); null when it is not an image with a size. */
    static Parsed read(String text) {
        int max = text.length();
        if (max == 0 || text.charAt(0) != '(') {
            return null;
        }
        int pos = skipSpaces(text, 1);
        if (pos >= max) {
            return null;
        }
        String source = "";
        int destinationEnd = destinationEnd(text, pos);
        if (destinationEnd > 0) {
            String destination = unescape(text.charAt(pos) == '<'
                    ? text.substring(pos + 1, destinationEnd - 1) : text.substring(pos, destinationEnd));
            if (isAllowedLink(destination)) {
                source = destination;
                pos = destinationEnd;
            }
        }
        int beforeTitle = pos;
        pos = skipSpaces(text, pos);
        String title = null;
        int titleEnd = pos > beforeTitle ? titleEnd(text, pos) : -1;
        if (titleEnd > 0) {
            title = unescape(text.substring(pos + 1, titleEnd - 1));
            pos = skipSpaces(text, titleEnd);
        }
        ImageSize size = null;
        if (pos > 0 && text.charAt(pos - 1) == ' ') {
            size = ImageSize.read(text, pos);
            if (size != null) {
                pos = skipSpaces(text, size.end());
            }
        }
        if (size == null || pos >= max || text.charAt(pos) != ')') {
            return null;
        }
        return new Parsed(new SizedImage(source, title, size), pos + 1);
    }

    private static int skipSpaces(String text, int pos) {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\n')) {
            pos++;
        }
        return pos;
    }

    /** markdown-it's {@code parseLinkDestination}: {@code <…>} or a run without spaces and balanced parentheses. */
    private static int destinationEnd(String text, int pos) {
        if (text.charAt(pos) == '<') {
            for (int i = pos + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '<') {
                    return -1;
                }
                if (c == '>') {
                    return i + 1;
                }
                if (c == '\\' && i + 1 < text.length()) {
                    i++;
                }
            }
            return -1;
        }
        int level = 0;
        int i = pos;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c < 0x20 || c == 0x7f) {
                break;
            }
            if (c == '\\' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == ' ') {
                    break;
                }
                i += 2;
                continue;
            }
            if (c == '(' && ++level > 32) {
                return -1;
            }
            if (c == ')') {
                if (level == 0) {
                    break;
                }
                level--;
            }
            i++;
        }
        return i == pos || level != 0 ? -1 : i;
    }

    /** markdown-it's {@code parseLinkTitle}: {@code "…"}, {@code '…'} or {@code (…)}. */
    private static int titleEnd(String text, int pos) {
        if (pos >= text.length()) {
            return -1;
        }
        char marker = text.charAt(pos);
        if (marker != '"' && marker != '\'' && marker != '(') {
            return -1;
        }
        char close = marker == '(' ? ')' : marker;
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == close) {
                return i + 1;
            }
            if (c == '(' && close == ')') {
                return -1;
            }
            if (c == '\\' && i + 1 < text.length()) {
                i++;
            }
        }
        return -1;
    }

    /** markdown-it's {@code validateLink}: no script, file or non-image data URLs. */
    static boolean isAllowedLink(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) {
            return lower.matches("data:image/(gif|png|jpeg|webp);.*");
        }
        return !(lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("file:"));
    }

    /** Backslash escapes of ASCII punctuation, as CommonMark defines them. */
    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
