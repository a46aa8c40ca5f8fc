package io.decklint.deck;

/**
 * Finds where a piece of raw HTML or an autolink starting at a {@code <} ends, by CommonMark's rules as
 * flexmark applies them, reading the text in plain loops. flexmark's patterns for the same recurse once per
 * character or attribute, so a long comment or tag overflowed the stack. Each method returns the index just
 * after the match, or -1 when there is none.
 */
final class HtmlMarkup {
    private static final int NONE = -1;

    private HtmlMarkup() {}

    /** Inline HTML: an open or closing tag, a comment, a processing instruction, a declaration or CDATA. */
    static int inlineEnd(CharSequence s, int at) {
        if (startsWith(s, at, "<!--")) {
            return commentEnd(s, at + 4);
        }
        if (startsWith(s, at, "<?")) {
            return instructionEnd(s, at + 2);
        }
        if (startsWithIgnoreCase(s, at, "<![CDATA[")) {
            return indexAfter(s, at + 9, "]]>");
        }
        if (startsWith(s, at, "<!")) {
            return declarationEnd(s, at + 2);
        }
        return tagEnd(s, at);
    }

    /** An open tag with its attributes, or a closing tag. */
    static int tagEnd(CharSequence s, int at) {
        if (startsWith(s, at, "</")) {
            int i = tagNameEnd(s, at + 2);
            if (i == NONE) {
                return NONE;
            }
            i = skipSpace(s, i);
            return i < s.length() && s.charAt(i) == '>' ? i + 1 : NONE;
        }
        if (!startsWith(s, at, "<")) {
            return NONE;
        }
        int i = tagNameEnd(s, at + 1);
        while (i != NONE) {
            int next = skipSpace(s, i);
            if (next == i || next == s.length() || !isAttributeNameStart(s.charAt(next))) {
                if (next < s.length() && s.charAt(next) == '/') {
                    next++;
                }
                return next < s.length() && s.charAt(next) == '>' ? next + 1 : NONE;
            }
            i = attributeEnd(s, next);
        }
        return NONE;
    }

    /** An autolink such as {@code <https://example.com>}: a scheme of 2 to 32 characters, a colon, no spaces. */
    static int autolinkEnd(CharSequence s, int at) {
        int i = at + 1;
        if (i >= s.length() || !isAsciiLetter(s.charAt(i))) {
            return NONE;
        }
        int scheme = ++i;
        while (i < s.length() && isSchemeChar(s.charAt(i))) {
            i++;
        }
        if (i - scheme < 1 || i - scheme > 31 || i == s.length() || s.charAt(i) != ':') {
            return NONE;
        }
        i++;
        while (i < s.length() && s.charAt(i) > ' ' && s.charAt(i) != '<' && s.charAt(i) != '>') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '>' ? i + 1 : NONE;
    }

    /** An email autolink such as {@code <me@example.com>}, with domain labels of 1 to 63 characters. */
    static int emailEnd(CharSequence s, int at) {
        int i = at + 1;
        int local = i;
        while (i < s.length() && isEmailLocalChar(s.charAt(i))) {
            i++;
        }
        if (i == local || i == s.length() || s.charAt(i) != '@') {
            return NONE;
        }
        do {
            int label = ++i;
            while (i < s.length() && (isAsciiLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (i - label < 1 || i - label > 63 || s.charAt(label) == '-' || s.charAt(i - 1) == '-') {
                return NONE;
            }
        } while (i < s.length() && s.charAt(i) == '.');
        return i < s.length() && s.charAt(i) == '>' ? i + 1 : NONE;
    }

    /** From after {@code <!--}: text without {@code --} that does not start with {@code >} or {@code ->}. */
    private static int commentEnd(CharSequence s, int from) {
        if (startsWith(s, from, ">") || startsWith(s, from, "->")) {
            return NONE;
        }
        int dashes = indexOf(s, from, "--");
        return dashes != NONE && startsWith(s, dashes + 2, ">") ? dashes + 3 : NONE;
    }

    /** From after {@code <?}: up to the first {@code ?>} on the same line. */
    private static int instructionEnd(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (startsWith(s, i, "?>")) {
                return i + 2;
            }
            if (isLineTerminator(s.charAt(i))) {
                return NONE;
            }
        }
        return NONE;
    }

    /** From after {@code <!}: letters, white space, then anything up to the first {@code >}. */
    private static int declarationEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        if (i == from || i == s.length() || !isSpace(s.charAt(i))) {
            return NONE;
        }
        return indexAfter(s, i + 1, ">");
    }

    /** A tag name from its first character: a letter, then letters, digits and dashes. */
    private static int tagNameEnd(CharSequence s, int from) {
        if (from >= s.length() || !isAsciiLetter(s.charAt(from))) {
            return NONE;
        }
        int i = from + 1;
        while (i < s.length() && (isAsciiLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** An attribute from its name on: the name, then optionally {@code =} and an unquoted or quoted value. */
    private static int attributeEnd(CharSequence s, int from) {
        int i = from + 1;
        while (i < s.length() && isAttributeNameChar(s.charAt(i))) {
            i++;
        }
        int equals = skipSpace(s, i);
        if (equals == s.length() || s.charAt(equals) != '=') {
            return i;
        }
        int value = skipSpace(s, equals + 1);
        if (value == s.length()) {
            return NONE;
        }
        char first = s.charAt(value);
        if (first == '"' || first == '\'') {
            return indexAfter(s, value + 1, String.valueOf(first));
        }
        i = value;
        while (i < s.length() && isUnquotedValueChar(s.charAt(i))) {
            i++;
        }
        return i > value ? i : NONE;
    }

    private static int skipSpace(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int indexOf(CharSequence s, int from, String text) {
        for (int i = from; i + text.length() <= s.length(); i++) {
            if (startsWith(s, i, text)) {
                return i;
            }
        }
        return NONE;
    }

    private static int indexAfter(CharSequence s, int from, String text) {
        int i = indexOf(s, from, text);
        return i == NONE ? NONE : i + text.length();
    }

    static boolean startsWith(CharSequence s, int at, String text) {
        return regionMatches(s, at, text, false);
    }

    static boolean startsWithIgnoreCase(CharSequence s, int at, String text) {
        return regionMatches(s, at, text, true);
    }

    private static boolean regionMatches(CharSequence s, int at, String text, boolean ignoreAsciiCase) {
        if (at < 0 || at + text.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = s.charAt(at + i);
            char t = text.charAt(i);
            if (c != t && !(ignoreAsciiCase && isAsciiLetter(c) && (c | 0x20) == (t | 0x20))) {
                return false;
            }
        }
        return true;
    }

    /** What {@code \s} matches in flexmark's patterns. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What ends a line for {@code .} and {@code $} in flexmark's patterns. */
    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '+' || c == '-';
    }

    private static boolean isEmailLocalChar(char c) {
        return isAsciiLetterOrDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    private static boolean isAttributeNameStart(char c) {
        return isAsciiLetter(c) || c == '_' || c == ':';
    }

    private static boolean isAttributeNameChar(char c) {
        return isAsciiLetterOrDigit(c) || c == ':' || c == '.' || c == '_' || c == '-';
    }

    private static boolean isUnquotedValueChar(char c) {
        return c > ' ' && "\"'=<>{}`".indexOf(c) < 0;
    }
}
