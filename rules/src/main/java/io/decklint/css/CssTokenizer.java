package io.decklint.css;

import io.decklint.css.CssToken.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSS into tokens as CSS Syntax Level 3 (section 4, "Tokenization") does, keeping every token's offsets.
 * Every character belongs to exactly one token, so the tokens cover the text without gaps; nothing is
 * normalised (escapes and case stay as written), since fixes must edit the exact characters.
 */
public final class CssTokenizer {
    private final String css;
    private final int length;
    private int pos;

    private CssTokenizer(String css) {
        this.css = css;
        this.length = css.length();
    }

    public static List<CssToken> tokenize(String css) {
        return new CssTokenizer(css).run();
    }

    private List<CssToken> run() {
        List<CssToken> tokens = new ArrayList<>();
        while (pos < length) {
            int start = pos;
            Type type = next();
            tokens.add(new CssToken(type, start, pos));
        }
        return tokens;
    }

    private Type next() {
        char c = css.charAt(pos);
        if (c == '/' && at(pos + 1) == '*') {
            int close = css.indexOf("*/", pos + 2);
            pos = close < 0 ? length : close + 2;
            return close < 0 ? Type.UNCLOSED_COMMENT : Type.COMMENT;
        }
        if (isWhitespace(c)) {
            while (pos < length && isWhitespace(css.charAt(pos))) {
                pos++;
            }
            return Type.WHITESPACE;
        }
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (c == '#') {
            if (isNameChar(at(pos + 1)) || isEscape(pos + 1)) {
                pos++;
                name();
                return Type.HASH;
            }
            pos++;
            return Type.DELIM;
        }
        if (startsNumber(pos)) {
            return numeric();
        }
        if (css.startsWith("<!--", pos)) {
            pos += 4;
            return Type.CDO;
        }
        if (css.startsWith("-->", pos)) {
            pos += 3;
            return Type.CDC;
        }
        if (startsIdent(pos)) {
            return identLike();
        }
        if (c == '@' && startsIdent(pos + 1)) {
            pos++;
            name();
            return Type.AT_KEYWORD;
        }
        pos++;
        return switch (c) {
            case ':' -> Type.COLON;
            case ';' -> Type.SEMICOLON;
            case ',' -> Type.COMMA;
            case '{' -> Type.OPEN_CURLY;
            case '}' -> Type.CLOSE_CURLY;
            case '(' -> Type.OPEN_PAREN;
            case ')' -> Type.CLOSE_PAREN;
            case '[' -> Type.OPEN_SQUARE;
            case ']' -> Type.CLOSE_SQUARE;
            default -> Type.DELIM;
        };
    }

    /** A string ends at its quote; an unescaped line break ends it as a bad string (the break is not in it). */
    private Type string(char quote) {
        pos++;
        while (pos < length) {
            char c = css.charAt(pos);
            if (c == quote) {
                pos++;
                return Type.STRING;
            }
            if (c == '\n' || c == '\r' || c == '\f') {
                return Type.BAD_STRING;
            }
            pos += c == '\\' && pos + 1 < length ? 2 : 1;
        }
        return Type.STRING;
    }

    private Type numeric() {
        if (css.charAt(pos) == '+' || css.charAt(pos) == '-') {
            pos++;
        }
        digits();
        if (at(pos) == '.' && isDigit(at(pos + 1))) {
            pos++;
            digits();
        }
        if ((at(pos) == 'e' || at(pos) == 'E')
                && (isDigit(at(pos + 1)) || ((at(pos + 1) == '+' || at(pos + 1) == '-') && isDigit(at(pos + 2))))) {
            pos += 2;
            digits();
        }
        if (startsIdent(pos)) {
            name();
            return Type.DIMENSION;
        }
        if (at(pos) == '%') {
            pos++;
            return Type.PERCENTAGE;
        }
        return Type.NUMBER;
    }

    private Type identLike() {
        int start = pos;
        name();
        if (at(pos) != '(') {
            return Type.IDENT;
        }
        pos++;
        if (!css.regionMatches(true, start, "url", 0, 3) || pos - start != 4) {
            return Type.FUNCTION;
        }
        int look = pos;
        while (look < length && isWhitespace(css.charAt(look))) {
            look++;
        }
        if (look < length && (css.charAt(look) == '"' || css.charAt(look) == '\'')) {
            return Type.FUNCTION;
        }
        return url();
    }

    /** An unquoted {@code url(…)}: whitespace may only come before the closing parenthesis. */
    private Type url() {
        boolean bad = false;
        boolean spaced = false;
        while (pos < length) {
            char c = css.charAt(pos);
            if (c == ')') {
                pos++;
                return bad ? Type.BAD_URL : Type.URL;
            }
            if (isWhitespace(c)) {
                spaced = true;
            } else if (spaced || c == '"' || c == '\'' || c == '(') {
                bad = true;
            }
            pos += c == '\\' && pos + 1 < length ? 2 : 1;
        }
        return bad ? Type.BAD_URL : Type.URL;
    }

    private void name() {
        while (pos < length) {
            if (isNameChar(css.charAt(pos))) {
                pos++;
            } else if (isEscape(pos)) {
                pos += 2;
            } else {
                return;
            }
        }
    }

    private void digits() {
        while (isDigit(at(pos))) {
            pos++;
        }
    }

    private boolean startsIdent(int i) {
        char c = at(i);
        if (c == '-') {
            return isNameStart(at(i + 1)) || at(i + 1) == '-' || isEscape(i + 1);
        }
        return isNameStart(c) || isEscape(i);
    }

    private boolean startsNumber(int i) {
        char c = at(i);
        if (c == '+' || c == '-') {
            return isDigit(at(i + 1)) || (at(i + 1) == '.' && isDigit(at(i + 2)));
        }
        return isDigit(c) || (c == '.' && isDigit(at(i + 1)));
    }

    private boolean isEscape(int i) {
        return at(i) == '\\' && i + 1 < length && !isNewline(css.charAt(i + 1));
    }

    private char at(int i) {
        return i < length ? css.charAt(i) : '\0';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || isDigit(c) || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r' || c == '\f';
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || isNewline(c);
    }
}
