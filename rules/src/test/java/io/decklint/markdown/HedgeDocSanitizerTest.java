package io.decklint.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HedgeDocSanitizerTest {
    @ParameterizedTest
    @ValueSource(strings = {"./images/a.png", "../shared/a.png", "/uploads/a.png", "//cdn.example.org/a.png",
        "https://example.org/a.png", "HTTPS://EXAMPLE.ORG/A.PNG", "http://example.org/a.png", ".hidden/a.png",
        "data:image/png;base64,iVBORw0KGgo=", " ./padded.png"})
    void keepsLinksHedgeDocAllows(String src) {
        assertThat(HedgeDocSanitizer.keepsImageSource(src)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"images/a.png", "a.png", "img/logo.svg", "https:/example.org/a.png", "javascript:alert(1)",
        "javascript://example.org/%0aalert(1)", "htps://example.org/a.png", "C:\\Users\\me\\a.png", ""})
    void emptiesEverythingElse(String src) {
        assertThat(HedgeDocSanitizer.keepsImageSource(src)).isFalse();
    }
}
