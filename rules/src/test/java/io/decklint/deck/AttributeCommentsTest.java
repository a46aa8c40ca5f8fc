package io.decklint.deck;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.AttributeComment.Target;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributeCommentsTest {
    private static Optional<AttributeComment> read(String body) {
        return AttributeComments.read(body, 0, new HtmlComment(null, null, true));
    }

    private static List<String> applied(String body) {
        return read(body).map(c -> c.applied().stream().map(a -> a.appliedName() + "=" + a.appliedValue()).toList())
                .orElse(List.of());
    }

    @Test
    void readsSlideAndElementComments() {
        AttributeComment slide = read(" .slide: data-background=\"#000\" class=\"dark\" ").orElseThrow();
        assertThat(slide.target()).isEqualTo(Target.SLIDE);
        assertThat(slide.applied()).extracting(CommentAttribute::name).containsExactly("data-background", "class");
        CommentAttribute background = slide.applied().get(0);
        assertThat(background.nameRange()).isEqualTo(new io.decklint.text.TextRange(9, 24));
        assertThat(background.value()).isEqualTo("#000");
        assertThat(background.range().of(" .slide: data-background=\"#000\" class=\"dark\" "))
                .isEqualTo("data-background=\"#000\"");
        assertThat(read(" .element: class=\"fragment\" ").orElseThrow().target()).isEqualTo(Target.ELEMENT);
    }

    @Test
    void theSlideMarkerNeedsItsColonButTheElementMarkerDoesNot() {
        assertThat(read(" .slide data-background=\"#000\" ")).isEmpty();
        assertThat(read(" .Slide: data-background=\"#000\" ")).isEmpty();
        assertThat(applied(" .element class=\"fragment\" ")).containsExactly("class=fragment");
        assertThat(applied(" .element: class=\"fragment\" ")).containsExactly("class=fragment");
    }

    @Test
    void anElementMarkerWinsOverASlideMarker() {
        assertThat(read(" .slide: data-x=\"1\" .element: class=\"y\" ").orElseThrow().target())
                .isEqualTo(Target.ELEMENT);
    }

    @Test
    void attributesEndAtTheEndOfTheLineWhereTheyStart() {
        assertThat(applied(" .slide: data-a=\"1\"\n data-b=\"2\" ")).containsExactly("data-a=1");
        assertThat(applied(" .slide:\n   data-a=\"1\" data-b=\"2\"\n data-c=\"3\" "))
                .containsExactly("data-a=1", "data-b=2");
        assertThat(applied(" .element\n class=\"x\" ")).containsExactly("class=x");
        assertThat(applied(" .element:\n class=\"x\" ")).isEmpty();
    }

    @Test
    void onlyDoubleQuotedValuesWithoutEqualsSignsAreRead() {
        assertThat(applied(" .slide: data-a='1' data-b=2 data-c=\"\" data-d data-e=\"x?a=b\" data-f=\"ok\" "))
                .containsExactly("data-f=ok");
    }

    @Test
    void onlyDataIdClassAndStyleAreApplied() {
        AttributeComment comment = read(" .element: onclick=\"go()\" width=\"3\" ID=\"x\" id=\"y\" style=\"a:b\" "
                + "data-x=\"1\" ").orElseThrow();
        assertThat(comment.matched()).extracting(CommentAttribute::name)
                .containsExactly("onclick", "width", "ID", "id", "style", "data-x");
        assertThat(comment.applied()).extracting(CommentAttribute::name).containsExactly("id", "style", "data-x");
    }

    @Test
    void appliedNamesAreLowerCasedAndValuesEscapedAsHedgeDocSetsThem() {
        assertThat(applied(" .slide: data-Background-Color=\"<red>\" ")).containsExactly(
                "data-background-color=&lt;red&gt;");
    }

    @Test
    void offsetsAreIntoTheDeck() {
        String deck = "# A\n\n<!-- .slide: data-background=\"#000\" -->\n";
        Slide slide = Deck.parse(deck).slides().get(0);
        List<AttributeComment> comments = AttributeComments.of(slide);
        assertThat(comments).hasSize(1);
        CommentAttribute attribute = comments.get(0).applied().get(0);
        assertThat(attribute.nameRange().of(deck)).isEqualTo("data-background");
        assertThat(attribute.valueRange().of(deck)).isEqualTo("#000");
        assertThat(comments.get(0).marker().of(deck)).isEqualTo(".slide: ");
    }

    @Test
    void javaScriptLineEndsAndSpacesAreHonoured() {
        // JavaScript's $ stops at U+2028; Java's would too, but Java's . would also stop at U+0085, JavaScript's not.
        assertThat(applied(" .slide: data-a=\"1\"\u2028data-b=\"2\" ")).containsExactly("data-a=1");
        assertThat(applied(" .slide: data-a=\"x\u0085y\" ")).containsExactly("data-a=x\u0085y");
        assertThat(applied(" .slide:\u00a0data-a=\"1\" ")).containsExactly("data-a=1");
    }
}
