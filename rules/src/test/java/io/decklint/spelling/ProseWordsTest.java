package io.decklint.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseWordsTest {
    private static List<String> words(String deck) {
        return ProseWords.of(Deck.parse(deck)).words().stream().map(ProseWords.Word::text).toList();
    }

    @Test
    void takesHeadingsParagraphsListsTablesLinkTextAndAltText() {
        String deck = "# Heading words\n\nA paragraph.\n\n* list item\n\n| cell |\n|---|\n| table |\n\n"
                + "[link text](https://example.org/destination) ![alt text](picture.png)\n";
        assertThat(words(deck)).containsExactly("Heading", "words", "A", "paragraph", "list", "item", "cell", "table",
                "link", "text", "alt", "text");
    }

    @Test
    void leavesOutWhatIsNotProse() {
        String deck = "---\ntitle: frontmatterword\n---\n\n<style>.x { colr: red }</style>\n\n"
                + "Keep `codeword` @handleword #123 :emojiword: https://urlword.org/x mail@mailword.org\n\n"
                + "sub.domainword.org v1.2.3 k8sword ./pathword/x <span title=\"attrword\">inside</span>\n\n"
                + "```\nfencedword\n```\n\n<!-- commentword -->\n";
        assertThat(words(deck)).containsExactly("Keep", "inside");
    }

    @Test
    void splitsPossessivesAndCompoundsAndKeepsApostrophes() {
        assertThat(words("Keycloak's well-known don't and/or\n")).containsExactly("Keycloak", "well", "known",
                "don't", "and", "or");
    }

    @Test
    void leavesOutGermanParagraphsInAnEnglishDeck() {
        assertThat(words("Tag der offenen Tür für alle\n\nAn English line\n")).containsExactly("An", "English",
                "line");
    }

    @Test
    void knowsWhichWordsOpenASentence() {
        List<ProseWords.Word> found =
                ProseWords.of(Deck.parse("* First word. Second one\n* it.emsland - Lingen\n")).words();
        assertThat(found).extracting(ProseWords.Word::text, ProseWords.Word::opensSentence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("First", true), org.assertj.core.groups.Tuple.tuple("word", false),
                org.assertj.core.groups.Tuple.tuple("Second", true), org.assertj.core.groups.Tuple.tuple("one", false),
                org.assertj.core.groups.Tuple.tuple("Lingen", false));
    }

    @Test
    void givesTheSameLineKeyToACopiedLine() {
        List<ProseWords.Word> one = ProseWords.of(Deck.parse("# A\n\n* C&H iniviting us\n")).words();
        List<ProseWords.Word> other = ProseWords.of(Deck.parse("# B\n\nmore text\n\n* C&H iniviting us\n")).words();
        assertThat(one.get(one.size() - 2).line()).isEqualTo(other.get(other.size() - 2).line());
    }
}
