package io.decklint.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InlineImageTest {
    private static Optional<InlineImage> parse(String text) {
        return InlineImage.parse(text, 0, text.length());
    }

    @Test
    void readsAPlainImage() {
        InlineImage image = parse("![Team photo](images/team.png) after").orElseThrow();
        assertThat(image.range().of("![Team photo](images/team.png) after")).isEqualTo("![Team photo](images/team.png)");
        assertThat(image.alt().of("![Team photo](images/team.png)")).isEqualTo("Team photo");
        assertThat(image.source()).isEqualTo("images/team.png");
        assertThat(image.title()).isEmpty();
        assertThat(image.size()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "![](a.png =50%x)|50%|",
        "![](a.png =100x)|100|",
        "![](a.png =x200)||200",
        "![](a.png =300x200)|300|200",
        "![](a.png  =70%x )|70%|",
        "![](a.png \"The title\" =80%x75%)|80%|75%",
    })
    void readsHackmdSizesWithoutTakingThemForPartOfThePath(String markdown, String width, String height) {
        InlineImage image = parse(markdown).orElseThrow();
        assertThat(image.source()).isEqualTo("a.png");
        ImageSize size = image.size().orElseThrow();
        assertThat(size.width()).isEqualTo(width == null ? "" : width);
        assertThat(size.height()).isEqualTo(height == null ? "" : height);
        assertThat(size.range().of(markdown)).isEqualTo(size.markup());
    }

    @Test
    void readsTheTitleBeforeTheSize() {
        InlineImage image = parse("![](a.png \"Logo\" =50%x)").orElseThrow();
        assertThat(image.title()).contains("Logo");
        assertThat(image.size().map(ImageSize::markup)).contains("=50%x");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![alt] (x.png)",
        "![alt](x.png",
        "![alt](my image.png)",
        "![](a.png = 50%x)",
        "![](a.png =50%)",
        "![](a.png =50%x \"title after size\")",
        "![](a.png \"title\"=50%x)",
        "![x](javascript:alert(1))",
        "![x](file:///home/me/a.png)",
        "![alt][ref]",
        "[alt](x.png)",
    })
    void refusesWhatHedgeDocShowsAsText(String markdown) {
        assertThat(parse(markdown)).isEmpty();
    }

    @Test
    void gluedSizeIsPartOfThePath() {
        assertThat(parse("![](a.png=60%x)").orElseThrow().source()).isEqualTo("a.png=60%x");
    }

    @Test
    void angleBracketsAllowSpacesAndEscapesAreResolved() {
        InlineImage image = parse("![](<my image.png> =x100)").orElseThrow();
        assertThat(image.source()).isEqualTo("my image.png");
        assertThat(image.destination().of("![](<my image.png> =x100)")).isEqualTo("<my image.png>");
        assertThat(parse("![](a\\_b.png?x=1&amp;y=2)").orElseThrow().source()).isEqualTo("a_b.png?x=1&y=2");
    }

    @Test
    void balancedParenthesesStayInThePath() {
        assertThat(parse("![](https://en.wikipedia.org/wiki/File:Logo_(2020).png)").orElseThrow().source())
                .isEqualTo("https://en.wikipedia.org/wiki/File:Logo_(2020).png");
    }

    @Test
    void anImageMaySpanLinesAndHaveBracketsInItsAlt() {
        String text = "![A [nested] alt\nover two lines](\n  x.png\n)";
        assertThat(parse(text).orElseThrow().source()).isEqualTo("x.png");
        assertThat(parse("![a `]` b](x.png)").orElseThrow().source()).isEqualTo("x.png");
    }

    @Test
    void stopsAtTheEndOfItsBlock() {
        String text = "![alt](x.png)";
        assertThat(InlineImage.parse(text, 0, text.length() - 1)).isEmpty();
    }

    @Test
    void anEmptyDestinationIsAnImageWithoutSource() {
        InlineImage image = parse("![]()").orElseThrow();
        assertThat(image.source()).isEmpty();
        assertThat(image.destination().isEmpty()).isTrue();
    }

    @Test
    void imageDataUrlsAreAllowedButOtherDataIsNot() {
        assertThat(parse("![](data:image/png;base64,iVBORw0KGgo=)")).isPresent();
        assertThat(parse("![](data:text/html;base64,PHNjcmlwdD4=)")).isEmpty();
    }
}
