package io.decklint.deck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestingLimitTest {
    @Test
    void leavesOrdinaryMarkdownAlone() {
        String text = "> quote\n- a\n  - b\n    1. c\n";
        assertThat(NestingLimit.apply(text)).isSameAs(text);
    }

    @Test
    void blanksWhatLiesBeyondMarkdownItsNestingLimitKeepingTheLength() {
        String deep = ">".repeat(150) + " deep\n# after\n";
        String limited = NestingLimit.apply(deep);
        assertThat(limited).hasSameSizeAs(deep).startsWith(">".repeat(100) + " ").endsWith("\n# after\n");
        assertThat(limited.substring(100, limited.indexOf('\n')).isBlank()).isTrue();
    }

    @Test
    void bracketsNestedPastTheLimitAreBlankedWithTheirClosingBrackets() {
        String nested = "![".repeat(150) + "](x.png)".repeat(150);
        String limited = NestingLimit.apply(nested);
        assertThat(limited).hasSameSizeAs(nested)
                .isEqualTo("![".repeat(100) + "! ".repeat(50) + " (x.png)".repeat(50) + "](x.png)".repeat(100));
    }

    @Test
    void aBlankLineEndsTheBracketsOfAParagraph() {
        String text = "[".repeat(100) + "\n\n[a](b) \\[ [c]\n";
        assertThat(NestingLimit.apply(text)).isSameAs(text);
    }

    @Test
    void deepIndentationCountsAsNesting() {
        String line = " ".repeat(300) + "- item\n";
        assertThat(NestingLimit.apply(line).isBlank()).isTrue();
    }
}
