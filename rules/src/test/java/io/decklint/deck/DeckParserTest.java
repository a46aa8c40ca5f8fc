package io.decklint.deck;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.text.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slide split as HedgeDoc 1.x does it (public/js/slide.js, reveal-markdown.js slidify). */
class DeckParserTest {
    private static List<String> texts(Deck deck) {
        return deck.slides().stream().map(Slide::text).toList();
    }

    private static List<String> indices(Deck deck) {
        return deck.slides().stream().map(s -> s.index().h() + "." + s.index().v()).toList();
    }

    @Test
    void aSeparatorNeedsABlankLineOnBothSides() {
        Deck deck = Deck.parse("a\n\n---\n\nb\n---\nc\n\n---\nd");
        assertThat(texts(deck)).containsExactly("a\n", "\nb\n---\nc\n\n---\nd");
    }

    @Test
    void fourDashesMakeAVerticalSlideAndIndicesFollowReveal() {
        Deck deck = Deck.parse("A\n\n---\n\nB\n\n----\n\nC\n\n----\n\nD\n\n---\n\nE");
        assertThat(indices(deck)).containsExactly("0.0", "1.0", "1.1", "1.2", "2.0");
        assertThat(deck.slides()).extracting(s -> s.index().number()).containsExactly("1", "2.1", "2.2", "2.3", "3");
        assertThat(deck.slides().get(2).isVertical()).isTrue();
        assertThat(deck.slides().get(1).isVertical()).isFalse();
    }

    @Test
    void windowsLineEndingsSplitToo() {
        Deck deck = Deck.parse("A\r\n\r\n---\r\n\r\nB\r\n\r\n----\r\n\r\nC");
        assertThat(indices(deck)).containsExactly("0.0", "1.0", "1.1");
        Slide second = deck.slides().get(1);
        assertThat(second.separatorLine()).contains(new TextRange(5, 8));
        assertThat(deck.slides().get(2).separatorLine().orElseThrow().of(deck.text())).isEqualTo("----");
    }

    @Test
    void theFrontMatterEndsAtTheFirstLineOfThreeDashesOrDots() {
        Deck deck = Deck.parse("---\ntitle: Call\ntype: slide\n---\n\n# One\n\n---\n\n# Two\n");
        FrontMatter frontMatter = deck.frontMatter().orElseThrow();
        assertThat(frontMatter.string("title")).contains("Call");
        assertThat(deck.isSlideDeck()).isTrue();
        assertThat(texts(deck)).containsExactly("\n\n# One\n", "\n# Two\n");

        Deck dots = Deck.parse("---\ntitle: x\n...\n# One\n");
        assertThat(dots.frontMatter().orElseThrow().string("title")).contains("x");
        assertThat(texts(dots)).containsExactly("\n# One\n");
    }

    @Test
    void aByteOrderMarkDoesNotHideTheFrontMatter() {
        Deck deck = Deck.parse("\uFEFF---\nslideOptions:\n  theme: white\n---\n\n# A\n");
        assertThat(deck.frontMatter().orElseThrow().string("slideOptions", "theme")).contains("white");
        assertThat(deck.isSlideDeck()).isTrue();
    }

    @Test
    void aYamlErrorIsPlacedWhereItIsWhateverYamlCountsAsALineBreak() {
        // YAML breaks lines at U+2028 and counts the \r of \r\n as a column; the deck does neither
        String text = "---\r\ntype: slide\r\ntitle: \"a\u2028b\"\r\nfoo: bar: baz\r\n---\r\n\r\n# A\r\n";
        assertThat(Deck.parse(text).frontMatter().orElseThrow().problem().orElseThrow().offset())
                .isEqualTo(text.indexOf(": baz"));
    }

    @Test
    void frontMatterThatDoesNotParseStillMarksADeckByItsLines() {
        assertThat(Deck.parse("---\ntype: slide\ntitle: [\n---\n\n# A\n").isSlideDeck()).isTrue();
        assertThat(Deck.parse("---\r\ntitle: a: b\r\ntype: 'slide' # deck\r\n---\r\n\r\n# A\r\n").isSlideDeck()).isTrue();
        assertThat(Deck.parse("---\nslideOptions:\n  theme: [\n---\n\n# A\n").isSlideDeck()).isTrue();
        assertThat(Deck.parse("---\ntype: slide\nslideOptions:\n  theme: white\n").isSlideDeck()).as("unclosed").isTrue();
        assertThat(Deck.parse("---\ntitle: [\n---\n\n# A\n").isSlideDeck()).isFalse();
        assertThat(Deck.parse("---\ntitle: [\n  type: slide\n---\n\n# A\n").isSlideDeck()).as("not top level")
                .isFalse();
        assertThat(Deck.parse("---\ntype: slides\ntitle: [\n---\n\n# A\n").isSlideDeck()).isFalse();
    }

    @Test
    void frontMatterBelowABlankLineIsMisplacedButStillMarksADeck() {
        Deck deck = Deck.parse("\n---\ntitle: Call\ntype: slide\n---\n\n# A\n");
        assertThat(deck.frontMatter()).isEmpty();
        assertThat(deck.misplacedFrontMatter().orElseThrow().range()).isEqualTo(new TextRange(1, 32));
        assertThat(deck.isSlideDeck()).isTrue();
        assertThat(Deck.parse("\n---\n\n# Not YAML\n").misplacedFrontMatter()).isEmpty();
    }

