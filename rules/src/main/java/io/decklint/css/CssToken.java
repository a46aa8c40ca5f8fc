package io.decklint.css;

import io.decklint.text.TextRange;

/** One token of a style sheet, with its place in the text the tokenizer was given. */
public record CssToken(Type type, int start, int end) {
    /** The token types of CSS Syntax Level 3, plus unterminated comments. */
    public enum Type {
        WHITESPACE, COMMENT, UNCLOSED_COMMENT, IDENT, FUNCTION, AT_KEYWORD, HASH, STRING, BAD_STRING, URL, BAD_URL,
        NUMBER, PERCENTAGE, DIMENSION, DELIM, COLON, SEMICOLON, COMMA, OPEN_CURLY, CLOSE_CURLY, OPEN_PAREN,
        CLOSE_PAREN, OPEN_SQUARE, CLOSE_SQUARE, CDO, CDC
    }

    public TextRange range() {
        return new TextRange(start, end);
    }

    public String text(CharSequence css) {
        return css.subSequence(start, end).toString();
    }

    /** Whitespace and comments, which separate tokens but mean nothing. */
    public boolean isBlank() {
        return type == Type.WHITESPACE || type == Type.COMMENT || type == Type.UNCLOSED_COMMENT;
    }

    /** A token that opens a nested block, closed by {@link #closer()}. */
    public boolean opensBlock() {
        return type == Type.OPEN_CURLY || type == Type.OPEN_PAREN || type == Type.FUNCTION
                || type == Type.OPEN_SQUARE;
    }

    /** The token type that closes the block this token opens. */
    public Type closer() {
        return switch (type) {
            case OPEN_CURLY -> Type.CLOSE_CURLY;
            case OPEN_SQUARE -> Type.CLOSE_SQUARE;
            case OPEN_PAREN, FUNCTION -> Type.CLOSE_PAREN;
            default -> throw new IllegalStateException(type + " opens no block");
        };
    }
}
