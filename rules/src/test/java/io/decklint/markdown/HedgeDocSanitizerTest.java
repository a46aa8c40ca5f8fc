package io.decklint.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

    @Test
    void aLinkIsKeptAsWrittenOrAsJsXssCleansItOrEmptied() {
        assertThat(HedgeDocSanitizer.linkValue("https://scs.community/", false)).isEqualTo("https://scs.community/");
        assertThat(HedgeDocSanitizer.linkValue(" mailto:team@example.org", false))
                .as("no linkRegex matches; js-xss trims it and keeps it").isEqualTo("mailto:team@example.org");
        assertThat(HedgeDocSanitizer.linkValue("#\tagenda", false)).as("control characters go").isEqualTo("#agenda");
        assertThat(HedgeDocSanitizer.linkValue("steam://run/1", false))
                .as("older HedgeDoc keeps any scheme://, newer ones do not: the stricter wins").isEmpty();
        assertThat(HedgeDocSanitizer.linkValue("data:image/png;base64,iVBORw0KGgo=", true)).isNotEmpty();
        assertThat(HedgeDocSanitizer.linkValue("data:text/html,<script>alert(1)</script>", false)).isEmpty();
    }
}
