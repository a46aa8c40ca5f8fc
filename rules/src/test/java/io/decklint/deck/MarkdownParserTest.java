package io.decklint.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The analysis parser reads what flexmark reads, at a cost that does not grow out of bounds with the input. */
class MarkdownParserTest {
    /** Only against a hang: the inputs below took minutes or overflowed the stack. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** Each node with its range: what the rules read of the tree. */
    private static List<String> nodes(Node document) {
        List<String> nodes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            nodes.add(node.getClass().getSimpleName() + node.getStartOffset() + "-" + node.getEndOffset());
        }
        return nodes;
    }

    private static Node parse(String markdown) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> MarkdownParser.parse(markdown));
    }

    private static final Parser STOCK = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.of(TablesExtension.create(), StrikethroughExtension.create()))).build();

    private static void assertSameNodesAsFlexmark(List<String> samples) {
        for (String sample : samples) {
            assertThat(nodes(MarkdownParser.parse(sample))).as(sample).isEqualTo(nodes(STOCK.parse(sample)));
        }
    }

    @Test
    void findsTheSameNodesAsFlexmarksOwnBlockFinders() {
        List<String> samples = List.of("***", "---", "___", " * * *", "   -  -  -  ", "    ---", "**", "-- -",
                "*-*", "***a", "_ _ _\t", "- - - x", "text\n---", "text\n***", "> ---", "- ***", "1. ___",
                "***\r\n", "---\r", "* * *\n- a", "  ***  \n\n___", "# a", "#a", "####### a", "###### a #",
                "#", "# ", "a\n# b", "a\n===", "a\n= =", "a\n  ---  \nb", "- a\n  # b", "- a\n  b\n  ---",
                "> a\n> ===", "a\nb\n-\n", "a\r\n===\r\n", "#\ta", "|a|b|\n|-|-|\n|c|d|", "~~a~~ # b");
        assertSameNodesAsFlexmark(samples);
    }

    @Test
    void findsTheSameInlineHtmlAndAutolinksAsFlexmark() {
        List<String> samples = List.of("x <!-- a -->", "x <!---->", "x <!-->", "x <!--->", "x <!-- a --->",
                "x <!-- a -- b -->", "x <!--a\nb-->", "x <!-- .element: class=\"a\" -->", "x <!--- a -->",
                "x <span>", "x </span>", "x </span >", "x </ span>", "x <br>", "x <br/>", "x <br />", "x <BR>",
                "x <a href=\"u\">y</a>", "x <a href='u' title = \"t\">", "x <a href=u/>", "x <a b=c d>",
                "x <a b =>", "x <a b=\"c\"d>", "x <a b=\"c>", "x <a b='c\nd'>", "x <a\nb=c>", "x <a b c=d e>",
                "x <a _b:c.d-e=1>", "x <a 1b>", "x <a b={c}>", "x <a b=`c`>", "x <a-b-1 c>", "x <1a>", "x < a>",
                "x <", "x <a", "x <a b", "x <a/ >", "x <a//>", "x <img src=\"a.png\" alt=\"\" />",
                "x <?php echo 1; ?>", "x <? a\n ?>", "x <?>", "x <??>", "x <!DOCTYPE html>", "x <!doctype html>",
                "x <!DOCTYPE>", "x <!A\nb>", "x <![CDATA[ a ]] ]]>", "x <![cdata[a]]>", "x <![CDATA[ a",
                "x <http://a.b/c?d=e>", "x <https://a b>", "x <a:b>", "x <ab:>", "x <" + "a".repeat(32) + ":b>",
                "x <" + "a".repeat(33) + ":b>", "x <me@example.com>", "x <me@a-b.c>", "x <me@-a.c>",
                "x <me@a.>", "x <me@" + "a".repeat(63) + ">", "x <me@" + "a".repeat(64) + ">", "x <@a>",
                "x <a@b@c>", "x <mailto:me@example.com>", "x &amp; &#123; &#x1F; &nope &", "x << y",
                "*<span>a</span>*", "[<b>a</b>](u)", "`<b>`", "<b>a</b> after", "a <b\nc=\"d\"\n>e");
        assertSameNodesAsFlexmark(samples);
    }

    @Test
    void findsTheSameHtmlBlocksAsFlexmark() {
        List<String> samples = List.of("<span>\na", "<span a=\"b\">\n\nc", "<span a=b>  \nc", "</span>\na",
                "<span> x", "<span", "<div class=x\na", "<div>", "</div>", "<div/>", "<DIV>", "<div-x>",
                "<script>\nx\n</script>", "<pre a=\"b", "<style>", "<scripts>", "<!-- a -->\nb",
                "<!-- a\nb -->", "<?a?>", "<!DOCTYPE html>", "<![CDATA[\na\n]]>", "a\n<span>", "> <span>\n> a",
                "- <span>\n  a", "   <span>", "    <span>", "<span>\r\na", "<span>\u2028", "<a\nb>",
                "<my-el a>\nb", "<h1>a</h1>", "<p\n", "<p/x>");
        assertSameNodesAsFlexmark(samples);
    }

    @Test
    void findsTheSameNodesAsFlexmarkOnMixedMarkup() {
        // short random mixes of markup pieces: where the loops and flexmark's patterns could part ways
        List<String> pieces = List.of("<", ">", "/", "!", "-", "--", "?", "=", "\"", "'", " ", "\n", "a", "b1",
                "<a", "<!--", "-->", "<?", "?>", "<![CDATA[", "]]>", "<!D", "http:", "@", ".", "&", ";", "`",
                "*", "[", "](", ")", "<div", "</", "\t", "{", "\r\n");
        Random random = new Random(17);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sample = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                sample.append(pieces.get(random.nextInt(pieces.size())));
            }
            samples.add(sample.toString());
        }
        assertSameNodesAsFlexmark(samples);
    }

    @Test
    void aLineOfThousandsOfMarkersIsOneBreak() {
        // a line of 2,000 dashes overflowed the stack in flexmark's pattern, and the process died
        for (String marker : List.of("-", "*", "_", "- ", "* ")) {
            Node document = parse(marker.repeat(100_000) + "\n");
            assertThat(document.getFirstChild()).isInstanceOf(ThematicBreak.class);
            assertThat(document.getFirstChild().getNext()).isNull();
        }
    }

    @Test
    void aLongRunOfMarkersAroundTextIsAParagraph() {
        Node document = parse("*".repeat(50_000) + "a" + "*".repeat(50_000));
        assertThat(document.getFirstChild()).isInstanceOf(Paragraph.class);
    }

    @Test
    void aLongUnderlineMakesAHeading() {
        Node document = parse("Title\n" + "-".repeat(100_000) + "\n");
        assertThat(document.getFirstChild()).isInstanceOf(Heading.class);
    }

    @Test
    void aParagraphOfThousandsOfLinesStartingWithPunctuationParses() {
        // each line had flexmark copy the paragraph so far: 2,000 such lines took 8 s, 10,000 many minutes
        Node document = parse("![\n".repeat(100) + "! \n".repeat(4_900) + "](x.png)\n".repeat(100)
                + " (x.png)\n".repeat(4_900) + "===\n");
        assertThat(document.getFirstChild()).isInstanceOf(Heading.class);
    }

    @Test
    void longInlineHtmlAndAutolinksAreEachOneNode() {
        // each overflowed the stack in flexmark's patterns, which recurse once per character or attribute
        assertThat(parse("x <!-- " + "a ".repeat(300_000) + "-->").getFirstChild().getLastChild())
                .isInstanceOf(HtmlInlineComment.class);
        assertThat(parse("x <span " + "a ".repeat(100_000) + ">").getFirstChild().getLastChild())
                .isInstanceOf(HtmlInline.class);
        assertThat(parse("x <span a=\"b\"" + " c='d' e=f".repeat(50_000) + "/>").getFirstChild().getLastChild())
                .isInstanceOf(HtmlInline.class);
        assertThat(parse("x <me@" + "a.".repeat(100_000) + "b>").getFirstChild().getLastChild())
                .isInstanceOf(MailLink.class);
    }

    @Test
    void anUnclosedLongTagIsText() {
        Node document = parse("x <img" + " a".repeat(100_000));
        assertThat(document.getFirstChild().getFirstChild()).isInstanceOf(Text.class);
        assertThat(document.getFirstChild().getFirstChild().getNext()).isNull();
    }

    @Test
    void aLineOfOneLongTagIsAnHtmlBlock() {
        assertThat(parse("<span " + "a ".repeat(100_000) + ">\ntext\n").getFirstChild()).isInstanceOf(HtmlBlock.class);
        assertThat(parse("# A\n\n<span " + "a ".repeat(100_000) + "\n").getLastChild()).isInstanceOf(Paragraph.class);
    }

    @Test
    void aDeckOfOneLongDashLineParses() {
        Deck deck = assertTimeoutPreemptively(HANG_GUARD,
                () -> Deck.parse("---\ntype: slide\n---\n" + "-".repeat(2_000) + "\n"));
        assertThat(deck.slides()).singleElement()
                .satisfies(slide -> assertThat(slide.ast().getFirstChild()).isInstanceOf(ThematicBreak.class));
    }
}
