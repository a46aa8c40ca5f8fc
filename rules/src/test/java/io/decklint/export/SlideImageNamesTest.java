package io.decklint.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlideImageNamesTest {
    private static List<String> names(String deck) {
        return SlideImageNames.of(Deck.parse(deck).slides().stream().map(Slide::index).toList());
    }

    @Test
    void namesCarryTheSlideNumberTheAudienceSees() {
        assertThat(names("# One\n\n---\n\n# Two\n\n----\n\n# Two below\n\n---\n\n# Three\n"))
                .containsExactly("slide-01.png", "slide-02.1.png", "slide-02.2.png", "slide-03.png");
    }

    @Test
    void namesSortInSlideOrderInLongDecksAndTallStacks() {
        StringBuilder deck = new StringBuilder("# Stack\n");
        for (int i = 0; i < 11; i++) {
            deck.append("\n----\n\n## Below ").append(i).append('\n');
        }
        for (int i = 0; i < 120; i++) {
            deck.append("\n---\n\n# Slide ").append(i).append('\n');
        }
        List<String> names = names(deck.toString());
        assertThat(names).hasSize(132).startsWith("slide-001.01.png", "slide-001.02.png")
                .contains("slide-001.12.png", "slide-121.png").doesNotHaveDuplicates();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertThat(sorted).isEqualTo(names);
        assertThat(names).allMatch(name -> SlideImageNames.OURS.matcher(name).matches());
    }

    @Test
    void aDeckOfOneColumnIsCountedThrough() {
        assertThat(names("# Top\n\n----\n\n# Below\n")).containsExactly("slide-01.png", "slide-02.png");
    }
}
