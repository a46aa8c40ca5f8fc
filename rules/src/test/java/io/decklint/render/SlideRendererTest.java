package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One slide as HedgeDoc's slide view builds it: sanitised, wrapped, with its attribute comments applied. */
class SlideRendererTest {
    private static RenderedSlide slide(String markdown) {
        return SlideRenderer.render(markdown, null);
    }

    @Test
    void contentSitsInHedgeDocsWrapperDiv() {
        assertThat(slide("# Hello").body()).isEqualTo("<div><h1>Hello</h1>\n</div>");
    }

    @Test
    void speakerNotesBecomeARevealNotesAside() {
        RenderedSlide slide = SlideRenderer.render("# Hi\n", "say **hello**");
        assertThat(slide.body()).isEqualTo("<div><h1>Hi</h1>\n<aside class=\"notes\"><p>say <strong>hello</strong>"
                + "</p>\n</aside></div>");
    }

    @Test
    void scriptsAreShownAsTextNotRun() {
        String body = slide("<script>alert(1)</script>\n\ntext <script>x()</script>").body();
        assertThat(body).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;script&gt;x()&lt;/script&gt;");
    }

    @Test
    void eventHandlersAndScriptUrlsGo() {
        String body = slide("<img src=\"https://x.test/a.png\" onerror=\"alert(1)\" width=\"10\">\n\n"
                + "[a](javascript:alert(1)) <a href=\" java&#x09;script:alert(1)\">b</a> "
                + "<a href=\"https://ok.test/\" onclick=\"x()\">c</a> <a href=\"vbscript:x\">d</a>").body();
        assertThat(body).doesNotContain("onerror").doesNotContain("onclick").doesNotContain("href=\"javascript")
                .contains("<img src=\"https://x.test/a.png\" width=\"10\">")
                .contains("[a](javascript:alert(1))")
                .contains("<a>b</a>")
                .contains("<a href=\"https://ok.test/\">c</a>")
                .contains("<a>d</a>");
    }

    @Test
    void linksKeepHedgeDocsRulesForAddresses() {
        String body = slide("[a](https://x.test) [b](./x.png) [c](/uploads/x) [d](#top) [e](mailto:x@y.test) "
                + "[f](other/page.html) [g](ftp://f.test) [h](irc://chat.test)").body();
        assertThat(body).contains("href=\"https://x.test\"").contains("href=\"./x.png\"")
                .contains("href=\"/uploads/x\"").contains("href=\"#top\"").contains("href=\"mailto:x@y.test\"")
                .contains("<a href=\"\">f</a>").contains("href=\"ftp://f.test\"").contains("href=\"irc://chat.test\"");
    }

    @Test
    void tagsDecksUseAreKeptAndOthersShownAsText() {
        String body = slide("<font color=\"#0f5fe1\" size=\"12px\" onmouseover=\"x()\">Hi</font> <span class=\"a\" "
                + "data-x=\"1\" title=\"t\">s</span> <object data=\"x.swf\"></object> <kbd>K</kbd>").body();
        assertThat(body).contains("<font color=\"#0f5fe1\" size=\"12px\">Hi</font>")
                .contains("<span class=\"a\" data-x=\"1\">s</span>")
                .contains("&lt;object data=\"x.swf\"&gt;&lt;/object&gt;")
                .contains("<kbd>K</kbd>");
    }

    @Test
    void styleBlocksStayButLoseImports() {
        String body = slide("<style>\n@import url(https://evil.test/x.css);\n.slides h1 > a { color: red; }\n</style>")
                .body();
        assertThat(body).contains("<style>").contains(".slides h1 > a { color: red; }").doesNotContain("@import");
    }

    @Test
    void iframesAreSandboxedAndNeedAWebAddress() {
        String body = slide("<iframe src=\"https://www.youtube.com/embed/x\" width=\"560\" srcdoc=\"&lt;script&gt;\">"
                + "</iframe>\n\n<IFRAME src=\"javascript:alert(1)\"></IFRAME>").body();
        assertThat(body).contains("<iframe src=\"https://www.youtube.com/embed/x\" width=\"560\" sandbox=\"\" "
                + "credentialless=\"\"></iframe>").doesNotContain("srcdoc").doesNotContain("javascript")
                .contains("<iframe sandbox=\"\" credentialless=\"\"></iframe>");
    }

    @Test
    void elementCommentsGoToThePreviousElementOrTheParent() {
        String body = slide("- one <!-- .element: class=\"fragment\" -->\n- two\n\n"
                + "![](https://x.test/a.png) <!-- .element: style=\"width: 50%\" data-id=\"pic\" -->\n\n"
                + "# Title\n<!-- .element: class=\"big\" id=\"t\" -->").body();
        assertThat(body).contains("<li class=\"fragment\">one </li>")
                .contains("<img src=\"https://x.test/a.png\" alt=\"\" style=\"width: 50%\" data-id=\"pic\">")
                .contains("<h1 class=\"big\" id=\"t\">Title</h1>")
                .doesNotContain("<!--");
    }

    @Test
    void slideCommentsGoToTheSection() {
        RenderedSlide slide = slide("<!-- .slide: data-background=\"https://x.test/bg.jpg\" class=\"dark\" -->\n# Hi");
        assertThat(slide.sectionAttributes()).isEqualTo(" data-background=\"https://x.test/bg.jpg\" class=\"dark\"");
        assertThat(slide.body()).isEqualTo("<div>\n<h1>Hi</h1>\n</div>");
    }

    @Test
    void attributesHedgeDocDropsAreDropped() {
        RenderedSlide slide = slide("<!-- .slide: data-a='single' onclick=\"x()\" data-b=\"a=b\" title=\"t\" "
                + "data-background-iframe=\"javascript:alert(1)\" data-ok=\"yes\" -->");
        assertThat(slide.sectionAttributes()).isEqualTo(" data-ok=\"yes\"");
    }

    @Test
    void taskListItemsGetDisabledCheckboxes() {
        String body = slide("- [ ] todo\n- [x] done\n- [ ]no space is fine too").body();
        assertThat(body).contains("<li class=\"task-list-item\"><input type=\"checkbox\" "
                + "class=\"task-list-item-checkbox\" disabled><label></label>todo</li>")
                .contains("class=\"task-list-item-checkbox\" disabled checked><label></label>done</li>");
    }

    @Test
    void deeplyNestedTagsAreCleanedWithoutOverflowingTheStack() {
        String body = slide("<span>".repeat(20_000) + "<b onclick=\"x()\">deep</b><!-- .element: class=\"k\" -->"
                + "</span>".repeat(20_000)).body();
        assertThat(body).contains("<b class=\"k\">deep</b>").doesNotContain("onclick");
    }

    @Test
    void aStrayClosingDivEndsTheSlideAsInHedgeDoc() {
        assertThat(slide("before\n\n</div>\n\nafter").body()).isEqualTo("<div><p>before</p>\n</div>");
    }
}
