package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page loads the libraries its slides need, and only those. */
class PageLibraryTest {
    private static PageLibrary.Selection select(String markdown) {
        return PageLibrary.select(SlideRenderer.render(markdown, null).body());
    }

    @Test
    void aDeckWithoutMathDiagramsOrHighlightedCodeLoadsNothing() {
        assertThat(select("# Hi\n\n```\nplain\n```\n\n    indented\n\nIt costs $5 and $10.").files()).isEmpty();
    }

    @Test
    void mathLoadsMathJax() {
        assertThat(select("$x$").scripts())
                .containsExactly(PageLibrary.DRAW_JS, "pagelibs/mathjax/es5/tex-svg-full.js");
        assertThat(select("$x$").licences()).containsExactly("pagelibs/mathjax/LICENSE");
        assertThat(select("$x$").styles()).containsExactly(PageLibrary.DRAWN_CSS);
    }

    @Test
    void eachDiagramLoadsItsOwnLibraryAndNoHighlighter() {
        assertThat(select("```mermaid\ngraph LR\n```").scripts())
                .containsExactly(PageLibrary.DRAW_JS, "pagelibs/mermaid/dist/mermaid.min.js");
        assertThat(select("```graphviz\ndigraph {}\n```").scripts()).contains("pagelibs/viz/viz.js").hasSize(2);
        assertThat(select("```sequence\nA->B: x\n```").scripts()).contains("pagelibs/bundles/sequence.js").hasSize(2);
        assertThat(select("```flow\nst=>start: S\n```").scripts()).contains("pagelibs/bundles/flowchart.js")
                .hasSize(2);
        assertThat(select("```abc\nX:1\n```").scripts()).contains("pagelibs/abcjs/dist/abcjs-basic-min.js").hasSize(2);
        assertThat(select("```flow\nst=>start: S\n```").licences())
                .contains("pagelibs/flowchart/license", "pagelibs/raphael/license.txt");
    }

    @Test
    void highlightedCodeLoadsHighlightJsAndALanguageOutsideItsCommonSet() {
        assertThat(select("```python=\nx\n```").scripts())
                .containsExactly(PageLibrary.DRAW_JS, "pagelibs/highlight/highlight.min.js");
        assertThat(select("```groovy!\nx\n```").scripts()).containsExactly(PageLibrary.DRAW_JS,
                "pagelibs/highlight/highlight.min.js", "pagelibs/highlight/languages/groovy.min.js");
        assertThat(select("```no-such-language\nx\n```").scripts())
                .containsExactly(PageLibrary.DRAW_JS, "pagelibs/highlight/highlight.min.js");
    }

    @Test
    void everyFileAPageNamesIsBundled() {
        PageLibrary.Selection all = select("$x$\n\n```mermaid\na\n```\n\n```graphviz\na\n```\n\n```sequence\na\n```\n\n"
                + "```flow\na\n```\n\n```abc\na\n```\n\n```groovy\na\n```");
        assertThat(all.files()).hasSize(1 + 1 + 8 + 9);
        assertThat(all.files()).allSatisfy(file -> assertThat(RevealAssets.text(file)).isNotBlank());
    }

    @Test
    void onlyBundledFilesAreServed() {
        assertThat(PageLibrary.isBundled("pagelibs/mermaid/dist/mermaid.min.js")).isTrue();
        assertThat(PageLibrary.isBundled("pagelibs/mermaid/dist")).isFalse();
        assertThat(PageLibrary.isBundled("pagelibs/../revealjs/js/reveal.js")).isFalse();
        assertThat(PageLibrary.isBundled("pagelibs/mermaid/missing.js")).isFalse();
        assertThat(PageLibrary.isBundled("mermaid/dist/mermaid.min.js")).isFalse();
    }
}
