package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * HedgeDoc 1.10.3's quirks, each seen on a real deck, rendered from a fixture deck as HedgeDoc's own code
 * renders it (checked with its {@code render.js}, {@code reveal-markdown.js} and {@code extra.js}).
 */
class HedgeDocQuirksTest {
    private static final Path DECKS = Path.of("src/test/resources/decks/hedgedoc-quirks");

    /** The first slide's {@code <section>} of the rendered fixture deck. */
    private static Element firstSlide(String name) throws IOException {
        String text = Files.readString(DECKS.resolve(name), StandardCharsets.UTF_8);
        String html = new DeckRenderer().render(Deck.parse(text), RenderOptions.standalone()).html();
        return Jsoup.parse(html).selectFirst("div.slides > section");
    }

    @Test
    void breaksFalseComesTooLateForSlides() throws IOException {
        assertThat(firstSlide("breaks-false.md").select("p > br")).hasSize(1);
    }

    @Test
    void notesAfterAnOpenFenceAreCodeAsInHedgeDoc() throws IOException {
        Element slide = firstSlide("note-in-fence.md");
        assertThat(slide.select("aside.notes")).isEmpty();
        assertThat(slide.selectFirst("pre code").text())
                .isEqualTo("echo hi\n\n<aside class=\"notes\" data-markdown>- a note</aside>");
    }

    @Test
    void htmlInCodeIsFilteredByTheSanitiserPassOverTheWholeNote() throws IOException {
        assertThat(firstSlide("fence-html.md").selectFirst("pre code").wholeText()).isEqualTo("""
                <div class="x">
                  <span>Ada</span> <script>alert(1)</script>
                </div>
                """);
    }

    @Test
    void tagsHedgeDocDoesNotAllowShowAsTyped() throws IOException {
        assertThat(firstSlide("visible-tags.md").selectFirst("p").text()).isEqualTo("the <head> element and "
                + "<link rel=\"stylesheet\" href=\"x.css\" /> and <head> and <meta charset=\"utf-8\">");
    }

    @Test
    void anUnquotedSourceBeforeTheTagsEndLosesItsSlash() throws IOException {
        assertThat(firstSlide("unquoted-src.md").selectFirst("img").attr("src"))
                .isEqualTo("https://example.org/a.png");
    }

    @Test
    void aBareUrlReadsPercentDecodedAsLinkifyShowsIt() throws IOException {
        Element link = firstSlide("linkify.md").selectFirst("p > a");
        assertThat(link.text()).isEqualTo("https://example.org/\u2713/a b?q=\u00e9");
        assertThat(link.attr("href")).isEqualTo("https://example.org/%E2%9C%93/a%20b?q=%C3%A9");
    }

    @Test
    void percentDecodingKeepsReservedCharactersAndBadBytesAsMdurlDoes() {
        assertThat(LinkifiedText.decode("a%2Fb%3f%25%41%C3%A9%FF%E2%82"))
                .isEqualTo("a%2Fb%3F%25A\u00e9\uFFFD\uFFFD\uFFFD");
    }

    @Test
    void frontMatterThatIsNotYamlStaysOnTheFirstSlideWithAWarningOnEverySlide() throws IOException {
        String text = Files.readString(DECKS.resolve("bad-front-matter.md"), StandardCharsets.UTF_8);
        String html = new DeckRenderer().render(Deck.parse(text), RenderOptions.standalone()).html();
        List<Element> slides = Jsoup.parse(html).select("div.slides > section");
        assertThat(slides).hasSize(2);
        Element first = slides.get(0).child(0);
        assertThat(first.children().stream().map(Element::normalName)).containsExactly("div", "hr", "h2", "h1");
        assertThat(first.child(0).text()).startsWith("Front matter is not valid YAML: mapping values are not allowed");
        assertThat(first.child(2).text()).isEqualTo("title: a: b: c type: slide");
        assertThat(slides.get(1).selectFirst("#meta-error")).isNotNull();
    }

    @Test
    void aRowOfOnlyAPipeContinuesTheTableAsInMarkdownIt13() throws IOException {
        Element slide = firstSlide("table-row.md");
        assertThat(slide.select("tbody > tr").stream().map(Element::text)).containsExactly("1 2", "", "3 4");
        assertThat(slide.select("p").text()).isEqualTo("|");
    }

    @Test
    void aScriptLinkIsDroppedNotLeftAsALinkToThePageItself() {
        String html = new DeckRenderer().render(Deck.parse("<a href=\"jav&#x09;ascript:x()\">a</a> "
                + "<a href=\" JAVASCRIPT:x()\">b</a> <a href=\"images/a.png\">c</a>"), RenderOptions.standalone())
                .html();
        Element paragraph = Jsoup.parse(html).selectFirst("div.slides p");
        assertThat(paragraph.select("a").stream().map(a -> a.hasAttr("href") + ":" + a.attr("href")))
                .containsExactly("false:", "false:", "true:");
    }
}
