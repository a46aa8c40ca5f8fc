package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown as HedgeDoc's markdown-it set-up renders it (before sanitising). */
class HedgeDocMarkdownTest {
    private static String html(String markdown) {
        return HedgeDocMarkdown.toHtml(markdown);
    }

    @Test
    void aSingleLineBreakIsABreak() {
        assertThat(html("one\ntwo")).isEqualTo("<p>one<br>\ntwo</p>\n");
    }

    @Test
    void rawHtmlSuchAsFontPassesThrough() {
        assertThat(html("# <font color=\"#50c3a5\">Sovereign</font> Cloud"))
                .isEqualTo("<h1><font color=\"#50c3a5\">Sovereign</font> Cloud</h1>\n");
    }

    @Test
    void emojiShortcodesHedgeDocKnowsBecomeEmoji() {
        assertThat(html("keys :key: and :CLOUD: but :not_an_emoji: and `:key:`"))
                .isEqualTo("<p>keys \uD83D\uDD11 and \u2601\uFE0F but :not_an_emoji: and <code>:key:</code></p>\n");
    }

    @Test
    void imageSizesAsHackMdWritesThem() {
        assertThat(html("![](https://x.test/a.png =50%x)"))
                .isEqualTo("<p><img src=\"https://x.test/a.png\" alt=\"\" width=\"50%\" /></p>\n");
        assertThat(html("![a *b*](<p q.png> \"t\" =100x200)"))
                .isEqualTo("<p><img src=\"p%20q.png\" alt=\"a b\" title=\"t\" width=\"100\" height=\"200\" /></p>\n");
        assertThat(html("![x](a.png =x20)")).contains("height=\"20\"").doesNotContain("width");
    }

    @Test
    void aSizeNeedsTheSpaceBeforeItAndNoneAfterTheEqualsSign() {
        assertThat(html("![x](a.png= 10x20)")).isEqualTo("<p>![x](a.png= 10x20)</p>\n");
        assertThat(html("![x](a.png = 10x20)")).isEqualTo("<p>![x](a.png = 10x20)</p>\n");
        assertThat(html("![x](a.png =WxH)")).isEqualTo("<p>![x](a.png =WxH)</p>\n");
    }

    @Test
    void aSizedImageWithAScriptUrlHasNoSource() {
        assertThat(html("![x](javascript:alert(1) =10x10)")).isEqualTo("<p>![x](javascript:alert(1) =10x10)</p>\n");
        assertThat(html("![x](vbscript:x =10x10)")).isEqualTo("<p>![x](vbscript:x =10x10)</p>\n");
    }

    @Test
    void linksToScriptsFilesOrDataStayTextAsInMarkdownIt() {
        assertThat(html("[click *me*](javascript:alert(1)) ![i](data:text/html,x \"t\") [f](file:///etc/passwd)"))
                .isEqualTo("<p>[click <em>me</em>](javascript:alert(1)) ![i](data:text/html,x &quot;t&quot;) "
                        + "[f](file:///etc/passwd)</p>\n");
        assertThat(html("![ok](data:image/png;base64,AAAA)")).contains("<img src=\"data:image/png;base64,AAAA\"");
    }

    @Test
    void tablesAlignWithAStyleAsMarkdownItDoes() {
        assertThat(html("| a | b |\n|--:|:-:|\n| 1 | 2 |"))
                .contains("<th style=\"text-align:right\">a</th>")
                .contains("<td style=\"text-align:center\">2</td>");
    }

    @Test
    void strikethroughNeedsTwoTildesAndOneTildeIsSubscript() {
        assertThat(html("~~gone~~ H~2~O")).isEqualTo("<p><s>gone</s> H<sub>2</sub>O</p>\n");
        assertThat(html("~not sub~")).isEqualTo("<p>~not sub~</p>\n");
    }

    @Test
    void markInsertAndSuperscript() {
        assertThat(html("==hi== ++new++ 2^10^ a\\^b"))
                .isEqualTo("<p><mark>hi</mark> <ins>new</ins> 2<sup>10</sup> a^b</p>\n");
        assertThat(html("a == b and C++ or ^x y^")).isEqualTo("<p>a == b and C++ or ^x y^</p>\n");
    }

    @Test
    void alertContainers() {
        assertThat(html(":::warning\n**Careful**\n:::\nafter"))
                .isEqualTo("<div role=\"alert\" class=\"alert alert-warning\">\n<p><strong>Careful</strong></p>\n"
                        + "</div>\n<p>after</p>\n");
        assertThat(html(":::spoiler\nx\n:::")).startsWith("<p>:::spoiler");
    }

    @Test
    void fencedCodeGetsTheLanguageAndHljsClassesWithoutLineNumberSuffixes() {
        assertThat(html("```js=12\nx\n```")).startsWith("<pre><code class=\"js hljs raw\">");
        assertThat(html("```python!\nx\n```")).contains("class=\"wrap python hljs raw\"");
        assertThat(html("```!\nx\n```")).contains("class=\"wrap hljs raw\"");
        assertThat(html("```\nx\n```")).isEqualTo("<pre><code>x\n</code></pre>\n");
    }

    @Test
    void bareUrlsBecomeLinks() {
        assertThat(html("see https://scs.community/docs, then www.example.org"))
                .contains("<a href=\"https://scs.community/docs\">https://scs.community/docs</a>")
                .contains("<a href=\"http://www.example.org\">www.example.org</a>");
    }
}
