package io.decklint.css;

import io.decklint.text.TextRange;

/** Something in a style sheet that makes browsers drop more than the author meant, and where it is. */
public record CssProblem(Kind kind, TextRange range) {
    public enum Kind {
        /** An opening brace never closed: everything after it lands inside its block. */
        UNCLOSED_BLOCK,
        /** A closing brace that closes nothing: it becomes part of the next rule's selector, which is dropped. */
        STRAY_CLOSE_BRACE,
        /** A {@code ;} between rules: it becomes part of the next rule's selector, which is dropped. */
        STRAY_SEMICOLON,
        /** A {@code (} or {@code [} never closed: it swallows the rest of the style sheet. */
        UNCLOSED_PARENTHESIS,
        /** A declaration without {@code :} after its name. */
        MISSING_COLON,
        /** A declaration that does not start with a property name. */
        INVALID_DECLARATION,
        /** Text after the last rule that has no block. */
        RULE_WITHOUT_BLOCK,
        /** A {@code /*} comment that is never closed. */
        UNCLOSED_COMMENT,
        /** A string that a line break ends before its closing quote. */
        UNCLOSED_STRING
    }
}
