package io.decklint.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.text.TextEdit;
import io.decklint.text.TextEdits;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeckCompletionTest {
    /** The deck with {@code |} marking the cursor, completed with the first item whose label is given. */
    private static String complete(String withCursor, String label, List<String> headings) {
        int offset = withCursor.indexOf('|');
        String text = withCursor.replace("|", "");
        Completions completions = DeckCompletion.at(Deck.parse(text), offset, headings).orElseThrow();
        CompletionItem item = completions.items().stream().filter(i -> i.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not offered: " + completions.items()));
        return TextEdits.apply(text, List.of(TextEdit.replace(completions.replace(), item.insert())));
    }

    private static Optional<Completions> at(String withCursor) {
        return DeckCompletion.at(Deck.parse(withCursor.replace("|", "")), withCursor.indexOf('|'), List.of());
    }

    @Test
    void emojiAfterAColon() {
        assertThat(complete("# Hi\n\nWeather: :clo|", ":cloud:", List.of())).isEqualTo("# Hi\n\nWeather: :cloud:");
        Completions completions = at("Thanks :+|").orElseThrow();
        assertThat(completions.items().get(0).label()).isEqualTo(":+1:");
        assertThat(completions.items().get(0).detail()).isEqualTo("👍");
        assertThat(at(":|").orElseThrow().incomplete()).as("the list is cut short").isTrue();
    }

    @Test
    void noEmojiInCodeOrUrls() {
        assertThat(at("```\nkey: :clo|\n```\n")).isEmpty();
        assertThat(at("see `a :clo|` here")).isEmpty();
        assertThat(at("https:|")).isEmpty();
    }

    @Test
    void slideOptionKeysUnderSlideOptions() {
        String deck = "---\ntype: slide\nslideOptions:\n  theme: white\n  tra|\n---\n# A\n";
        assertThat(complete(deck, "transition", List.of())).contains("\n  transition: \n---");
        List<String> offered = at(deck).orElseThrow().items().stream().map(CompletionItem::label).toList();
        assertThat(offered).contains("transitionSpeed", "slideNumber").doesNotContain("theme");
        assertThat(at(deck).orElseThrow().items().stream().filter(i -> i.label().equals("transition")).findFirst()
                .orElseThrow().detail()).as("what the key does, and the words it takes")
                .isEqualTo("the animation from one slide to the next: none, fade, slide, convex, concave, zoom, "
                        + "default, linear, cube, page");
        assertThat(at("---\ntitle: x\n  tra|\n---\n")).isEmpty();
    }

    @Test
    void attributesInSlideAndElementComments() {
        String slide = "# A\n\n<!-- .slide: data-background-color=\"#000\" data-tr| -->\n";
        String done = complete(slide, "data-transition", List.of());
        assertThat(done).contains("data-background-color=\"#000\" data-transition=\"\" -->");
        assertThat(at(slide).orElseThrow().items().get(0).cursor()).isEqualTo("data-background-color=\"".length());

        List<String> element = at("- item <!-- .element: cl| -->").orElseThrow().items().stream()
                .map(CompletionItem::label).toList();
        assertThat(element).contains("class", "data-fragment-index").doesNotContain("data-background-color");
        assertThat(at("<!-- .slide: style=\"col| -->")).as("inside a value").isEmpty();
        assertThat(at("<!-- just a comment | -->")).isEmpty();
    }

    @Test
    void headingsTheConfigurationAsksFor() {
        assertThat(complete("# A\n\n---\n\n## Upd|", "Updates from the Teams", List.of("Updates from the Teams")))
                .endsWith("## Updates from the Teams");
        assertThat(at("## Upd|")).isEmpty();
    }
}
