package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Formulas found where markdown-it-mathjax 2.0.0 finds them, written as HedgeDoc's options write them. */
class MathParserTest {
    private static String html(String markdown) {
        return HedgeDocMarkdown.toHtml(markdown);
    }

    @Test
    void dollarsMakeInlineAndDisplayedFormulas() {
        assertThat(html("Energy $E = mc^2$ here"))
                .isEqualTo("<p>Energy <span class=\"mathjax raw\">\\(E = mc^2\\)</span> here</p>\n");
        assertThat(html("$$\\frac{1}{3}$$"))
                .isEqualTo("<p><span class=\"mathjax raw\">\\[\\frac{1}{3}\\]</span></p>\n");
    }

    @Test
    void pricesStayText() {
        assertThat(html("It costs $5 and $10.")).isEqualTo("<p>It costs $5 and $10.</p>\n");
        assertThat(html("From $ 5 to $ 10")).doesNotContain("mathjax");
        assertThat(html("$x$5")).doesNotContain("mathjax");
        assertThat(html("$a\\$ b")).doesNotContain("mathjax");
        // three dollars are no opening, but the two after the first are
        assertThat(html("$$$x$$$")).isEqualTo("<p>$<span class=\"mathjax raw\">\\[x\\]</span>$</p>\n");
    }

    @Test
    void twoBackslashesDelimitFormulasAndOneIsAMarkdownEscape() {
        assertThat(html("\\\\(a^2\\\\) and \\\\[b\\\\]")).isEqualTo("<p><span class=\"mathjax raw\">\\(a^2\\)</span> and "
                + "<span class=\"mathjax raw\">\\[b\\]</span></p>\n");
        assertThat(html("\\(a\\) costs \\$5")).isEqualTo("<p>(a) costs $5</p>\n");
    }

    @Test
    void anEnvironmentIsAFormulaWithItsMarkers() {
        assertThat(html("\\begin{align}a &= b\\end{align}"))
                .isEqualTo("<p><span class=\"mathjax raw\">\\begin{align}a &amp;= b\\end{align}</span></p>\n");
    }

    @Test
    void aFormulaIsNotMarkdownAndMaySpanLines() {
        assertThat(html("$a*b*c_d_ < e$")).isEqualTo("<p><span class=\"mathjax raw\">\\(a*b*c_d_ &lt; e\\)</span></p>\n");
        assertThat(html("$$\n\\sum_i x_i\n$$")).isEqualTo("<p><span class=\"mathjax raw\">\\[\n\\sum_i x_i\n\\]</span></p>\n");
    }

    @Test
    @Timeout(60)
    void aParagraphOfUnclosedOpeningsIsReadOnce() {
        String openings = "\\\\( a \\begin{x".repeat(40_000);
        assertThat(html(openings + " $y$")).endsWith("<span class=\"mathjax raw\">\\(y\\)</span></p>\n");
        String environments = "\\begin{a}\\begin{b}\\begin{c}".repeat(20_000) + "\\end{a}";
        assertThat(html(environments)).startsWith("<p><span class=\"mathjax raw\">\\begin{a}\\begin{b}");
    }

    @Test
    void codeIsNoFormula() {
        assertThat(html("`$x$`")).isEqualTo("<p><code>$x$</code></p>\n");
        assertThat(html("```\n$x$\n```")).isEqualTo("<pre><code>$x$\n</code></pre>\n");
    }
}
