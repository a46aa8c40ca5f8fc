package io.decklint.css;

import io.decklint.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A rule: a style rule (a selector and a block of declarations) or an at-rule ({@code @media} with rules,
 * {@code @font-face} with descriptors, {@code @import} with none). A style rule may hold nested rules (CSS nesting);
 * an at-rule holds rules or declarations, depending on its kind.
 *
 * @param atName the at-rule's name in lower case without {@code @}, or null for a style rule
 * @param range from the first character of the rule to its closing brace or semicolon
 * @param prelude the selector or the at-rule's prelude, trimmed
 * @param block from the opening to the closing brace, or null for a statement at-rule such as {@code @import}
 * @param closed false when the block runs to the end of the style sheet without its closing brace
 */
public record CssRule(String atName, TextRange range, TextRange prelude, TextRange block, boolean closed,
        List<CssDeclaration> declarations, List<CssRule> rules) {
    public CssRule {
        declarations = List.copyOf(declarations);
        rules = List.copyOf(rules);
    }

    public boolean isStyleRule() {
        return atName == null;
    }

    public Optional<TextRange> blockRange() {
        return Optional.ofNullable(block);
    }

    public String preludeText(CharSequence css) {
        return prelude.of(css);
    }
}
