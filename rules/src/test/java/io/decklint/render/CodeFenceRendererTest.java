package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fenced code as HedgeDoc 1.x's fence rule, highlightRender and postProcess write it. */
class CodeFenceRendererTest {
    private static String html(String markdown) {
        return HedgeDocMarkdown.toHtml(markdown);
    }

    @Test
    void codeCarriesItsLanguageForHighlightJs() {
        assertThat(html("```python\nx = 1 < 2\n```"))
                .isEqualTo("<pre><code class=\"python hljs raw\">x = 1 &lt; 2\n</code></pre>\n");
        assertThat(html("```\nplain\n```")).isEqualTo("<pre><code>plain\n</code></pre>\n");
        assertThat(html("```text\nplain\n```")).isEqualTo("<pre><code class=\"text hljs raw\">plain\n</code></pre>\n");
    }

    @Test
    void eachDiagramKindIsABoxForItsLibrary() {
        assertThat(html("```mermaid\ngraph LR\nA-->B\n```")).isEqualTo("<pre><code class=\"mermaid hljs raw\">"
                + "<div class=\"mermaid raw\">graph LR\nA--&gt;B\n</div></code></pre>\n");
        assertThat(html("```sequence\nA->B: hi\n```")).contains("<div class=\"sequence-diagram raw\">A-&gt;B: hi\n</div>");
        assertThat(html("```flow\nst=>start: S\n```")).contains("<div class=\"flow-chart raw\">st=&gt;start: S\n</div>");
        assertThat(html("```graphviz\ndigraph {a}\n```")).contains("<div class=\"graphviz raw\">digraph {a}\n</div>");
        assertThat(html("```abc\nX:1\n```")).contains("<div class=\"abc raw\">X:1\n</div>");
    }

    @Test
    void aDiagramsSourceStaysText() {
        assertThat(html("```mermaid\nA[\"<img src=x onerror=alert(1)>\"]\n```"))
                .contains("A[&quot;&lt;img src=x onerror=alert(1)&gt;&quot;]").doesNotContain("<img");
    }

    @Test
    void anEqualsSignAfterTheLanguageNumbersTheLines() {
        assertThat(html("```js=\na\nb\n```")).isEqualTo("<pre><code class=\"js hljs raw\"><div class=\"wrapper\">"
                + "<div class=\"gutter linenumber\"><span data-linenumber=\"1\"></span>\n"
                + "<span data-linenumber=\"2\"></span></div><div class=\"code\">a\nb\n</div></div></code></pre>\n");
        assertThat(html("```js=41\na\nb\n```")).contains("data-linenumber=\"41\"").contains("data-linenumber=\"42\"");
    }

    @Test
    void plusGoesOnFromThePreviousBlockOnTheSlide() {
        String html = html("```js=5\na\nb\n```\n\n```js=+\nc\n```\n\n```js=+\nd\n```");
        assertThat(html).contains("<div class=\"gutter linenumber continue\"><span data-linenumber=\"7\"></span></div>")
                .contains("<div class=\"gutter linenumber continue\"><span data-linenumber=\"8\"></span></div>");
        assertThat(html("```js=+\nc\n```")).contains("<span data-linenumber=\"1\"></span>");
    }

    @Test
    void anExclamationMarkWrapsLongLines() {
        assertThat(html("```bash!\nls\n```")).startsWith("<pre><code class=\"wrap bash hljs raw\">ls\n");
        // as in HedgeDoc, "=!" wraps without numbers and "=5!" keeps "=5" in the class
        assertThat(html("```bash=!\nls\n```")).startsWith("<pre><code class=\"wrap bash hljs raw\">ls\n");
        assertThat(html("```bash=5!\nls\n```")).startsWith("<pre><code class=\"wrap bash=5 hljs raw\">ls\n");
    }
}
