package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.decklint.deck.Deck;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** HedgeDoc's {@code {%…%}} embeds and {@code [TOC]}, with IDs checked as extra.js checks them. */
class EmbedsTest {
    private static String body(String markdown) {
        return SlideRenderer.render(markdown, null).body();
    }

    @Test
    void youtubeIsABoxWithThumbnailAndLink() {
        assertThat(body("{%youtube dQw4w9WgXcQ %}")).contains("<div class=\"youtube decklint-embed\" "
                + "data-videoid=\"dQw4w9WgXcQ\"><img class=\"decklint-embed-thumbnail\" "
                + "src=\"https://img.youtube.com/vi/dQw4w9WgXcQ/hqdefault.jpg\" alt=\"\">"
                + "<a class=\"decklint-embed-link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" "
                + "target=\"_blank\">YouTube video dQw4w9WgXcQ</a></div>");
    }

    @Test
    void anEmbedMaySitInTextAndSpanLines() {
        assertThat(body("See {%youtube\ndQw4w9WgXcQ%} here")).startsWith("<div><p>See </p><div class=\"youtube "
                + "decklint-embed\" data-videoid=\"dQw4w9WgXcQ\">").endsWith("</div> here<p></p>\n</div>");
    }

    @Test
    void otherEmbeds() {
        String body = body("{%vimeo 123456 %}\n\n{%gist user/abc123 %}\n\n{%slideshare someone/talk-1 %}\n\n"
                + "{%speakerdeck someone/talk-2 %}\n\n{%pdf https://example.org/a.pdf %}");
        assertThat(body).contains("<div class=\"vimeo decklint-embed\" data-videoid=\"123456\">"
                        + "<a class=\"decklint-embed-link\" href=\"https://vimeo.com/123456\" target=\"_blank\">"
                        + "Vimeo video 123456</a></div>")
                .contains("<div class=\"gist decklint-embed\" data-gistid=\"user/abc123\">")
                .contains("href=\"https://gist.github.com/user/abc123\"")
                .contains("<div class=\"slideshare\"><a href=\"https://slideshare.com/someone/talk-1\" "
                        + "target=\"_blank\">Slideshare</a></div>")
                .contains("<div class=\"speakerdeck\"><a href=\"https://speakerdeck.com/someone/talk-2\" "
                        + "target=\"_blank\">Speakerdeck</a></div>")
                .contains("<div class=\"pdf decklint-embed\" data-pdfurl=\"https://example.org/a.pdf\">");
    }

    @Test
    void idsHedgeDocRefusesStayText() {
        String body = body("{%youtube dQw4w9WgXcQ\" onerror=\"x %}\n\n{%youtube short %}\n\n"
                + "{%vimeo 12345 %}\n\n{%gist a/b/c %}\n\n{%pdf javascript:alert(1) %}\n\n"
                + "{%pdf https://x.test/a\" onload=\"x %}\n\n{%YouTube dQw4w9WgXcQ %}");
        assertThat(body).doesNotContain("decklint-embed").doesNotContain("<img").doesNotContain("<div class")
                .contains("<p>{%youtube dQw4w9WgXcQ\" onerror=\"x %}</p>")
                .contains("{%youtube short %}").contains("{%vimeo 12345 %}").contains("{%gist a/b/c %}")
                .contains("{%pdf javascript:alert(1) %}").contains("{%YouTube dQw4w9WgXcQ %}");
    }

    @Test
    void anEmbedInCodeIsCode() {
        assertThat(body("`{%youtube dQw4w9WgXcQ %}`")).contains("<code>{%youtube dQw4w9WgXcQ %}</code>")
                .doesNotContain("decklint-embed");
    }

    @Test
    void tocIsAnEmptyBoxAsInHedgeDocsSlides() {
        assertThat(body("# Agenda\n\n[TOC]")).isEqualTo("<div><h1>Agenda</h1>\n<p></p><div class=\"toc\"></div>"
                + "<p></p>\n</div>");
        assertThat(body("[toc]")).contains("<div class=\"toc\"></div>");
        assertThat(body("[TOC] first")).doesNotContain("class=\"toc\"");
    }

    @Test
    void aPageWithAnEmbedGetsTheEmbedScriptByHashAndOthersDoNot() {
        RenderedDeck with = new DeckRenderer().render(Deck.parse("{%youtube dQw4w9WgXcQ %}"),
                RenderOptions.standalone());
        assertThat(with.html()).contains(EmbedPage.SCRIPT).contains(EmbedPage.STYLE);
        assertThat(with.contentSecurityPolicy()).contains("frame-src https:").contains("img-src 'self' https:");
        RenderedDeck without = new DeckRenderer().render(Deck.parse("# Plain"),
                RenderOptions.standalone());
        assertThat(without.html()).doesNotContain("decklint-embed");
    }

    @Test
    void anEmbedAfterOpenBracesAndOneOutOfReachOfItsClose() {
        assertThat(body("{ {{%youtube dQw4w9WgXcQ %} {%}")).startsWith("<div><p>{ {</p><div class=\"youtube ")
                .endsWith("</div> {%}<p></p>\n</div>");
        String far = "{%youtube dQw4w9WgXcQ " + " ".repeat(2_048) + "%}";
        assertThat(body(far)).doesNotContain("decklint-embed");
    }

    /** Each brace once searched up to 2,048 characters ahead for a close: these took 26 and 82 s. */
    @Test
    void longRunsOfBracesWithNoCloseRenderInLinearTime() {
        for (String run : new String[] {"{".repeat(1_000_000), "{%pdf ".repeat(170_000)}) {
            String body = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> body(run));
            assertThat(body).doesNotContain("decklint-embed").contains(run.substring(0, 100));
        }
    }
}
