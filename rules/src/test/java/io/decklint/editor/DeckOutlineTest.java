package io.decklint.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckOutlineTest {
    private static final String DECK = """
            ---
            title: Community Call
            ---
            # Welcome :wave:

            ---

            ## Team **IaaS**

            ----

            <!-- .slide: data-background-color="#fff" -->
            Just a paragraph that goes on and on

            ----

            ---

            Note: no heading
            ### only in notes
            """;

    @Test
    void horizontalSlidesHoldTheirVerticalOnes() {
        Deck deck = Deck.parse(DECK);
        List<OutlineItem> outline = DeckOutline.of(deck);

        assertThat(outline).extracting(OutlineItem::label)
                .containsExactly("1 Welcome :wave:", "2.1 Team IaaS", "3 (empty slide)");
        assertThat(outline.get(1).children()).extracting(OutlineItem::label)
                .containsExactly("2.2 Just a paragraph that goes on and on", "2.3 (empty slide)");
        OutlineItem team = outline.get(1);
        assertThat(team.range().of(DECK)).startsWith("---\n\n## Team").endsWith("----\n");
        assertThat(team.titleRange().of(DECK)).isEqualTo("## Team **IaaS**");
        assertThat(team.children()).allMatch(c -> team.range().contains(c.range()));
    }

    @Test
    void aSlideFoldsAtItsSeparatorAndAnEmptySlideNotAtAll() {
        String text = "# A\n\n- one\n- two\n\n---\n\n## B\n\ntext\n\n----\n\n\n---\n\n## C\n";
        assertThat(Folds.of(Deck.parse(text))).filteredOn(f -> f.kind() == Fold.Kind.SLIDE).containsExactly(
                new Fold(0, 3, Fold.Kind.SLIDE),
                new Fold(5, 9, Fold.Kind.SLIDE),
                new Fold(14, 16, Fold.Kind.SLIDE));
    }

    @Test
    void foldsCoverFrontMatterSlidesStylesAndNotes() {
        String text = "---\ntype: slide\n---\n\n# A\n\ntext\n\n---\n\n<style>\nh1 { color: red }\n</style>\n\n"
                + "# B\n\nNote:\nsay this\nand that\n";
        List<Fold> folds = Folds.of(Deck.parse(text));
        assertThat(folds).containsExactly(
                new Fold(0, 2, Fold.Kind.FRONT_MATTER),
                new Fold(4, 6, Fold.Kind.SLIDE),
                new Fold(8, 18, Fold.Kind.SLIDE),
                new Fold(10, 12, Fold.Kind.STYLE),
                new Fold(16, 18, Fold.Kind.NOTES));
    }
}
