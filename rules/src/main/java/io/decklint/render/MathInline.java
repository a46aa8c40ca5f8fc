package io.decklint.render;

import org.commonmark.node.CustomNode;

/**
 * A formula as markdown-it-mathjax 2.0.0 finds it: {@code $…$} or {@code \\(…\\)} inline, {@code $$…$$} or
 * {@code \\[…\\]} displayed, or a bare {@code \begin{env}…\end{env}}. The page typesets it (PageLibrary#MATH).
 */
final class MathInline extends CustomNode {
    enum Kind {
        /** {@code \begin{env}…\end{env}}: written with its markers, no delimiters added. */
        ENVIRONMENT("", ""),
        INLINE("\\(", "\\)"),
        DISPLAY("\\[", "\\]");

        final String opening;
        final String closing;

        Kind(String opening, String closing) {
            this.opening = opening;
            this.closing = closing;
        }
    }

    private final Kind kind;
    private final String tex;

    MathInline(Kind kind, String tex) {
        this.kind = kind;
        this.tex = tex;
    }

    Kind kind() {
        return kind;
    }

    String tex() {
        return tex;
    }
}
