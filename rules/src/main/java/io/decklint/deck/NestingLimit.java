package io.decklint.deck;

/**
 * Keeps block nesting within what HedgeDoc renders. markdown-it, HedgeDoc's parser, stops nesting blocks at
 * its {@code maxNesting} of 100; flexmark recurses once per level and would overflow the stack on a deck with
 * thousands of nested quotes or list items. What lies beyond the limit is blanked out before parsing; the
 * text keeps its length, so every offset stays valid.
 *
 * <p>Brackets are kept to the same depth within a paragraph: flexmark matches each {@code ]} against every
 * open bracket before it, so thousands of nested images ({@code ![![![…](x.png)](x.png)}) took seconds to
 * minutes. An opening bracket past the limit is blanked, and so is the closing bracket that would match it.
 */
final class NestingLimit {
    static final int MAX_DEPTH = 100;

    private NestingLimit() {}

    static String apply(String text) {
        char[] chars = limitBrackets(text, null);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            chars = limitLine(text, lineStart, lineEnd, chars);
            lineStart = lineEnd + 1;
        }
        return chars == null ? text : new String(chars);
    }

    /** Blanks a line from the first container marker past the limit; copies the text on first change. */
    private static char[] limitLine(String text, int start, int end, char[] chars) {
        int indent = 0;
        int markers = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int markerEnd = markerEnd(text, i, end);
            if (c == ' ' || c == '\t') {
                if (markers == 0) {
                    indent += c == '\t' ? 4 : 1;
                }
                i++;
            } else if (markerEnd > i) {
                markers++;
                if (markers + indent / 2 > MAX_DEPTH) {
                    return blank(text, i, end, chars);
                }
                i = markerEnd;
            } else {
                break;
            }
        }
        return chars;
    }

    /** Blanks brackets nested deeper than the limit; a blank line ends a paragraph and its brackets. */
    private static char[] limitBrackets(String text, char[] chars) {
        int depth = 0;
        int excess = 0;
        boolean blankLine = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                i++; // an escaped bracket is text
            } else if (c == '\n') {
                if (blankLine) {
                    depth = 0;
                    excess = 0;
                }
                blankLine = true;
            } else if (c == '[' && depth == MAX_DEPTH || c == ']' && excess > 0) {
                excess += c == '[' ? 1 : -1;
                chars = blank(text, i, i + 1, chars);
            } else if (c == '[' || c == ']') {
                depth += c == '[' ? 1 : depth > 0 ? -1 : 0;
            }
            blankLine &= c == '\n' || isBlank(c);
        }
        return chars;
    }

    /** Like markdown-it past its limit, renders nothing of the rest of the line. */
    private static char[] blank(String text, int from, int end, char[] chars) {
        char[] copy = chars == null ? text.toCharArray() : chars;
        for (int j = from; j < end; j++) {
            if (copy[j] != '\r') {
                copy[j] = ' ';
            }
        }
        return copy;
    }

    /** The end of a block quote or list marker at {@code i}, or {@code i} when there is none. */
    private static int markerEnd(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || isBlank(text.charAt(i + 1)))) {
            return i + 1;
        }
        int digits = i;
        while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && (digits + 1 == end || isBlank(text.charAt(digits + 1)))) {
            return digits + 1;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