    @Test
    void unclosedFrontMatterLeavesTheWholeFileAsMarkdown() {
        Deck deck = Deck.parse("---\ntitle: x\n\n# A\n");
        assertThat(deck.frontMatter().orElseThrow().isClosed()).isFalse();
        assertThat(deck.slides().get(0).range().start()).isZero();
    }

    @Test
    void yamlProblemsCarryTheirPosition() {
        String text = "---\ntype: slide\nslideOptions:\n  theme: [white\n---\n# A\n";
        YamlProblem problem = Deck.parse(text).frontMatter().orElseThrow().problem().orElseThrow();
        assertThat(problem.offset()).isBetween(text.indexOf("theme"), text.indexOf("\n---\n# A"));

        String duplicated = "---\ntype: slide\ntype: slide\n---\n";
        YamlProblem duplicate = Deck.parse(duplicated).frontMatter().orElseThrow().problem().orElseThrow();
        assertThat(duplicate.message()).contains("duplicated mapping key 'type'");
        assertThat(duplicate.offset()).isEqualTo(duplicated.lastIndexOf("type"));
    }

    @Test
    void anAliasBombIsRefusedNotExpanded() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",").repeat(9)).append("]\n");
            previous = c;
        }
        FrontMatter frontMatter = Deck.parse(yaml + "---\n# A\n").frontMatter().orElseThrow();
        assertThat(frontMatter.problem()).isPresent();
    }

    @Test
    void speakerNotesStartAtTheOnlyNoteLine() {
        Deck deck = Deck.parse("# A\n\nsay hi\n\nNote: the notes\n\n---\n\n# B\nnote: one\nnote: two\n");
        Slide first = deck.slides().get(0);
        assertThat(first.notes()).isPresent();
        assertThat(first.notes().orElseThrow().of(deck.text())).startsWith("Note: the notes");
        assertThat(first.visibleRange().of(deck.text())).isEqualTo("# A\n\nsay hi\n\n");
        assertThat(deck.slides().get(1).notes()).as("two note: lines make HedgeDoc show both on the slide").isEmpty();
    }

    @Test
    void astOffsetsAreRelativeToTheSlideAndMapBackToTheDeck() {
        Deck deck = Deck.parse("# A\n\n---\n\n## Second\n");
        Slide slide = deck.slides().get(1);
        TextRange heading = slide.rangeOf(slide.ast().getFirstChild());
        assertThat(heading.of(deck.text())).isEqualTo("## Second");
    }

    @Test
    void commentsAndStyleBlocksAreFoundInRawHtmlOnly() {
        Deck deck = Deck.parse("<!-- .slide: data-background=\"x.png\" -->\n# A <!-- inline -->\n\n"
                + "`<!-- in code -->`\n\n<style>\nh1 { color: red; }\n</style>\n\n```\n<!-- fenced -->\n```\n\n<!-- open");
        Slide slide = deck.slides().get(0);
        assertThat(slide.comments()).extracting(c -> c.body(deck.text()).strip())
                .containsExactly(".slide: data-background=\"x.png\"", "inline", "open");
        assertThat(slide.comments().get(2).terminated()).isFalse();
        assertThat(slide.styleBlocks()).hasSize(1);
        assertThat(slide.styleBlocks().get(0).css().of(deck.text())).isEqualTo("\nh1 { color: red; }\n");
    }

    @Test
    void slidesAreNumberedAsRevealJsCountsThemForTheAudience() {
        Deck deck = Deck.parse("A\n\n---\n\nB\n\n----\n\nC\n\n---\n\nD\n");
        assertThat(deck.slides()).extracting(s -> s.index().number()).containsExactly("1", "2.1", "2.2", "3");
        Deck oneColumn = Deck.parse("A\n\n----\n\nB\n\n----\n\nC\n");
        assertThat(oneColumn.slides()).as("reveal.js counts through a deck of one column")
                .extracting(s -> s.index().number()).containsExactly("1", "2", "3");
        assertThat(Deck.parse("A\n").slides().get(0).index().number()).isEqualTo("1");
    }

    @Test
    void slideAtFindsTheSlideHoldingAnOffset() {
        String text = "A\n\n---\n\nB\n\n----\n\nC";
        Deck deck = Deck.parse(text);
        assertThat(deck.slideAt(text.indexOf('B')).index()).isEqualTo(new SlideIndex(1, 0, "2.1"));
        assertThat(deck.slideAt(text.indexOf("----")).index()).isEqualTo(new SlideIndex(1, 1, "2.2"));
        assertThat(deck.slideAt(0).index()).isEqualTo(new SlideIndex(0, 0, "1"));
    }

    @Test
    void aCachingParserReusesUnchangedSlides() {
        DeckParser parser = new DeckParser(100);
        Deck before = parser.parse("# A\n\n---\n\n# B\n");
        Deck after = parser.parse("# A changed\n\n---\n\n# B\n");
        assertThat(after.slides().get(1).ast()).isSameAs(before.slides().get(1).ast());
        assertThat(after.slides().get(0).ast()).isNotSameAs(before.slides().get(0).ast());
    }
}
