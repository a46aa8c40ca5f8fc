package io.decklint.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void findsTheSameNodesAsFlexmarksOwnBlockFinders() {
        Parser stock = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
                List.of(TablesExtension.create(), StrikethroughExtension.create()))).build();
        List<String> samples = List.of("***", "---", "___", " * * *", "   -  -  -  ", "    ---", "**", "-- -",
                "*-*", "***a", "_ _ _\t", "- - - x", "text\n---", "text\n***", "> ---", "- ***", "1. ___",
                "***\r\n", "---\r", "* * *\n- a", "  ***  \n\n___", "# a", "#a", "####### a", "###### a #",
                "#", "# ", "a\n# b", "a\n===", "a\n= =", "a\n  ---  \nb", "- a\n  # b", "- a\n  b\n  ---",
                "> a\n> ===", "a\nb\n-\n", "a\r\n===\r\n", "#\ta", "|a|b|\n|-|-|\n|c|d|", "~~a~~ # b");
        for (String sample : samples) {
            assertThat(nodes(MarkdownParser.parse(sample))).as(sample).isEqualTo(nodes(stock.parse(sample)));
        }
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
    void aDeckOfOneLongDashLineParses() {
        Deck deck = assertTimeoutPreemptively(HANG_GUARD,
                () -> Deck.parse("---\ntype: slide\n---\n" + "-".repeat(2_000) + "\n"));
        assertThat(deck.slides()).singleElement()
                .satisfies(slide -> assertThat(slide.ast().getFirstChild()).isInstanceOf(ThematicBreak.class));
    }
}
