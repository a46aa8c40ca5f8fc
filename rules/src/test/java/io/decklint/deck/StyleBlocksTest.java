package io.decklint.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyleBlocksTest {
    private static Slide slide(String text) {
        return Deck.parse(text).slides().get(0);
    }

    @Test
    void findsStyleBlocksWithTheirCss() {
        String deck = "# A\n\n<style>\nh1 { color: teal; }\n</style>\n";
        List<StyleBlock> blocks = slide(deck).styleBlocks();
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).css().of(deck)).isEqualTo("\nh1 { color: teal; }\n");
        assertThat(blocks.get(0).terminated()).isTrue();
    }

    @Test
    void aStyleBlockInsideACommentIsCommentedOut() {
        String deck = "# A\n\n<!--\n<style>\nh1 { color: \"red\"; }\n</style>\n-->\n\n<div>\n"
                + "<!-- <style>h2 { colr: red }</style> -->\n</div>\n";
        Slide slide = slide(deck);
        assertThat(slide.styleBlocks()).isEmpty();
        assertThat(slide.comments()).hasSize(2);
    }

    @Test
    void aCommentInsideAStyleBlockIsCss() {
        String deck = "# A\n\n<style>\n<!--\nh1 { color: teal; }\n-->\n</style>\n";
        Slide slide = slide(deck);
        assertThat(slide.styleBlocks()).hasSize(1);
        assertThat(slide.comments()).isEmpty();
    }
}
