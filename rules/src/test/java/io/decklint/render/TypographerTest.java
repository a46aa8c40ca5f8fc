package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** markdown-it's typographer, which HedgeDoc turns on: what a deck's text looks like on the slide. */
class TypographerTest {
    private static String html(String markdown) {
        return HedgeDocMarkdown.toHtml(markdown);
    }

    @Test
    void quotesCurlAndApostrophesTurn() {
        assertThat(html("the \"KaaS roadmap\" is 'done', we'll see"))
                .isEqualTo("<p>the \u201CKaaS roadmap\u201D is \u2018done\u2019, we\u2019ll see</p>\n");
    }

    @Test
    void quotesPairAcrossEmphasisAndStayOutOfCodeAndHtml() {
        assertThat(html("\"*really*\" `\"code\"` <b title=\"x\">\"y\"</b>"))
                .isEqualTo("<p>\u201C<em>really</em>\u201D <code>&quot;code&quot;</code> "
                        + "<b title=\"x\">\u201Cy\u201D</b></p>\n");
    }

    @Test
    void anInchMarkIsNotAQuote() {
        assertThat(html("a 1\"\" gap")).isEqualTo("<p>a 1&quot;&quot; gap</p>\n");
    }

    @Test
    void replacementsOutsideCodeAndAutolinks() {
        assertThat(html("(c) (TM) (r) +- wait... what?.... no!!!!! a,, b -- c---d"))
                .isEqualTo("<p>\u00A9 \u2122 \u00AE \u00B1 wait\u2026 what?.. no!!! a, b \u2013 c\u2014d</p>\n");
        assertThat(html("`a -- b` https://x.test/a--b/c...")).contains("<code>a -- b</code>")
                .contains(">https://x.test/a--b/c</a>\u2026");
    }

    @Test
    void aQuoteAtALineBreakSeesTheBreakAsSpace() {
        assertThat(html("say \"hi\nthere\"")).isEqualTo("<p>say \u201Chi<br>\nthere\u201D</p>\n");
    }
}
